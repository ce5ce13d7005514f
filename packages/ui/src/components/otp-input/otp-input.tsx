// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Otp input's looks (styles: otp-input.css). */
export const otpInputVariants = /* @__PURE__ */ cva("nx-otp-input", {
  variants: {
    /**
     * Size of the Otp input.
     * @default "md"
     */
    size: {
      sm: "nx-otp-input--sm",
      md: "nx-otp-input--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface OtpInputProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof otpInputVariants> {}

/** Say in one sentence what the Otp input is for and when to use it. */
export const OtpInput = /* @__PURE__ */ React.forwardRef<HTMLDivElement, OtpInputProps>(
  function OtpInput({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="otp-input"
        className={cx(otpInputVariants({ size }), className)}
        {...props}
      />
    );
  },
);
