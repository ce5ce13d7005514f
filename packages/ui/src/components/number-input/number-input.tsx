// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Number input's looks (styles: number-input.css). */
export const numberInputVariants = /* @__PURE__ */ cva("nx-number-input", {
  variants: {
    /**
     * Size of the Number input.
     * @default "md"
     */
    size: {
      sm: "nx-number-input--sm",
      md: "nx-number-input--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface NumberInputProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof numberInputVariants> {}

/** Say in one sentence what the Number input is for and when to use it. */
export const NumberInput = /* @__PURE__ */ React.forwardRef<HTMLDivElement, NumberInputProps>(
  function NumberInput({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="number-input"
        className={cx(numberInputVariants({ size }), className)}
        {...props}
      />
    );
  },
);
