// Writes src/icon-names.json from @nexod/icons' SVG sources, so the icons rule can offer a fix
// without importing React components. The plugin's test fails when the list is out of date.
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export function iconNames(svgDir = path.join(here, "../../icons/svg")) {
  return readdirSync(svgDir)
    .filter((file) => file.endsWith(".svg"))
    .map(
      (file) =>
        file
          .slice(0, -4)
          .split("-")
          .map((part) => part[0].toUpperCase() + part.slice(1))
          .join("") + "Icon",
    )
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(
    path.join(here, "../src/icon-names.json"),
    `${JSON.stringify(iconNames(), null, 2)}\n`,
  );
}
