import { isObject } from "../tokens/token-tree";

/** 8-bit sRGB channels and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

function parseHex(value: string): Rgba | undefined {
  const match = HEX.exec(value.trim());
  if (!match) return undefined;
  let hex = match[1] as string;
  if (hex.length <= 4) hex = [...hex].map((c) => c + c).join("");
  const byte = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: hex.length === 8 ? byte(6) / 255 : 1 };
}

/** Parses a hex string or a DTCG 2025.10 sRGB colour object; undefined for anything else. */
export function parseColor(value: unknown): Rgba | undefined {
  if (typeof value === "string") return parseHex(value);
  if (!isObject(value) || value.colorSpace !== "srgb" || !Array.isArray(value.components)) {
    return undefined;
  }
  const [r, g, b] = value.components;
  if (![r, g, b].every((c) => typeof c === "number" && c >= 0 && c <= 1)) return undefined;
  const alpha = typeof value.alpha === "number" ? value.alpha : 1;
  const to8 = (c: number) => Math.round(c * 255);
  return { r: to8(r as number), g: to8(g as number), b: to8(b as number), a: alpha };
}

/** `#rrggbb`, or `#rrggbbaa` when the colour is translucent. */
export function toHex({ r, g, b, a }: Rgba): string {
  const alpha = Math.round(a * 255);
  const bytes = alpha < 255 ? [r, g, b, alpha] : [r, g, b];
  return `#${bytes.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

/** Paints `top` over an opaque `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio of two opaque colours, 1–21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light as number) + 0.05) / ((dark as number) + 0.05);
}
