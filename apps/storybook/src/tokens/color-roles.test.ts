import { describe, expect, it } from "vitest";
import {
  aliasesByMode,
  aliasIn,
  colorRole,
  getToken,
  SEMANTIC_COLORS,
  semanticColorGroups,
  type Token,
} from "./data.ts";

const color = (name: string): Token => ({
  name: `color.${name}`,
  type: "color",
  cssVar: `--nx-color-${name}`,
  value: "#000000",
  modes: { light: "#000000", dark: "#ffffff" },
});

describe("semantic colours by role", () => {
  it("sorts colours into roles by name", () => {
    expect(colorRole("color.surface")).toBe("surfaces");
    expect(colorRole("color.overlay")).toBe("surfaces");
    expect(colorRole("color.muted-foreground")).toBe("text");
    expect(colorRole("color.input")).toBe("borders");
    expect(colorRole("color.destructive-foreground")).toBe("status");
    expect(colorRole("color.disabled-foreground")).toBe("disabled");
    expect(colorRole("color.chart-1")).toBe("other");
  });

  it("groups in role order, a status foreground shown on its colour, unknown ones under Other", () => {
    const groups = semanticColorGroups(
      ["primary", "primary-foreground", "chart-1", "border", "foreground", "background"].map(color),
    );
    expect(groups.map((group) => group.title)).toEqual([
      "Surfaces",
      "Text",
      "Borders",
      "Status and emphasis",
      "Other",
    ]);
    expect(groups.find((group) => group.role === "status")?.tokens.map((t) => t.name)).toEqual([
      "color.primary",
    ]);
  });

  it("orders a group as a designer reads it, not alphabetically", () => {
    const [surfaces] = semanticColorGroups(
      ["muted", "overlay", "background", "surface", "raised", "skeleton"].map(color),
    );
    expect(surfaces?.tokens.map((t) => t.name.replace("color.", ""))).toEqual([
      "background",
      "surface",
      "raised",
      "overlay",
      "muted",
      "skeleton",
    ]);
  });

  it("places every semantic colour of @nexod/tokens in exactly one group", () => {
    const shown = semanticColorGroups().flatMap((group) => group.tokens.map((t) => t.name));
    const folded = SEMANTIC_COLORS.filter((token) => !shown.includes(token.name)).map(
      (t) => t.name,
    );
    expect(new Set(shown).size).toBe(shown.length);
    for (const name of folded) expect(shown).toContain(name.replace(/-foreground$/, ""));
  });
});

describe("aliases from the DTCG source files", () => {
  it("reads which palette step a semantic colour points to in each mode", () => {
    expect(aliasIn(getToken("color.primary"), "light")).toMatch(/^color\.[a-z]+\.\d+$/);
    expect(aliasIn(getToken("color.primary"), "dark")).toMatch(/^color\.[a-z]+\.\d+$/);
  });

  it("takes the mode from the file name and skips raw values", () => {
    const aliases = aliasesByMode({
      "tokens/semantic.dark.json": {
        color: { border: { $value: "{color.neutral.800}" }, overlay: { $value: "#000000b3" } },
      },
      "tokens/shadow.json": { shadow: { sm: { $value: "{shadow.base}" } } },
    });
    expect(aliases.get("dark")?.get("color.border")).toBe("color.neutral.800");
    expect(aliases.get("dark")?.has("color.overlay")).toBe(false);
    expect(aliases.get("")?.get("shadow.sm")).toBe("shadow.base");
  });
});
