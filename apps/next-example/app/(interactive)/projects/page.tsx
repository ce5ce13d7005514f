import { PageHeader } from "@nexod/ui";
import type { Metadata } from "next";
import { fetchProjects, parseQuery } from "./data";
import { NewProjectDialog } from "./new-project-dialog";
import { ProjectsTable } from "./projects-table";

export const metadata: Metadata = { title: "Projects" };

/**
 * Server mode: the URL's search params are the table's state. This server component reads them,
 * fetches one page and hands it to the client table, which writes changes back to the URL (so
 * the back button undoes a sort, a filter or a page change).
 */
export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = parseQuery(await searchParams);
  const page = fetchProjects(query);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Projects"
        description="Every project of the workspace, sorted and filtered on the server."
        actions={<NewProjectDialog />}
      />
      <ProjectsTable query={query} rows={page.rows} total={page.total} counts={page.counts} />
    </div>
  );
}
