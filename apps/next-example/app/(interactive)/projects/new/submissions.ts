/** What the server actions received, kept in memory so the example (and its e2e test) can show it. */
const received = new Map<number, [string, string][]>();
let next = 1;

export function recordSubmission(data: FormData): number {
  const id = next++;
  const entries = [...data.entries()]
    // Next's own fields for progressive enhancement.
    .filter(([key]) => !key.startsWith("$ACTION"))
    .map(([key, value]): [string, string] => [key, typeof value === "string" ? value : value.name]);
  received.set(id, entries);
  return id;
}

export function submission(id: number): [string, string][] | undefined {
  return received.get(id);
}
