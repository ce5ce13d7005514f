// A fake projects service: a deterministic list, sorted, filtered and paged "on the server" the
// way a database query would be. The page calls it with the URL's search params.
export interface Project {
  id: string;
  name: string;
  owner: string;
  status: "Active" | "Paused" | "Done" | "Archived";
  budget: number;
}

export const statuses = ["Active", "Paused", "Done", "Archived"] as const;
const names = ["Atlas", "Beacon", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor"];
const areas = ["Migration", "Redesign", "Onboarding", "Billing", "Search", "Analytics"];
const owners = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson"];

const all: Project[] = Array.from({ length: 137 }, (_, i) => ({
  id: `P-${String(i + 1).padStart(4, "0")}`,
  name: `${names[i % names.length]} ${areas[(i * 7) % areas.length]}`,
  owner: owners[(i * 3) % owners.length]!,
  status: statuses[(i * 5) % statuses.length]!,
  budget: ((i * 7919) % 200) * 1000 + 500,
}));

export interface ProjectQuery {
  sort?: { id: keyof Project; desc: boolean };
  status: string[];
  q: string;
  page: number;
  size: number;
}

/** Reads the query from URL search params, ignoring what it does not understand. */
export function parseQuery(params: Record<string, string | string[] | undefined>): ProjectQuery {
  const one = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const sortParam = one("sort");
  const [sortId, direction] = sortParam?.split(".") ?? [];
  const sortable = ["id", "name", "owner", "status", "budget"];
  return {
    sort:
      sortId && sortable.includes(sortId)
        ? { id: sortId as keyof Project, desc: direction === "desc" }
        : undefined,
    status: (one("status") ?? "")
      .split(",")
      .filter((s) => (statuses as readonly string[]).includes(s)),
    q: one("q") ?? "",
    page: Math.max(0, Number(one("page") ?? 1) - 1) || 0,
    size: [10, 20, 50].includes(Number(one("size"))) ? Number(one("size")) : 10,
  };
}

/** One page of projects, with the total and the per-status counts for the facet. */
export function fetchProjects(query: ProjectQuery) {
  const text = query.q.toLowerCase();
  const searched = all.filter(
    (p) => !text || p.name.toLowerCase().includes(text) || p.id.toLowerCase().includes(text),
  );
  const matching = query.status.length
    ? searched.filter((p) => query.status.includes(p.status))
    : searched;
  const sorted = query.sort
    ? [...matching].sort((a, b) => {
        const x = a[query.sort!.id];
        const y = b[query.sort!.id];
        return (x < y ? -1 : x > y ? 1 : 0) * (query.sort!.desc ? -1 : 1);
      })
    : matching;
  const start = query.page * query.size;
  return {
    rows: sorted.slice(start, start + query.size),
    total: matching.length,
    counts: statuses.map((value) => ({
      value,
      count: searched.filter((p) => p.status === value).length,
    })),
  };
}
