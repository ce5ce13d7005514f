import { PageHeader } from "@nexod/ui";
import type { Metadata } from "next";
import { submission } from "../submissions";

export const metadata: Metadata = { title: "Project received" };

/** What the server action received, as the e2e test reads it. */
export default async function ReceivedPage({
  searchParams,
}: {
  searchParams: Promise<{ id?: string; valid?: string }>;
}) {
  const { id, valid } = await searchParams;
  const entries = submission(Number(id)) ?? [];
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Project received"
        description={valid === "true" ? "The server accepted it." : "The server rejected it."}
      />
      <pre data-testid="received" className="rounded-md bg-muted p-4 text-sm">
        {JSON.stringify(entries)}
      </pre>
    </div>
  );
}
