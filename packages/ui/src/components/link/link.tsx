import { ExternalLinkIcon } from "@nexod/icons";
import { Slot, Slottable } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "primary", underline: "always" } as const;

/** Class names of a link's looks (styles: link.css). */
export const linkVariants = /* @__PURE__ */ cva("nx-link nx-focus-ring", {
  variants: {
    /**
     * `primary`: the primary colour, for links in running text and on their own. `neutral`:
     * the colour of the text around it, for links in dense UI (table cells, footers) where
     * the underline alone marks them.
     * @default "primary"
     */
    variant: {
      primary: "nx-link--primary",
      neutral: "nx-link--neutral",
    },
    /**
     * `always` underlines the link (required inside running text, where colour alone does
     * not mark a link: WCAG 1.4.1); `hover` shows the underline on hover and focus only, for
     * links whose place already says they are links (a navigation list).
     * @default "always"
     */
    underline: {
      always: "nx-link--underline-always",
      hover: "nx-link--underline-hover",
    },
  },
  defaultVariants: { variant: defaults.variant, underline: defaults.underline },
});

export interface LinkProps
  extends React.AnchorHTMLAttributes<HTMLAnchorElement>, VariantProps<typeof linkVariants> {
  /**
   * A link to another site, opened in a new tab: sets `target="_blank"` and
   * `rel="noopener noreferrer"` (unless you pass your own), shows an external-link icon and
   * tells screen readers that it opens a new tab.
   * @default false
   */
  external?: boolean;
  /**
   * Hidden text read after an external link's name; translate it.
   * @default "(opens in a new tab)"
   */
  externalLabel?: string;
  /**
   * Render the single child element (a Next.js `Link`, a router's link) with the link's
   * styles and behaviour props; the child renders the `<a>`.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A text link: `<a>` with the link styles, or your router's link with `asChild`. `external`
 * opens another site in a new tab and says so. Server component: ships no client JavaScript.
 */
export const Link = /* @__PURE__ */ React.forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  {
    className,
    variant,
    underline,
    external = false,
    externalLabel = "(opens in a new tab)",
    asChild = false,
    target,
    rel,
    children,
    ...props
  },
  ref,
) {
  const Comp = asChild ? Slot : "a";
  return (
    <Comp
      ref={ref}
      data-slot="link"
      data-variant={variant ?? defaults.variant}
      data-external={external ? "" : undefined}
      className={cx(linkVariants({ variant, underline }), className)}
      target={external ? (target ?? "_blank") : target}
      rel={external ? (rel ?? "noopener noreferrer") : rel}
      {...props}
    >
      <Slottable>{children}</Slottable>
      {external ? (
        <>
          {" "}
          <ExternalLinkIcon className="nx-link__icon" strokeWidth={2.25} />
          <span className="nx-link__hint">{externalLabel}</span>
        </>
      ) : null}
    </Comp>
  );
});
