// The token data the Foundations pages render: read from @nexod/tokens (its built dist), never
// hand-copied, so the pages change when the tokens do.
import { contrast, modes, tokens } from "@nexod/tokens";
import { contrastRatio } from "./contrast.ts";

export interface Token {
  /** Dotted path: `color.primary-foreground`. */
  name: string;
  type: string;
  cssVar: string;
  /** Value in the default mode (`:root`). */
  value: string;
  /** Values per mode, when the token varies by mode. */
  modes?: Record<string, string>;
  description?: string;
}

interface RawToken {
  type: string;
  cssVar: string;
  value: string | number;
  modes?: Record<string, string | number>;
  description?: string;
}

export const MODES: readonly string[] = modes;

export const ALL_TOKENS: readonly Token[] = Object.entries(
  tokens as unknown as Record<string, RawToken>,
).map(([name, raw]) => ({
  name,
  type: raw.type,
  cssVar: raw.cssVar,
  value: String(raw.value),
  ...(raw.modes
    ? {
        modes: Object.fromEntries(
          Object.entries(raw.modes).map(([mode, value]) => [mode, String(value)]),
        ),
      }
    : {}),
  ...(raw.description ? { description: raw.description } : {}),
}));

const byName = new Map(ALL_TOKENS.map((token) => [token.name, token]));

export function getToken(name: string): Token {
  const token = byName.get(name);
  if (!token) throw new Error(`Unknown token ${name}`);
  return token;
}

export function hasToken(name: string): boolean {
  return byName.has(name);
}

/** Tokens under a path prefix (`spacing`, `font.size`), in the order the tokens package emits. */
export function tokensIn(prefix: string): Token[] {
  return ALL_TOKENS.filter((token) => token.name.startsWith(`${prefix}.`));
}

/** Last path segment, with `_` shown as `.` (`spacing.0_5` → `0.5`). */
export function shortName(token: Token, prefix: string): string {
  return token.name.slice(prefix.length + 1).replace(/_/g, ".");
}

export function valueIn(token: Token, mode: string): string {
  return token.modes?.[mode] ?? token.value;
}

/** Converts `rem` to px at 16px = 1rem (as the tokens define), for labels. */
export function toPx(value: string): string {
  const rem = /^(-?[\d.]+)rem$/.exec(value);
  if (rem) return `${Math.round(parseFloat(rem[1]!) * 16 * 100) / 100}px`;
  return value === "0" ? "0px" : value;
}

// --- colours ------------------------------------------------------------------------------------

/** Semantic colours: the ones that change with the mode. */
export const SEMANTIC_COLORS: readonly Token[] = tokensIn("color").filter((token) => token.modes);

/** Primitive palettes (`color.brand.500`) grouped by family; white and black stand alone. */
export function primitivePalettes(): { family: string; tokens: Token[] }[] {
  const families = new Map<string, Token[]>();
  for (const token of tokensIn("color")) {
    if (token.modes) continue;
    const parts = token.name.split(".");
    const family = parts.length > 2 ? parts[1]! : "base";
    families.set(family, [...(families.get(family) ?? []), token]);
  }
  return [...families].map(([family, list]) => ({ family, tokens: list }));
}

export interface ColorPair {
  foreground: string;
  background: string;
  /** Required ratio when the tokens package declares the pair (4.5 text, 3 UI parts). */
  min?: number;
}

/**
 * Every pair worth a contrast figure: each `X` with its `X-foreground`, the text colours on the
 * page surfaces, and every pair the tokens package checks (with its minimum).
 */
export function colorPairs(): ColorPair[] {
  const pairs = new Map<string, ColorPair>();
  const add = (pair: ColorPair) => {
    const key = `${pair.foreground}|${pair.background}`;
    const existing = pairs.get(key);
    pairs.set(key, {
      ...existing,
      ...pair,
      ...(existing?.min && !pair.min ? { min: existing.min } : {}),
    });
  };
  for (const token of SEMANTIC_COLORS) {
    const partner = `${token.name}-foreground`;
    if (hasToken(partner)) add({ foreground: partner, background: token.name });
  }
  for (const text of ["color.foreground", "color.muted-foreground"]) {
    for (const surface of ["color.background", "color.surface", "color.raised"]) {
      if (hasToken(text) && hasToken(surface)) add({ foreground: text, background: surface });
    }
  }
  for (const check of contrast) {
    add({ foreground: check.foreground, background: check.background, min: check.min });
  }
  return [...pairs.values()];
}

/** Contrast of a pair in a mode, translucent colours composited over that mode's background. */
export function pairRatio(pair: ColorPair, mode: string): number {
  const canvas = valueIn(getToken("color.background"), mode);
  return contrastRatio(
    valueIn(getToken(pair.foreground), mode),
    valueIn(getToken(pair.background), mode),
    canvas,
  );
}

/** What the tokens package reported for the same pair, for cross-checking. */
export function reportedRatio(pair: ColorPair, mode: string): number | undefined {
  return contrast.find(
    (check) =>
      check.mode === mode &&
      check.foreground === pair.foreground &&
      check.background === pair.background,
  )?.ratio;
}

// --- aliases (the DTCG source files) -------------------------------------------------------------

interface DtcgNode {
  $value?: unknown;
  [key: string]: unknown;
}

/**
 * The source token files of @nexod/tokens (`tokens/*.json`, DTCG), whatever they are: the built
 * data holds resolved values only, these say which primitive a semantic token points to. A file
 * named `<name>.<mode>.json` (or with a Figma mode in its `$extensions`) holds that mode's values.
 */
