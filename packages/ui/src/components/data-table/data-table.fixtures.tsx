// Deterministic sample data for the DataTable's stories, tests and benchmarks: a seeded
// generator (mulberry32), so every run and screenshot sees the same rows. Not exported by the package.
import { Badge } from "../badge/badge";
import { actionsColumn, expandColumn, selectColumn, type DataTableColumnDef } from "./data-table";

export interface Project {
  id: string;
  name: string;
  owner: string;
  status: "Active" | "Paused" | "Done" | "Archived";
  budget: number;
  progress: number;
  /** ISO date, from a fixed base date (never "today"). */
  updated: string;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const adjectives = [
  "Atlas",
  "Beacon",
  "Cobalt",
  "Delta",
  "Ember",
  "Falcon",
  "Granite",
  "Harbor",
  "Iris",
  "Juniper",
  "Kestrel",
  "Lumen",
];
const nouns = [
  "Migration",
  "Redesign",
  "Onboarding",
  "Billing",
  "Search",
  "Analytics",
  "Mobile app",
  "API",
  "Checkout",
  "Reports",
];
const owners = [
  "Ada Lovelace",
  "Grace Hopper",
  "Alan Turing",
  "Katherine Johnson",
  "Edsger Dijkstra",
  "Barbara Liskov",
  "Donald Knuth",
  "Margaret Hamilton",
];
const statuses: Project["status"][] = ["Active", "Active", "Active", "Paused", "Done", "Archived"];
const base = Date.UTC(2026, 10, 30);

/** `count` projects, the same for the same `seed`. */
export function makeProjects(count: number, seed = 42): Project[] {
  const random = mulberry32(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, index) => ({
    id: `P-${String(index + 1).padStart(4, "0")}`,
    name: `${pick(adjectives)} ${pick(nouns)}`,
    owner: pick(owners),
    status: pick(statuses),
    budget: Math.round(random() * 200_000) / 1,
    progress: Math.round(random() * 100),
    updated: new Date(base - Math.floor(random() * 120) * 86_400_000).toISOString().slice(0, 10),
  }));
}

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

/** The columns of the stories: select, name, owner, status, budget, progress, updated, actions. */
export function projectColumns(
  options: { onAction?: (action: string, project: Project) => void; expandable?: boolean } = {},
): DataTableColumnDef<Project>[] {
  const onAction = options.onAction ?? (() => {});
  return [
    selectColumn<Project>({ rowLabel: (row) => row.name }),
    ...(options.expandable ? [expandColumn<Project>({ rowLabel: (row) => row.name })] : []),
    { accessorKey: "id", header: "ID", size: 80 },
    { accessorKey: "name", header: "Project", size: 180 },
    { accessorKey: "owner", header: "Owner", size: 150 },
    {
      accessorKey: "status",
      header: "Status",
      size: 100,
      cell: ({ row }) => (
        <Badge variant={statusVariant[row.original.status]}>{row.original.status}</Badge>
      ),
    },
    {
      accessorKey: "budget",
      header: "Budget",
      size: 110,
      meta: { align: "end" },
      cell: ({ row }) => money.format(row.original.budget),
    },
    {
      accessorKey: "progress",
      header: "Progress",
      size: 90,
      meta: { align: "end" },
      cell: ({ row }) => `${row.original.progress}%`,
    },
    { accessorKey: "updated", header: "Updated", size: 110 },
    actionsColumn<Project>({
      rowLabel: (row) => row.name,
      actions: (project) => [
        { label: "Open", onSelect: () => onAction("open", project) },
        { label: "Duplicate", onSelect: () => onAction("duplicate", project) },
        { label: "Delete", destructive: true, onSelect: () => onAction("delete", project) },
      ],
    }),
  ];
}
