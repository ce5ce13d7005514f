"use client";

import { ArchiveIcon, DownloadIcon, FolderIcon, PlusIcon, TrashIcon } from "@nexod/icons";
import {
  Avatar,
  Badge,
  Button,
  Card,
  EmptyState,
  EmptyStateActions,
  EmptyStateDescription,
  EmptyStateIcon,
  EmptyStateTitle,
  PageHeader,
} from "@nexod/ui";
import {
  DataTable,
  actionsColumn,
  selectColumn,
  type DataTableColumnDef,
} from "@nexod/ui/data-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import * as React from "react";
import { projects as sampleProjects, statuses, type Project } from "./data";

export interface ListPageBlockProps {
  /** The rows (the sample projects of `data.ts` by default). */
  projects?: Project[];
  /** Show skeleton rows while the projects load. */
  loading?: boolean;
  /** Where "New project" leads. */
  newProjectHref?: string;
  /** Where "Export" leads: a route handler that sends a CSV, for example. */
  exportHref?: string;
  /**
   * The address of one project's page; `:id` is replaced by the project's id in lower case.
   * A string (not a function) so a server page can pass it.
   */
  projectHref?: string;
}

const statusVariant = {
  Active: "success",
  Paused: "warning",
  Completed: "info",
  Archived: "neutral",
} as const;

const money = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});
// Dates are stored as ISO days; format them in UTC so the server and the browser agree.
const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * The projects list: the page header with "New project", then a `DataTable` with search, a
 * status filter, column options, selection with bulk actions, row actions and pagination. With
 * no projects at all it shows an empty state that invites to create the first one. A client
 * component (the table sorts, filters and pages in the browser): for large sets, switch the
 * table to server mode (`manual`) and keep the query in the URL.
 */
export function ListPageBlock({
  projects = sampleProjects,
  loading = false,
  newProjectHref = "/projects/new",
  exportHref = "/api/projects.csv",
  projectHref: projectHrefTemplate = "/projects/:id",
}: ListPageBlockProps) {
  const projectHref = React.useCallback(
    (project: Project) => projectHrefTemplate.replace(":id", project.id.toLowerCase()),
    [projectHrefTemplate],
  );
  const router = useRouter();
  // What the bulk and row actions did, applied to the rows in the browser. In a product, call a
  // server action and refresh the page instead.
  const [changes, setChanges] = React.useState<Record<string, "archived" | "deleted">>({});
  const rows = React.useMemo(
    () =>
      projects
        .filter((project) => changes[project.id] !== "deleted")
        .map((project) =>
          changes[project.id] === "archived"
            ? { ...project, status: "Archived" as const }
            : project,
        ),
    [projects, changes],
  );
  const change = React.useCallback((ids: string[], to: "archived" | "deleted") => {
    setChanges((previous) => ({ ...previous, ...Object.fromEntries(ids.map((id) => [id, to])) }));
  }, []);

  const columns = React.useMemo<DataTableColumnDef<Project>[]>(
    () => [
      selectColumn<Project>({ rowLabel: (p) => p.name }),
      {
        accessorKey: "name",
        header: "Project",
        size: 240,
        cell: ({ row }) => (
          <div className="flex items-center gap-3">
            <Avatar size="sm" shape="square" name={row.original.name} alt="" />
            <div className="min-w-0">
              <Link
                href={projectHref(row.original)}
                className="block truncate font-medium text-foreground no-underline hover:underline"
              >
                {row.original.name}
              </Link>
              <div className="truncate text-xs text-muted-foreground">
                {row.original.client} · {row.original.id}
              </div>
            </div>
          </div>
        ),
      },
      {
        accessorKey: "status",
        header: "Status",
        size: 120,
        cell: ({ row }) => (
          <Badge variant={statusVariant[row.original.status]}>{row.original.status}</Badge>
        ),
      },
      {
        accessorKey: "owner",
        header: "Owner",
        size: 190,
        cell: ({ row }) => (
          <div className="flex items-center gap-2">
            <Avatar size="xs" name={row.original.owner} alt="" />
            <span className="truncate">{row.original.owner}</span>
          </div>
        ),
      },
      {
        accessorKey: "due",
        header: "Due",
        size: 120,
        sortingFn: "datetime",
        cell: ({ row }) => (
          <time dateTime={row.original.due}>{day.format(new Date(row.original.due))}</time>
        ),
      },
      {
        accessorKey: "amount",
        header: "Budget",
        size: 110,
        meta: { align: "end" },
        cell: ({ row }) => (
          <span className="tabular-nums">{money.format(row.original.amount)}</span>
        ),
      },
      actionsColumn<Project>({
        rowLabel: (p) => p.name,
        actions: (p) => [
          { label: "Open", onSelect: () => router.push(projectHref(p)) },
          { label: "Edit", onSelect: () => router.push(`${projectHref(p)}/edit`) },
          { label: "Archive", onSelect: () => change([p.id], "archived") },
          { label: "Delete", destructive: true, onSelect: () => change([p.id], "deleted") },
        ],
      }),
    ],
    [projectHref, change, router],
  );

  const header = (empty: boolean) => (
    <PageHeader
      title="Projects"
      description="Every project in your workspace, with its owner, due date and budget."
      // With no projects the empty state's button is the one way on: nothing to export yet.
      actions={
        empty ? null : (
          <>
            <Button asChild variant="outline">
              <a href={exportHref} download>
                <DownloadIcon />
                Export
              </a>
            </Button>
            <Button asChild>
              <Link href={newProjectHref}>
                <PlusIcon />
                New project
              </Link>
            </Button>
          </>
        )
      }
    />
  );

  if (!loading && projects.length === 0) {
    return (
      <div className="flex flex-col gap-6">
        {header(true)}
        <Card>
          <EmptyState size="lg">
            <EmptyStateIcon>
              <FolderIcon />
            </EmptyStateIcon>
            <EmptyStateTitle level={2}>No projects yet</EmptyStateTitle>
            <EmptyStateDescription>
              Projects collect the tasks, files and budget of one piece of work. Create the first
              one to get started.
            </EmptyStateDescription>
            <EmptyStateActions>
              <Button asChild>
                <Link href={newProjectHref}>
                  <PlusIcon />
                  New project
                </Link>
              </Button>
            </EmptyStateActions>
          </EmptyState>
        </Card>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      {header(false)}
      <DataTable
        aria-label="Projects"
        columns={columns}
        data={rows}
        getRowId={(p) => p.id}
        loading={loading}
        filters={[
          {
            columnId: "status",
            title: "Status",
            options: statuses.map((status) => ({ value: status })),
          },
        ]}
        pageSizes={[10, 20, 50]}
        emptyState={
          <EmptyState size="sm">
            <EmptyStateIcon>
              <FolderIcon />
            </EmptyStateIcon>
            <EmptyStateTitle level={2}>No projects match</EmptyStateTitle>
            <EmptyStateDescription>Change the search or clear the filters.</EmptyStateDescription>
          </EmptyState>
        }
        bulkActions={(selected, clear) => (
          <>
            <Button
              size="sm"
              variant="outline"
              onClick={() => {
                change(
                  selected.map((p) => p.id),
                  "archived",
                );
                clear();
              }}
            >
              <ArchiveIcon />
              Archive
            </Button>
            <Button
              size="sm"
              variant="destructive"
              onClick={() => {
                change(
                  selected.map((p) => p.id),
                  "deleted",
                );
                clear();
              }}
            >
              <TrashIcon />
              Delete {selected.length}
            </Button>
          </>
        )}
      />
    </div>
  );
}
