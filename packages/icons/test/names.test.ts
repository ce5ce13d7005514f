import { describe, expect, it } from "vitest";
import { componentName, iconFileName } from "../tools/names.ts";

describe("icon names", () => {
  it.each([
    ["Icon/Search", "search"],
    ["Icons/Arrow Up Right", "arrow-up-right"],
    ["chevronDown", "chevron-down"],
    ["Search Icon", "search"],
    ["  Alert_Triangle ", "alert-triangle"],
    ["icon/log-out", "log-out"],
    ["Navigation/Chevrons / Up Down", "up-down"],
  ])("Figma's %j is %s.svg", (figmaName, fileName) => {
    expect(iconFileName(figmaName)).toBe(fileName);
  });

  it("refuses names that cannot be a file or component name", () => {
    expect(iconFileName("Icon/🙂")).toBeUndefined();
    expect(iconFileName("Icon/2fa")).toBeUndefined();
    expect(iconFileName("Icon/")).toBeUndefined();
  });

  it("names components in PascalCase with an Icon suffix", () => {
    expect(componentName("arrow-up-right")).toBe("ArrowUpRightIcon");
    expect(componentName("x")).toBe("XIcon");
  });
});
