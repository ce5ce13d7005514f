import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

// Hand-written rather than @radix-ui/react-separator: that package is a "use client" module,
// which would turn this server component into client JavaScript for two ARIA attributes.
export const separatorVariants = /* @__PURE__ */ cva("nx-separator", {
  variants: {
    /**
     * Direction of the line.
     * @default "horizontal"
     */
    orientation: {
      horizontal: "nx-separator--horizontal",
      vertical: "nx-separator--vertical",
    },
  },
  defaultVariants: { orientation: "horizontal" },
});

export interface SeparatorProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof separatorVariants> {
  /**
   * A purely visual line is hidden from assistive technology; set `false` when the line
   * separates sections a screen-reader user should know about (`role="separator"`).
   * @default true
   */
  decorative?: boolean;
}

/** A thin line between groups of content. Server component: ships no client JavaScript. */
export const Separator = /* @__PURE__ */ React.forwardRef<HTMLDivElement, SeparatorProps>(
  function Separator({ className, orientation, decorative = true, ...props }, ref) {
    const direction = orientation ?? "horizontal";
    const semantics = decorative
      ? { role: "none" as const }
      : {
          role: "separator" as const,
          // The ARIA default for separator is horizontal, so only the vertical one says so.
          "aria-orientation": direction === "vertical" ? ("vertical" as const) : undefined,
        };
    return (
      <div
        ref={ref}
        data-slot="separator"
        data-orientation={direction}
        className={cx(separatorVariants({ orientation }), className)}
        {...semantics}
        {...props}
      />
    );
  },
);
