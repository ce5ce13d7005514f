import { sortFn_alphanumeric } from "@tanstack/react-table";
import { describe, expect, it } from "vitest";
import { alphanumericSortKey, cachedTextSort } from "./data-table-sort";

const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);
const compareKeys = (a: string, b: string) => {
  const x = alphanumericSortKey(a);
  const y = alphanumericSortKey(b);
  return x === y ? 0 : x > y ? 1 : -1;
};

/** Deterministic texts mixing letters, digits (with leading zeros), spaces and other symbols. */
function texts(count: number) {
  let seed = 42;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const alphabet = ["a", "b", "z", "0", "1", "9", "00", "10", " ", "-", "é", "~", "item", "2"];
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(random() * 6) },
      () => alphabet[Math.floor(random() * alphabet.length)],
    ).join(""),
  );
}

describe("alphanumericSortKey", () => {
  it("orders texts as TanStack's alphanumeric comparison does", () => {
    const values = [...texts(400), "", "item2", "item10", "item02", "Item 2", "a1b", "a01b", "a"];
    for (const a of values) {
      for (const b of values) {
        const expected = sign(
          sortFn_alphanumeric.sort(
            a.toLowerCase(),
            b.toLowerCase(),
            undefined as never,
            undefined as never,
            "x",
          ),
        );
        const actual = compareKeys(a.toLowerCase(), b.toLowerCase());
        if (actual !== expected)
          throw new Error(
            `${JSON.stringify(a)} vs ${JSON.stringify(b)}: ${actual}, TanStack ${expected}`,
          );
      }
    }
  });

  it("sorts numbers in text by value", () => {
    expect(["item10", "item2", "item1"].sort((a, b) => compareKeys(a, b))).toEqual([
      "item1",
      "item2",
      "item10",
    ]);
  });
});

describe("cachedTextSort", () => {
  it("computes a row's key once, whatever the number of comparisons", () => {
    let reads = 0;
    const row = (value: string) => ({
      getValue: () => {
        reads++;
        return value;
      },
    });
    const rows = ["Beta 10", "alpha 2", "Alpha 10", "beta 2"].map(row);
    const sortFn = cachedTextSort(sortFn_alphanumeric, alphanumericSortKey);
    const sorted = () =>
      rows
        .slice()
        .sort((a, b) => sortFn(a as never, b as never, "name"))
        .map((r) => r.getValue());
    expect(sorted()).toEqual(["alpha 2", "Alpha 10", "beta 2", "Beta 10"]);
    reads = 0;
    sorted();
    expect(reads).toBe(4); // only the map() above: the comparisons read no value
  });
});
