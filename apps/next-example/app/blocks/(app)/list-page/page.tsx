import { ListPageBlock } from "@nexod/blocks/list-page";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Projects · Blocks" };

/** The list-page block with its sample projects; every project leads to the detail block. */
export default function ListPageBlockPage() {
  return <ListPageBlock projectHref="/blocks/detail-page?id=:id" newProjectHref="/projects/new" />;
}
