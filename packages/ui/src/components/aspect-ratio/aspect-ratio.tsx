import { cx } from "class-variance-authority";
import * as React from "react";

// Hand-written rather than @radix-ui/react-aspect-ratio: that package is a "use client" module,
// so a server page using it would ship client JavaScript for a box of a fixed ratio, which the
// CSS `aspect-ratio` property draws on its own.

export interface AspectRatioProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Width divided by height: `16 / 9`, `4 / 3`, `1` for a square.
   * @default 1
   */
  ratio?: number;
}

/**
 * A box that keeps a width-to-height ratio as its width changes, for images, video and maps.
 * Its content fills the box (give an image `object-fit: cover`). Server component: ships no
 * client JavaScript.
 */
export const AspectRatio = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AspectRatioProps>(
  function AspectRatio({ className, ratio = 1, style, children, ...props }, ref) {
    if (typeof ratio !== "number" || !Number.isFinite(ratio) || ratio <= 0) {
      throw new Error(
        `AspectRatio: ratio must be a positive number such as 16 / 9, got ${String(ratio)}.`,
      );
    }
    return (
      <div
        ref={ref}
        data-slot="aspect-ratio"
        className={cx("nx-aspect-ratio", className)}
        style={{ aspectRatio: String(ratio), ...style }}
        {...props}
      >
        <div data-slot="aspect-ratio-content" className="nx-aspect-ratio__content">
          {children}
        </div>
      </div>
    );
  },
);
