// @vitest-environment node
// What the shipped stylesheets may contain (DESIGN §3, docs/architecture.md): only rules scoped
// to Nexod classes plus the token variables, colours only through tokens, the layered file inside
// @layer components.nexod and the unlayered one in no layer. Source rules are stylelint's
// (stylelint.config.mjs); this checks what Tailwind actually emitted.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import postcss, { type Declaration, type Rule } from "postcss";
import { describe, expect, it } from "vitest";
import { peerEntryFolders } from "../scripts/components.mjs";

const dist = path.resolve(import.meta.dirname, "../dist");
const files = { layered: "styles.css", unlayered: "styles.unlayered.css" } as const;
// The peer-entry-only components' own stylesheets (scripts/build-css.mjs), under the same rules.
const peerEntryOnly = await peerEntryFolders();
const peerFiles = peerEntryOnly.flatMap((folder) => [
  [`${folder} layered`, `${folder}.css`],
  [`${folder} unlayered`, `${folder}.unlayered.css`],
]);

function parse(file: string) {
  const full = path.join(dist, file);
  expect(existsSync(full), "run `pnpm --filter @nexod/ui build` first").toBe(true);
  return postcss.parse(readFileSync(full, "utf8"), { from: full });
}

const tokenSelectors = new Set([
  ":root",
  '[data-theme="light"]',
  "[data-theme=light]",
  ".light",
  '[data-theme="dark"]',
  "[data-theme=dark]",
  ".dark",
]);
// Every other selector starts at one of our classes (possibly inside Tailwind's :is()/:where()).
// Component rules start at a Nexod class; css/reset.css matches Nexod elements by class prefix.
const scopedSelector = /^(?::is\(|:where\()*(?:\.nx-|\[class[\^*]=(?:nx-|"\s?nx-")\])/;

function styleRules(root: postcss.Root) {
  const rules: Rule[] = [];
  root.walkRules((rule) => {
    if (rule.parent?.type === "atrule" && /keyframes$/.test(rule.parent.name)) return;
    rules.push(rule);
  });
  return rules;
}

const holdsOnlyTokens = (rule: Rule) =>
  rule.nodes.every((node) => node.type === "decl" && node.prop.startsWith("--nx-"));

// The minifier writes `transparent` as `#0000`; a colour property may hold only variables,
// numbers and these words.
const rawColour = /#(?!0000\b)[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i;
const colourProperty = /color|^fill$|^stroke$|^background$/;
const colourWords = new Set(
  ["transparent", "currentcolor", "inherit", "initial", "unset", "none"].concat(
    ["color-mix", "in", "oklab", "srgb"], // what Tailwind writes for `bg-primary/90`
  ),
);

function hasRawColour({ prop, value }: Declaration) {
  if (prop.startsWith("--nx-")) return false;
  const withoutMix = value.replace(/color-mix\(in (?:oklab|srgb)/g, "color-mix(");
  if (rawColour.test(withoutMix)) return true;
  if (!colourProperty.test(prop)) return false;
  const words = value.replace(/var\([^)]*\)/g, "").match(/[a-z][a-z-]*/gi) ?? [];
  return words.some((word) => !colourWords.has(word.toLowerCase()));
}

describe.each([...Object.entries(files), ...peerFiles])("dist/%s", (_kind, file) => {
  const root = parse(file);
  const rules = styleRules(root);

  it("has component rules", () => {
    expect(rules.some((rule) => rule.selector.startsWith(".nx-"))).toBe(true);
  });

  it("styles only Nexod classes, and the token variables", () => {
    const global = rules.flatMap((rule) =>
      rule.selectors.filter((selector) =>
        tokenSelectors.has(selector) ? !holdsOnlyTokens(rule) : !scopedSelector.test(selector),
      ),
    );
    expect(global).toEqual([]);
  });

  it("takes every colour from a token", () => {
    const raw: string[] = [];
    root.walkDecls((decl) => {
      // `@property` registrations only give Tailwind's internal --tw-* variables their defaults.
      if (decl.parent?.type === "atrule" && (decl.parent as postcss.AtRule).name === "property") {
        return;
      }
      if (hasRawColour(decl)) raw.push(`${(decl.parent as Rule).selector} { ${decl.toString()} }`);
    });
    expect(raw).toEqual([]);
  });

  it("has no class left from a utility that did not compile", () => {
    // `nx:` classes exist only when a component's markup used a utility; `@apply` leaves none.
    const leftovers = rules.flatMap((rule) => rule.selectors.filter((s) => s.includes(".nx\\:")));
    expect(leftovers).toEqual([]);
  });

  it("has no Tailwind fallback for browsers without @property (a `*` rule of --tw-* variables)", () => {
    const fallback = rules.filter(
      (rule) =>
        /^\*/.test(rule.selector) &&
        rule.nodes.every((node) => node.type === "decl" && node.prop.startsWith("--tw-")),
    );
    expect(fallback.map((rule) => rule.selector)).toEqual([]);
  });
});

describe("peer-entry-only stylesheets", () => {
  it("exist for Chart, DataTable and Resizable", () => {
    expect(peerEntryOnly).toEqual(expect.arrayContaining(["chart", "data-table", "resizable"]));
  });

  it.each(peerEntryOnly)(
    "keeps the rules of %s out of styles.css and in its own file",
    (folder) => {
      const own = (file: string) =>
        styleRules(parse(file)).filter((rule) => rule.selector.includes(`.nx-${folder}`));
      expect(own(files.layered).map((rule) => rule.selector)).toEqual([]);
      expect(own(files.unlayered).map((rule) => rule.selector)).toEqual([]);
      expect(own(`${folder}.css`).length).toBeGreaterThan(0);
      expect(own(`${folder}.unlayered.css`).length).toBeGreaterThan(0);
    },
  );

  it.each(peerEntryOnly)("holds no token variables in %s.css (styles.css has them)", (folder) => {
    const tokens: string[] = [];
    parse(`${folder}.css`).walkDecls(/^--nx-/, (decl) => {
      // The component's own variables (--nx-data-table-edge…) belong here; tokens do not, but
      // for the chart palette, which only the Chart reads (scripts/css-tokens.mjs).
      if (decl.prop.startsWith(`--nx-${folder}-`)) return;
      if (folder === "chart" && decl.prop.startsWith("--nx-color-chart-")) return;
      tokens.push(decl.prop);
    });
    expect(tokens).toEqual([]);
  });
});

describe("layers", () => {
  it.each([files.layered, ...peerEntryOnly.map((folder) => `${folder}.css`)])(
    "puts every component rule of %s in @layer components.nexod",
    (file) => {
      const root = parse(file);
      const outside = styleRules(root)
        .filter((rule) => scopedSelector.test(rule.selector))
        .filter((rule) => {
          let parent = rule.parent;
          while (parent && parent.type !== "root") {
            if (parent.type === "atrule" && (parent as postcss.AtRule).name === "layer") {
              return (parent as postcss.AtRule).params !== "components.nexod";
            }
            parent = parent.parent;
          }
          return true;
        })
        .map((rule) => rule.selector);
      expect(outside).toEqual([]);
    },
  );

  it("declares Tailwind's layer order before the components layer in styles.css", () => {
    // By first appearance, as the browser orders layers: the product's utilities stay on top.
    const order: string[] = [];
    parse(files.layered).walkAtRules("layer", (atRule) => {
      for (const name of atRule.params.split(",").map((part) => part.trim().split(".")[0]!)) {
        if (!order.includes(name)) order.push(name);
      }
    });
    expect(order).toEqual(["theme", "base", "components", "utilities"]);
  });

  it.each([files.unlayered, ...peerEntryOnly.map((folder) => `${folder}.unlayered.css`)])(
    "has no @layer in %s",
    (file) => {
      const layers: string[] = [];
      parse(file).walkAtRules("layer", (atRule) => {
        layers.push(atRule.params);
      });
      expect(layers).toEqual([]);
    },
  );
});
