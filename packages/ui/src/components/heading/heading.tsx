import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** The text style a level takes when no `size` is given. */
const sizeOfLevel = {
  1: "title-lg",
  2: "title-md",
  3: "title-sm",
  4: "heading",
  5: "heading",
  6: "heading",
} as const;

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { level: 2 } as const;

/** Class names of a heading's looks (styles: heading.css), one per text style of @nexod/tokens. */
export const headingVariants = /* @__PURE__ */ cva("nx-heading", {
  variants: {
    /**
     * The text style (`text.<size>` in @nexod/tokens), independent of the level: a card's
     * `h2` can look like `title-sm`. Without it the level picks one (1 `title-lg`, 2 `title-md`,
     * 3 `title-sm`, 4–6 `heading`).
     */
    size: {
      display: "nx-heading--display",
      "title-lg": "nx-heading--title-lg",
      "title-md": "nx-heading--title-md",
      "title-sm": "nx-heading--title-sm",
      heading: "nx-heading--heading",
    },
    /**
     * Overrides the text style's weight.
     */
    weight: {
      regular: "nx-heading--regular",
      medium: "nx-heading--medium",
      semibold: "nx-heading--semibold",
      bold: "nx-heading--bold",
    },
  },
});

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface HeadingProps
  extends React.HTMLAttributes<HTMLHeadingElement>, VariantProps<typeof headingVariants> {
  /**
   * The outline level: renders `<h1>`…`<h6>`. Choose it from the page's structure (one `h1`,
   * no skipped levels), and the look with `size`.
   * @default 2
   */
  level?: HeadingLevel;
  /**
   * Cut the text to one line with an ellipsis (the full text stays readable by screen readers
   * and in a `title` you pass).
   * @default false
   */
  truncate?: boolean;
  /**
   * Render the single child element (for example a link or a `DialogTitle`) with the heading's
   * styles; `level` then sets nothing but the look's default.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A section heading: `<h1>`–`<h6>` from `level`, the look from `size` (a named text style of
 * @nexod/tokens), so the outline and the visual hierarchy are chosen separately. Server
 * component: ships no client JavaScript.
 */
export const Heading = /* @__PURE__ */ React.forwardRef<HTMLHeadingElement, HeadingProps>(
  function Heading(
    {
      className,
      level = defaults.level,
      size,
      weight,
      truncate = false,
      asChild = false,
      ...props
    },
    ref,
  ) {
    if (!(level in sizeOfLevel)) {
      throw new Error(`Heading: level must be 1, 2, 3, 4, 5 or 6; got ${JSON.stringify(level)}.`);
    }
    const resolvedSize = size ?? sizeOfLevel[level];
    const Comp = asChild ? Slot : (`h${level}` as const);
    return (
      <Comp
        ref={ref}
        data-slot="heading"
        data-level={level}
        data-size={resolvedSize}
        data-truncate={truncate ? "" : undefined}
        className={cx(headingVariants({ size: resolvedSize, weight }), className)}
        {...props}
      />
    );
  },
);
