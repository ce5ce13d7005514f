// @vitest-environment node
// The stylesheet budget (issue 13; docs/architecture.md "Stylesheet size"): gzip -9 of the
// shipped files, measured as bench/src/css.mjs measures `@nexod/ui/styles.css`. A size, not a
// timing, so it is exact on any machine: a component that grows the stylesheet past its budget
// fails here instead of silently.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { peerEntryFolders } from "../scripts/components.mjs";

const dist = path.resolve(import.meta.dirname, "../dist");
const peerEntryOnly = await peerEntryFolders();

function gzipBytes(file: string) {
  const full = path.join(dist, file);
  expect(existsSync(full), "run `pnpm --filter @nexod/ui build` first").toBe(true);
  return gzipSync(readFileSync(full), { level: 9 }).length;
}

/** Bytes gzip -9. Raise one only with a reason in docs/architecture.md ("Stylesheet size"). */
const budgets = {
  /** Tokens (light and dark) and every component but the peer-entry-only ones. */
  "styles.css": 20_800,
  "styles.unlayered.css": 20_900,
  /** Each peer-entry-only component's own stylesheet (`@nexod/ui/<name>.css`). */
  peerEntry: 2_000,
};

describe("stylesheet size (gzip -9)", () => {
  it.each(["styles.css", "styles.unlayered.css"] as const)("%s stays within its budget", (file) => {
    expect(gzipBytes(file)).toBeLessThanOrEqual(budgets[file]);
  });

  it.each(peerEntryOnly)("%s.css and %s.unlayered.css stay within 2 KB", (folder) => {
    expect(gzipBytes(`${folder}.css`)).toBeLessThanOrEqual(budgets.peerEntry);
    expect(gzipBytes(`${folder}.unlayered.css`)).toBeLessThanOrEqual(budgets.peerEntry);
  });
});
