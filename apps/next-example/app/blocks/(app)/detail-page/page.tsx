import { DetailPageBlock } from "@nexod/blocks/detail-page";
import type { Metadata } from "next";
import { deleteProject, saveProjectSettings } from "./actions";

export const metadata: Metadata = { title: "Website relaunch · Blocks" };

/** The detail-page block for the sample project, with server actions for its settings and delete. */
export default function DetailPageBlockPage() {
  return (
    <DetailPageBlock
      listHref="/blocks/list-page"
      editHref="/blocks/detail-page"
      onDelete={deleteProject}
      onSaveSettings={saveProjectSettings}
    />
  );
}
