import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "body", as: "p" } as const;

/** Class names of text's looks (styles: text.css). */
export const textVariants = /* @__PURE__ */ cva("nx-text", {
  variants: {
    /**
     * The named text style of @nexod/tokens (`text.<variant>`): family, size, line height,
     * weight and letter spacing.
     * @default "body"
     */
    variant: {
      body: "nx-text--body",
      "body-strong": "nx-text--body-strong",
      caption: "nx-text--caption",
      label: "nx-text--label",
      code: "nx-text--code",
    },
    /**
     * Overrides the style's size with a step of the type scale (its line height comes along).
     */
    size: {
      xs: "nx-text--xs",
      sm: "nx-text--sm",
      base: "nx-text--base",
      lg: "nx-text--lg",
      xl: "nx-text--xl",
    },
    /**
     * Overrides the style's weight.
     */
    weight: {
      regular: "nx-text--regular",
      medium: "nx-text--medium",
      semibold: "nx-text--semibold",
      bold: "nx-text--bold",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

/** Elements `Text` can render: text-level and block-level elements that hold phrasing content. */
export type TextElement =
  | "p"
  | "span"
  | "div"
  | "label"
  | "strong"
  | "em"
  | "small"
  | "li"
  | "dt"
  | "dd"
  | "figcaption"
  | "legend"
  | "blockquote";

export interface TextProps
  extends React.HTMLAttributes<HTMLElement>, VariantProps<typeof textVariants> {
  /**
   * The element to render. Use `span` inside another text element, `label` with `htmlFor`
   * (or `Label` from this package for form fields).
   * @default "p"
   */
  as?: TextElement;
  /**
   * Secondary text in the muted foreground colour (still 4.5:1 on every surface).
   * @default false
   */
  muted?: boolean;
  /**
   * Cut the text to one line with an ellipsis. Screen readers still read all of it.
   * @default false
   */
  truncate?: boolean;
  /**
   * Cut the text after this many lines with an ellipsis (a whole number from 1).
   */
  lineClamp?: number;
  /** Points a `label` at its control (only with `as="label"`). */
  htmlFor?: string;
}

/**
 * Body text in a named text style of @nexod/tokens (`body`, `body-strong`, `caption`, `label`,
 * `code`), with size, weight, muted colour and truncation. Server component: ships no client
 * JavaScript.
 */
export const Text = /* @__PURE__ */ React.forwardRef<HTMLElement, TextProps>(function Text(
  {
    className,
    variant,
    size,
    weight,
    as = defaults.as,
    muted = false,
    truncate = false,
    lineClamp,
    style,
    ...props
  },
  ref,
) {
  if (lineClamp !== undefined && !(Number.isInteger(lineClamp) && lineClamp >= 1)) {
    throw new Error(
      `Text: lineClamp must be a whole number of lines from 1; got ${JSON.stringify(lineClamp)}.`,
    );
  }
  const Comp = as as React.ElementType;
  return (
    <Comp
      ref={ref}
      data-slot="text"
      data-variant={variant ?? defaults.variant}
      data-muted={muted ? "" : undefined}
      data-truncate={truncate ? "" : undefined}
      data-line-clamp={lineClamp}
      className={cx(textVariants({ variant, size, weight }), className)}
      style={
        lineClamp === undefined
          ? style
          : ({ "--nx-line-clamp": lineClamp, ...style } as React.CSSProperties)
      }
      {...props}
    />
  );
});
