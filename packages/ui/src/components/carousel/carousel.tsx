// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Carousel's looks (styles: carousel.css). */
export const carouselVariants = /* @__PURE__ */ cva("nx-carousel", {
  variants: {
    /**
     * Size of the Carousel.
     * @default "md"
     */
    size: {
      sm: "nx-carousel--sm",
      md: "nx-carousel--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface CarouselProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof carouselVariants> {}

/** Say in one sentence what the Carousel is for and when to use it. */
export const Carousel = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CarouselProps>(
  function Carousel({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="carousel"
        className={cx(carouselVariants({ size }), className)}
        {...props}
      />
    );
  },
);
