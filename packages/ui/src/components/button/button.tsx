"use client";

import { Slot, Slottable } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const buttonVariants = cva(
  [
    "nx:relative nx:inline-flex nx:shrink-0 nx:items-center nx:justify-center nx:gap-2",
    "nx:whitespace-nowrap nx:rounded-md nx:border nx:font-sans nx:font-medium",
    "nx:cursor-pointer nx:select-none nx:no-underline nx:transition-colors nx:outline-none",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:disabled:cursor-not-allowed nx:disabled:bg-disabled nx:disabled:text-disabled-foreground nx:disabled:border-transparent",
    "nx:aria-disabled:cursor-not-allowed",
  ],
  {
    variants: {
      /** Visual emphasis. */
      variant: {
        primary:
          "nx:border-transparent nx:bg-primary nx:text-primary-foreground nx:hover:bg-primary/90",
        secondary:
          "nx:border-transparent nx:bg-secondary nx:text-secondary-foreground nx:hover:bg-secondary/80",
        outline:
          "nx:border-border nx:bg-background nx:text-foreground nx:hover:bg-accent nx:hover:text-accent-foreground",
        ghost:
          "nx:border-transparent nx:bg-transparent nx:text-foreground nx:hover:bg-accent nx:hover:text-accent-foreground",
        destructive:
          "nx:border-transparent nx:bg-destructive nx:text-destructive-foreground nx:hover:bg-destructive/90",
        link: "nx:h-auto nx:border-transparent nx:bg-transparent nx:p-0 nx:text-sm nx:text-primary nx:underline-offset-4 nx:hover:underline",
      },
      /**
       * Height, padding and type size. `icon` is a square button for a single icon. Ignored by
       * `variant="link"`, which flows with the text around it.
       */
      size: {
        sm: "nx:h-8 nx:px-3 nx:text-sm",
        md: "nx:h-10 nx:px-4 nx:text-sm",
        lg: "nx:h-12 nx:px-6 nx:text-base",
        icon: "nx:size-10 nx:p-0",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export interface ButtonProps
  extends React.ButtonHTMLAttributes<HTMLButtonElement>, VariantProps<typeof buttonVariants> {
  /**
   * Render the single child element (for example a Next.js `<Link>`) with the button's styles
   * and behaviour instead of a `<button>`.
   * @default false
   */
  asChild?: boolean;
  /**
   * Shows a spinner, sets `aria-busy` and ignores clicks while keeping the button's width and
   * focus, so the layout does not jump while an action runs.
   * @default false
   */
  loading?: boolean;
}

function Spinner() {
  return (
    <span
      aria-hidden="true"
      data-slot="button-spinner"
      className="nx:absolute nx:inset-0 nx:m-auto nx:size-4 nx:animate-spin nx:rounded-full nx:border-2 nx:border-current nx:border-t-transparent"
    />
  );
}

/** Triggers an action. Use `variant="link"` or `asChild` with a link for navigation. */
export const Button = React.forwardRef<HTMLButtonElement, ButtonProps>(
  (
    {
      className,
      variant,
      size,
      asChild = false,
      loading = false,
      type,
      onClick,
      children,
      ...props
    },
    ref,
  ) => {
    const Comp = asChild ? Slot : "button";
    const handleClick = (event: React.MouseEvent<HTMLButtonElement>) => {
      if (loading) {
        event.preventDefault();
        return;
      }
      onClick?.(event);
    };
    return (
      <Comp
        ref={ref}
        data-slot="button"
        data-variant={variant ?? "primary"}
        data-loading={loading || undefined}
        {...props}
        className={cx(
          // A link-style button takes no size: its size classes would fight its own padding.
          buttonVariants({ variant, size: variant === "link" ? null : size }),
          className,
        )}
        type={asChild ? type : (type ?? "button")}
        aria-busy={loading || undefined}
        aria-disabled={loading || props["aria-disabled"] || undefined}
        onClick={handleClick}
      >
        {asChild ? (
          <Slottable>{children}</Slottable>
        ) : (
          <span
            data-slot="button-label"
            className={cx("nx:inline-flex nx:items-center nx:gap-2", loading && "nx:opacity-0")}
          >
            {children}
          </span>
        )}
        {loading && <Spinner />}
      </Comp>
    );
  },
);
Button.displayName = "Button";