const SOURCE_FILES = import.meta.glob<DtcgNode>("../../../../packages/tokens/tokens/*.json", {
  eager: true,
  import: "default",
});

function modeOfFile(file: string, json: DtcgNode): string | undefined {
  const figmaMode = (json["$extensions"] as { "com.figma"?: { mode?: string } } | undefined)?.[
    "com.figma"
  ]?.mode;
  const fromName = file.split("/").at(-1)!.split(".").at(-2);
  const mode = figmaMode?.toLowerCase() ?? fromName;
  return mode && MODES.includes(mode) ? mode : undefined;
}

function collectAliases(
  node: DtcgNode,
  path: string[],
  into: Map<string, string>,
): Map<string, string> {
  if ("$value" in node) {
    const alias = typeof node.$value === "string" ? /^\{([^}]+)\}$/.exec(node.$value)?.[1] : null;
    if (alias) into.set(path.join("."), alias);
    return into;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith("$") || !child || typeof child !== "object") continue;
    collectAliases(child as DtcgNode, [...path, key], into);
  }
  return into;
}

/** Aliases per mode (`""` for files without a mode): token name → the token it points to. */
export function aliasesByMode(files: Record<string, DtcgNode> = SOURCE_FILES) {
  const byMode = new Map<string, Map<string, string>>();
  for (const [file, json] of Object.entries(files)) {
    if (file.split("/").at(-1)!.startsWith("$")) continue;
    const mode = modeOfFile(file, json) ?? "";
    collectAliases(json, [], byMode.get(mode) ?? byMode.set(mode, new Map()).get(mode)!);
  }
  return byMode;
}

const ALIASES = aliasesByMode();

/** The token a token points to in a mode (`color.neutral.200`), undefined for a raw value. */
export function aliasIn(token: Token, mode: string): string | undefined {
  return ALIASES.get(mode)?.get(token.name) ?? ALIASES.get("")?.get(token.name);
}

// --- semantic colour roles ----------------------------------------------------------------------

export type ColorRole = "surfaces" | "text" | "borders" | "status" | "disabled" | "other";

export const COLOR_ROLES: readonly { role: ColorRole; title: string; description: string }[] = [
  {
    role: "surfaces",
    title: "Surfaces",
    description: "Page, panels, raised layers (menus, dialogs), scrims and quiet fills.",
  },
  {
    role: "text",
    title: "Text",
    description: "Text and icons: the default foreground and the one on each surface.",
  },
  {
    role: "borders",
    title: "Borders",
    description: "Dividers, form-control outlines and the focus ring.",
  },
  {
    role: "status",
    title: "Status and emphasis",
    description: "Actions and feedback, each with the foreground used on it.",
  },
  {
    role: "disabled",
    title: "Disabled",
    description: "Disabled controls, with the foreground used on them.",
  },
  { role: "other", title: "Other", description: "Colours without a known role yet." },
];

const STATUS = /^(primary|secondary|accent|destructive|success|warning|info|danger|error)(-|$)/;

/** The role of a semantic colour, from its name (`color.muted-foreground` → `text`). */
export function colorRole(name: string): ColorRole {
  const short = name.replace(/^color\./, "");
  if (/^disabled(-|$)/.test(short)) return "disabled";
  if (STATUS.test(short)) return "status";
  if (/^(border|input|ring|outline|divider)(-|$)/.test(short)) return "borders";
  if (/(^|-)foreground$/.test(short)) return "text";
  if (
    /^(background|surface|raised|overlay|muted|subtle|card|popover|skeleton|sunken|canvas|scrim|backdrop)(-|$)/.test(
      short,
    )
  ) {
    return "surfaces";
  }
  return "other";
}

/** Order within a role, as a designer reads it: page first, then layers, then quieter fills. */
const ROLE_ORDER = [
  "foreground",
  "background",
  "surface",
  "raised",
  "overlay",
  "muted",
  "subtle",
  "border",
  "input",
  "ring",
  "primary",
  "secondary",
  "accent",
  "destructive",
  "success",
  "warning",
  "info",
  "disabled",
];

/** A colour's place in its group: by its base name in ROLE_ORDER, unknown names last. */
function roleRank(token: Token): number {
  const base = token.name.replace(/^color\./, "").replace(/(.)-foreground$/, "$1");
  const rank = ROLE_ORDER.indexOf(base);
  return rank === -1 ? ROLE_ORDER.length : rank;
}

/**
 * Semantic colours grouped by role, each group in reading order (ROLE_ORDER, then the tokens'
 * order). A `X-foreground` of a status
 * or disabled colour is shown on `X`'s swatch, not on its own.
 */
export function semanticColorGroups(
  colors: readonly Token[] = SEMANTIC_COLORS,
): { role: ColorRole; title: string; description: string; tokens: Token[] }[] {
  const names = new Set(colors.map((token) => token.name));
  const shownOnBase = (token: Token) => {
    const base = token.name.replace(/-foreground$/, "");
    return (
      base !== token.name && names.has(base) && ["status", "disabled"].includes(colorRole(base))
    );
  };
  return COLOR_ROLES.map((group) => ({
    ...group,
    tokens: colors
      .filter((token) => colorRole(token.name) === group.role && !shownOnBase(token))
      .sort((a, b) => roleRank(a) - roleRank(b)),
  })).filter((group) => group.tokens.length > 0);
}
