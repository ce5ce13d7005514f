// The four candidates, and the entry module each one gets for `import { Button }` and for the
// common set. Nexod's exports are read from its built package, because components are still
// being added: a name not yet exported from the package root is taken from its built
// per-component file (and reported), a name not built at all is reported as missing.
import { readdirSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { errorText, fixturesDir, requireFromBench } from "./util.mjs";

/**
 * The common set: each component with the parts a product typically imports. Alphabetical, the
 * order of @nexod/ui's root barrel, so every candidate's bundle has its modules in the same
 * order (gzip sizes move by a few hundred bytes with module order alone).
 */
export const COMMON_SET = {
  Button: ["Button"],
  Checkbox: ["Checkbox"],
  Dialog: [
    "Dialog",
    "DialogTrigger",
    "DialogContent",
    "DialogHeader",
    "DialogFooter",
    "DialogTitle",
    "DialogDescription",
    "DialogClose",
  ],
  DropdownMenu: [
    "DropdownMenu",
    "DropdownMenuTrigger",
    "DropdownMenuContent",
    "DropdownMenuItem",
    "DropdownMenuLabel",
    "DropdownMenuSeparator",
  ],
  Input: ["Input"],
  Popover: ["Popover", "PopoverTrigger", "PopoverContent"],
  Select: ["Select", "SelectTrigger", "SelectValue", "SelectContent", "SelectItem"],
  Switch: ["Switch"],
  Tabs: ["Tabs", "TabsList", "TabsTrigger", "TabsContent"],
  Tooltip: ["Tooltip", "TooltipTrigger", "TooltipContent"],
};

const kebab = (name) => name.replace(/[a-z][A-Z]/g, (m) => `${m[0]}-${m[1]}`).toLowerCase();
export const q = (p) => JSON.stringify(p.split(path.sep).join("/"));

/** Names a built ESM file exports, read from esbuild's metafile (nothing is executed). */
async function exportsOf(file) {
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    packages: "external",
    write: false,
    metafile: true,
    outdir: "out",
    format: "esm",
    logLevel: "silent",
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

async function nexodEntries() {
  const uiRoot = path.dirname(requireFromBench.resolve("@nexod/ui/package.json"));
  const rootExports = new Set(await exportsOf(path.join(uiRoot, "dist/index.js")));
  const componentsDir = path.join(uiRoot, "dist/components");
  const byName = new Map();
  for (const dir of readdirSync(componentsDir)) {
    const file = path.join(componentsDir, dir, "index.js");
    try {
      for (const name of await exportsOf(file)) byName.set(name, file);
    } catch {
      // not built (yet)
    }
  }
  const notInRoot = [];
  const missing = [];
  const lines = [];
  for (const name of Object.values(COMMON_SET).flat()) {
    if (rootExports.has(name)) lines.push(`export { ${name} } from "@nexod/ui";`);
    else if (byName.has(name)) {
      notInRoot.push(name);
      lines.push(`export { ${name} } from ${q(byName.get(name))};`);
    } else missing.push(name);
  }
  const modules = {};
  for (const [component, [first]] of Object.entries(COMMON_SET)) {
    if (byName.has(first)) modules[component] = byName.get(first);
  }
  return {
    button: rootExports.has("Button") ? `export { Button } from "@nexod/ui";` : null,
    set: lines.join("\n"),
    modules,
    notes: { notInRoot, missing },
  };
}

function shadcnEntries() {
  const dir = path.join(fixturesDir, "shadcn");
  const lines = Object.entries(COMMON_SET).map(
    ([component, names]) =>
      `export { ${names.join(", ")} } from ${q(path.join(dir, `${kebab(component)}.tsx`))};`,
  );
  const modules = Object.fromEntries(
    Object.keys(COMMON_SET).map((c) => [c, path.join(dir, `${kebab(c)}.tsx`)]),
  );
  return {
    button: `export { Button } from ${q(path.join(dir, "button.tsx"))};`,
    set: lines.join("\n"),
    modules,
    notes: {},
  };
}

function radixThemesEntries() {
  // Radix Themes exports each compound component as a namespace (Dialog.Root, Dialog.Content…);
  // its text input is TextField.
  const names = Object.keys(COMMON_SET).map((c) => (c === "Input" ? "TextField" : c));
  return {
    button: `export { Button } from "@radix-ui/themes";`,
    set: `export { ${names.join(", ")} } from "@radix-ui/themes";`,
    notes: {},
  };
}

function floorEntries() {
  return {
    button: `export { Button } from ${q(path.join(fixturesDir, "floor/button.tsx"))};`,
    set: null,
    notes: {},
  };
}

/** @nexod/ui's dist is missing or unreadable (a failed build): report it, measure the rest. */
function unbuilt(error) {
  const reason = `@nexod/ui not built: ${errorText(error)}`;
  return { button: null, set: null, error: reason, notes: { notInRoot: [], missing: [] } };
}

/** Candidates in table order; `key` names the SSR fixture in fixtures/ssr/. */
export async function candidates() {
  return [
    { key: "nexod", name: "@nexod/ui", ...(await nexodEntries().catch(unbuilt)) },
    {
      key: "shadcn",
      name: "shadcn-style (Slot + cva + clsx + tailwind-merge)",
      ...shadcnEntries(),
    },
    { key: "radix-themes", name: "@radix-ui/themes", ...radixThemesEntries() },
    { key: "floor", name: "plain `<button className>` (floor)", ...floorEntries() },
  ];
}
