import * as React from "react";
import { iconSizes } from "./generated/icon-sizes";

/** `sm` 16px, `md` 20px, `lg` 24px: the spacing tokens `spacing.4`, `spacing.5`, `spacing.6`. */
export type IconSize = keyof typeof iconSizes;

export interface IconProps extends Omit<React.SVGProps<SVGSVGElement>, "ref" | "children"> {
  /**
   * Width and height from the spacing tokens: `sm` 16px (`spacing.4`), `md` 20px (`spacing.5`),
   * `lg` 24px (`spacing.6`). They are SVG attributes, so any CSS width/height (a `className`)
   * wins over them.
   * @default "md"
   */
  size?: IconSize;
  /**
   * Accessible name, rendered as the SVG's `<title>`. With a title, `aria-label` or
   * `aria-labelledby` the icon gets `role="img"`; without one it is decorative and hidden from
   * assistive technology (`aria-hidden="true"`).
   */
  title?: string;
}

/** Paint of an icon drawn with 2px round strokes (every icon seeded from Lucide). */
const strokePaint: React.SVGProps<SVGSVGElement> = {
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 2,
  strokeLinecap: "round",
  strokeLinejoin: "round",
};

/**
 * The `<svg>` every icon component renders: size, paint, accessibility and `data-slot="icon"`,
 * then the caller's props. No hooks and no state, so icons stay server components.
 */
export function renderIcon(
  { size = "md", title, ...props }: IconProps,
  ref: React.ForwardedRef<SVGSVGElement>,
  shapes: React.ReactNode,
  paint: React.SVGProps<SVGSVGElement> = strokePaint,
): React.ReactElement {
  const labelled = Boolean(title || props["aria-label"] || props["aria-labelledby"]);
  const pixels = iconSizes[size] ?? iconSizes.md;
  return React.createElement(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: "0 0 24 24",
      width: pixels,
      height: pixels,
      ...paint,
      ...(labelled ? { role: "img" } : { "aria-hidden": true }),
      "data-slot": "icon",
      "data-size": size,
      ...props,
      ref,
    },
    title ? React.createElement("title", null, title) : null,
    shapes,
  );
}
