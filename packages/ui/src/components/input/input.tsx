import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const inputVariants = cva(
  [
    "nx:peer nx:flex nx:w-full nx:min-w-0 nx:rounded-md nx:border nx:border-input nx:bg-background",
    "nx:font-sans nx:text-foreground nx:transition-colors nx:outline-none",
    "nx:placeholder:text-muted-foreground",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:aria-invalid:border-destructive nx:aria-invalid:focus-visible:ring-destructive",
    "nx:disabled:cursor-not-allowed nx:disabled:bg-disabled nx:disabled:text-disabled-foreground",
    "nx:file:me-3 nx:file:h-full nx:file:cursor-pointer nx:file:border-0 nx:file:bg-transparent nx:file:p-0",
    "nx:file:font-sans nx:file:text-sm nx:file:font-medium nx:file:text-foreground",
  ],
  {
    variants: {
      /** Height, padding and type size; matches the Button sizes so they line up in a row. */
      size: {
        sm: "nx:h-8 nx:px-2.5 nx:text-sm",
        md: "nx:h-10 nx:px-3 nx:text-sm",
        lg: "nx:h-12 nx:px-4 nx:text-base",
      },
    },
    defaultVariants: { size: "md" },
  },
);

export interface InputProps
  extends
    Omit<React.InputHTMLAttributes<HTMLInputElement>, "size">,
    VariantProps<typeof inputVariants> {
  /**
   * Render the single child element (for example a masked or number-format input) with the
   * input's styles instead of an `<input>`.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A single-line text field: every native `<input>` type (`email`, `password`, `file`…) and
 * attribute works. Set `aria-invalid` (Field does) for the error style. Name it with a `Label`
 * or wrap it in a `Field`. Server component: ships no client JavaScript. The native `size`
 * attribute is replaced by the `size` variant; set a width with `className` instead.
 */
export const Input = React.forwardRef<HTMLInputElement, InputProps>(
  ({ className, size, asChild = false, ...props }, ref) => {
    const Comp = asChild ? Slot : "input";
    return (
      <Comp
        ref={ref}
        data-slot="input"
        data-size={size ?? "md"}
        className={cx(inputVariants({ size }), className)}
        {...props}
      />
    );
  },
);
Input.displayName = "Input";
