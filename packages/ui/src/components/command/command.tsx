// A server component: add "use client" at the top only when the file needs state, effects or a
// client-only Radix part (see CONTRIBUTING.md).
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Class names of the Command's looks (styles: command.css). */
export const commandVariants = /* @__PURE__ */ cva("nx-command", {
  variants: {
    /**
     * Size of the Command.
     * @default "md"
     */
    size: {
      sm: "nx-command--sm",
      md: "nx-command--md",
    },
  },
  defaultVariants: { size: "md" },
});

export interface CommandProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof commandVariants> {}

/** Say in one sentence what the Command is for and when to use it. */
export const Command = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CommandProps>(
  function Command({ className, size, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="command"
        className={cx(commandVariants({ size }), className)}
        {...props}
      />
    );
  },
);
