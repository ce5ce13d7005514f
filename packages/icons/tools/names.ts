/** File names in `svg/`: lower-case words joined by `-`, starting with a letter. */
export const ICON_FILE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * A Figma component name → the icon's file name (without `.svg`): the last `/` segment,
 * camelCase split, lower-case, anything but letters and digits → `-`, a trailing "icon" word
 * dropped. `Icon/Arrow Right` → `arrow-right`, `chevronDown` → `chevron-down`,
 * `Search Icon` → `search`. Returns undefined when nothing usable is left.
 */
export function iconFileName(figmaName: string): string | undefined {
  const segment = figmaName.split("/").at(-1) ?? "";
  const name = segment
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/(^|-)icon$/, "");
  return ICON_FILE_NAME.test(name) ? name : undefined;
}

/** `arrow-up-right` → `ArrowUpRightIcon`. */
export function componentName(fileName: string): string {
  const pascal = fileName
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
  return `${pascal}Icon`;
}
