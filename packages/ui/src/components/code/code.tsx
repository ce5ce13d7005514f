import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "muted" } as const;

/** Class names of inline code's looks (styles: code.css). */
export const codeVariants = /* @__PURE__ */ cva("nx-code", {
  variants: {
    /**
     * `muted`: a tinted chip that stands out in running text; `outline`: a bordered chip for
     * text that is already tinted (a muted table row, a callout); `plain`: only the monospace
     * font, for code inside a `Kbd`-like context or a link.
     * @default "muted"
     */
    variant: {
      muted: "nx-code--muted",
      outline: "nx-code--outline",
      plain: "nx-code--plain",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

export interface CodeProps
  extends React.HTMLAttributes<HTMLElement>, VariantProps<typeof codeVariants> {}

/**
 * A short piece of code inside text (a file name, a command, a value): a `<code>` element in
 * the `code` text style, sized relative to the text around it so it fits a heading as well as a
 * caption. Server component: ships no client JavaScript.
 */
export const Code = /* @__PURE__ */ React.forwardRef<HTMLElement, CodeProps>(function Code(
  { className, variant, ...props },
  ref,
) {
  return (
    <code
      ref={ref}
      data-slot="code"
      data-variant={variant ?? defaults.variant}
      className={cx(codeVariants({ variant }), className)}
      {...props}
    />
  );
});
