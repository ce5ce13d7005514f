/** One entry of a page list: a page number, or a gap standing for the pages left out. */
export type PaginationRangeItem = number | "ellipsis-start" | "ellipsis-end";

export interface PaginationRangeOptions {
  /** The current page, from 1. */
  page: number;
  /** How many pages there are (at least 1). */
  pageCount: number;
  /**
   * Pages shown on each side of the current one.
   * @default 1
   */
  siblings?: number;
}

function assertWhole(name: string, value: number, min: number, max = Infinity) {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
    throw new Error(`paginationRange: ${name}={${String(value)}} must be a whole number ${range}.`);
  }
}

const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * The pages to show for `page` of `pageCount`: always the first and the last, `siblings` pages
 * on each side of the current one, and an ellipsis for each run of pages left out. The list has
 * the same length wherever the current page is (`2 * siblings + 5` once there are more pages
 * than that), so the controls do not shift under the pointer. An ellipsis never stands for a
 * single page: that page is shown instead.
 *
 * ```ts
 * paginationRange({ page: 6, pageCount: 20 }); // [1, "ellipsis-start", 5, 6, 7, "ellipsis-end", 20]
 * ```
 */
export function paginationRange({
  page,
  pageCount,
  siblings = 1,
}: PaginationRangeOptions): PaginationRangeItem[] {
  assertWhole("pageCount", pageCount, 1);
  assertWhole("page", page, 1, pageCount);
  assertWhole("siblings", siblings, 0);

  const slots = 2 * siblings + 5;
  if (pageCount <= slots) return span(1, pageCount);

  const start = Math.max(page - siblings, 1);
  const end = Math.min(page + siblings, pageCount);
  const gapBefore = start > 3;
  const gapAfter = end < pageCount - 2;
  // Near an end, that end's run grows so the list keeps its length.
  const edgeRun = slots - 2;

  if (!gapBefore) return [...span(1, edgeRun), "ellipsis-end", pageCount];
  if (!gapAfter) return [1, "ellipsis-start", ...span(pageCount - edgeRun + 1, pageCount)];
  return [1, "ellipsis-start", ...span(start, end), "ellipsis-end", pageCount];
}
