"use client";

import { FolderIcon } from "@nexod/icons";
import {
  Badge,
  Button,
  EmptyState,
  EmptyStateDescription,
  EmptyStateIcon,
  EmptyStateTitle,
  toast,
} from "@nexod/ui";
import {
  DataTable,
  actionsColumn,
  selectColumn,
  type ColumnFiltersState,
  type DataTableColumnDef,
  type PaginationState,
  type SortingState,
} from "@nexod/ui/data-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { Project, ProjectQuery } from "./data";

const statusVariant = {
  Active: "success",
  Paused: "warning",
  Done: "info",
  Archived: "neutral",
} as const;
const money = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

const columns: DataTableColumnDef<Project>[] = [
  selectColumn<Project>({ rowLabel: (p) => p.name }),
  { accessorKey: "id", header: "ID", size: 90 },
  { accessorKey: "name", header: "Project", size: 200 },
  { accessorKey: "owner", header: "Owner", size: 170 },
  {
    accessorKey: "status",
    header: "Status",
    size: 110,
    cell: ({ row }) => (
      <Badge variant={statusVariant[row.original.status]}>{row.original.status}</Badge>
    ),
  },
  {
    accessorKey: "budget",
    header: "Budget",
    size: 120,
    meta: { align: "end" },
    cell: ({ row }) => money.format(row.original.budget),
  },
  actionsColumn<Project>({
    rowLabel: (p) => p.name,
    actions: (p) => [
      { label: "Copy ID", onSelect: () => void navigator.clipboard?.writeText(p.id) },
    ],
  }),
];

export function ProjectsTable({
  query,
  rows,
  total,
  counts,
}: {
  query: ProjectQuery;
  rows: Project[];
  total: number;
  counts: { value: string; count: number }[];
}) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();

  /** Writes the changed params to the URL (a new history entry: Back undoes it). */
  function navigate(change: Record<string, string | undefined>) {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const search = next.toString();
    router.push(search ? `${pathname}?${search}` : pathname, { scroll: false });
  }

  const sorting: SortingState = query.sort ? [query.sort] : [];
  const columnFilters: ColumnFiltersState = query.status.length
    ? [{ id: "status", value: query.status }]
    : [];
  const pagination: PaginationState = { pageIndex: query.page, pageSize: query.size };

  return (
    <DataTable
      aria-label="Projects"
      columns={columns}
      data={rows}
      getRowId={(p) => p.id}
      manual
      rowCount={total}
      pageSizes={[10, 20, 50]}
      emptyState={
        <EmptyState size="sm">
          <EmptyStateIcon>
            <FolderIcon />
          </EmptyStateIcon>
          <EmptyStateTitle level={3}>No projects match</EmptyStateTitle>
          <EmptyStateDescription>Clear the search or the status filter.</EmptyStateDescription>
        </EmptyState>
      }
      filters={[{ columnId: "status", title: "Status", options: counts }]}
      sorting={sorting}
      onSortingChange={(next) => {
        const first = next[0];
        navigate({
          sort: first ? `${first.id}.${first.desc ? "desc" : "asc"}` : undefined,
          page: undefined,
        });
      }}
      columnFilters={columnFilters}
      onColumnFiltersChange={(next) => {
        const status = next.find((f) => f.id === "status")?.value as string[] | undefined;
        navigate({ status: status?.join(","), page: undefined });
      }}
      globalFilter={query.q}
      onGlobalFilterChange={(q) => navigate({ q: q || undefined, page: undefined })}
      pagination={pagination}
      onPaginationChange={(next) =>
        navigate({
          page: next.pageIndex > 0 ? String(next.pageIndex + 1) : undefined,
          size: next.pageSize !== 10 ? String(next.pageSize) : undefined,
        })
      }
      bulkActions={(selected, clear) => (
        <Button
          size="sm"
          variant="outline"
          onClick={() => {
            toast({ title: `${selected.length} projects archived` });
            clear();
          }}
        >
          Archive
        </Button>
      )}
    />
  );
}
