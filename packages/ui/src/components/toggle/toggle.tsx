"use client";

import * as TogglePrimitive from "@radix-ui/react-toggle";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "neutral", size: "md" } as const;

/** Class names of a Toggle's look, shared with ToggleGroup's items (styles: toggle.css). */
export const toggleVariants = /* @__PURE__ */ cva("nx-toggle nx-focus-ring nx-hover-tint", {
  variants: {
    /**
     * `neutral`: no border until pressed (toolbars, formatting buttons). `outline`: a border
     * like an `outline` Button, for a toggle that stands on its own.
     * @default "neutral"
     */
    variant: {
      neutral: "nx-toggle--neutral",
      outline: "nx-toggle--outline",
    },
    /**
     * Height, padding and type size; the same steps as Button and Input.
     * @default "md"
     */
    size: {
      sm: "nx-toggle--sm",
      md: "nx-toggle--md",
      lg: "nx-toggle--lg",
    },
    /**
     * A square button holding only an icon. It then needs an `aria-label` (or
     * `aria-labelledby`): without one it throws.
     * @default false
     */
    iconOnly: {
      true: "nx-toggle--icon-only",
      false: "",
    },
  },
  defaultVariants: { ...defaults, iconOnly: false },
});

/**
 * Throws when an icon-only toggle has no name: screen readers would announce only "toggle
 * button, pressed".
 */
export function assertIconOnlyName(
  component: string,
  iconOnly: boolean | null | undefined,
  props: { "aria-label"?: string; "aria-labelledby"?: string },
) {
  if (iconOnly && !props["aria-label"] && !props["aria-labelledby"]) {
    throw new Error(
      `${component}: an iconOnly toggle needs an aria-label (for example aria-label="Bold") so screen readers can name it.`,
    );
  }
}

export interface ToggleProps
  extends
    React.ComponentPropsWithoutRef<typeof TogglePrimitive.Root>,
    VariantProps<typeof toggleVariants> {
  /** Whether it is pressed, when controlled. Use with `onPressedChange`. */
  pressed?: boolean;
  /**
   * Whether it is pressed on first render, when uncontrolled.
   * @default false
   */
  defaultPressed?: boolean;
  /** Called with the new state when the user presses it. */
  onPressedChange?: (pressed: boolean) => void;
  /**
   * Not focusable and not pressable.
   * @default false
   */
  disabled?: boolean;
  /**
   * Render the single child element with the toggle's behaviour and styles instead of a
   * `<button>`.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A button that stays pressed (`aria-pressed`) until pressed again: bold in an editor, "show
 * grid", a favourite star. For one choice among several, use `ToggleGroup`. An icon-only toggle
 * (`iconOnly`) must have an `aria-label`; the label names the feature, never the state ("Bold",
 * not "Make bold").
 */
export const Toggle = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof TogglePrimitive.Root>,
  ToggleProps
>(function Toggle({ className, variant, size, iconOnly, ...props }, ref) {
  assertIconOnlyName("Toggle", iconOnly, props);
  return (
    <TogglePrimitive.Root
      ref={ref}
      data-slot="toggle"
      data-variant={variant ?? defaults.variant}
      data-size={size ?? defaults.size}
      {...props}
      className={cx(toggleVariants({ variant, size, iconOnly }), className)}
    />
  );
});
