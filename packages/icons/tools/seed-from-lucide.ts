#!/usr/bin/env node
// Seeds svg/ from lucide-static (ISC; LICENSE-lucide keeps its licence): copies the icons below
// under Nexod's names in the canonical form of svg/. Designers own svg/ from then on
// (`nexod-icons pull`); run this only to add or restore a Lucide icon.
// Usage: node tools/seed-from-lucide.ts
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { cleanSvg } from "./svg-clean.ts";

/** Nexod name → Lucide name (lucide-static 1.62), grouped as the README lists them. */
export const LUCIDE_ICONS: Record<string, string> = {
  // navigation
  "arrow-down": "arrow-down",
  "arrow-left": "arrow-left",
  "arrow-right": "arrow-right",
  "arrow-up": "arrow-up",
  "arrow-up-right": "arrow-up-right",
  "chevron-down": "chevron-down",
  "chevron-left": "chevron-left",
  "chevron-right": "chevron-right",
  "chevron-up": "chevron-up",
  "chevrons-left": "chevrons-left",
  "chevrons-right": "chevrons-right",
  "external-link": "external-link",
  home: "house",
  "log-in": "log-in",
  "log-out": "log-out",
  menu: "menu",
  "more-horizontal": "ellipsis",
  "more-vertical": "ellipsis-vertical",
  "panel-left": "panel-left",
  // actions
  archive: "archive",
  bookmark: "bookmark",
  check: "check",
  copy: "copy",
  download: "download",
  edit: "square-pen",
  eye: "eye",
  "eye-off": "eye-off",
  filter: "funnel",
  "grip-horizontal": "grip-horizontal",
  "grip-vertical": "grip-vertical",
  maximize: "maximize-2",
  minimize: "minimize-2",
  minus: "minus",
  pencil: "pencil",
  plus: "plus",
  "plus-circle": "circle-plus",
  printer: "printer",
  redo: "redo-2",
  refresh: "refresh-cw",
  save: "save",
  search: "search",
  send: "send",
  settings: "settings",
  share: "share-2",
  sliders: "sliders-horizontal",
  "sort-ascending": "arrow-up-narrow-wide",
  "sort-descending": "arrow-down-wide-narrow",
  "chevrons-up-down": "chevrons-up-down",
  trash: "trash-2",
  undo: "undo-2",
  upload: "upload",
  x: "x",
  "zoom-in": "zoom-in",
  "zoom-out": "zoom-out",
  // status
  "alert-circle": "circle-alert",
  "alert-triangle": "triangle-alert",
  ban: "ban",
  bell: "bell",
  "bell-off": "bell-off",
  "check-circle": "circle-check",
  "help-circle": "circle-help",
  info: "info",
  loader: "loader-circle",
  "shield-check": "shield-check",
  "x-circle": "circle-x",
  // files and data
  clipboard: "clipboard",
  file: "file",
  "file-plus": "file-plus",
  "file-text": "file-text",
  folder: "folder",
  "folder-open": "folder-open",
  image: "image",
  "layout-grid": "layout-grid",
  list: "list",
  paperclip: "paperclip",
  table: "table",
  // people and communication
  mail: "mail",
  "message-square": "message-square",
  phone: "phone",
  user: "user",
  "user-plus": "user-plus",
  users: "users",
  // time
  calendar: "calendar",
  clock: "clock",
  history: "history",
  // commerce
  "credit-card": "credit-card",
  "shopping-cart": "shopping-cart",
  tag: "tag",
  // misc
  circle: "circle",
  globe: "globe",
  heart: "heart",
  key: "key",
  link: "link",
  lock: "lock",
  "map-pin": "map-pin",
  monitor: "monitor",
  moon: "moon",
  star: "star",
  sun: "sun",
  "thumbs-up": "thumbs-up",
  unlock: "lock-open",
};

const packageDir = path.resolve(import.meta.dirname, "..");

if (import.meta.main) {
  const require = createRequire(path.join(packageDir, "package.json"));
  const lucideDir = path.join(path.dirname(require.resolve("lucide-static/package.json")), "icons");
  for (const [name, lucideName] of Object.entries(LUCIDE_ICONS)) {
    const source = await readFile(path.join(lucideDir, `${lucideName}.svg`), "utf8");
    await writeFile(path.join(packageDir, "svg", `${name}.svg`), cleanSvg(source, lucideName));
  }
  console.log(`seed-from-lucide: ${Object.keys(LUCIDE_ICONS).length} icons → svg/`);
}
