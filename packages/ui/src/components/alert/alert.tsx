import {
  AlertCircleIcon,
  AlertTriangleIcon,
  BellIcon,
  CheckCircleIcon,
  InfoIcon,
} from "@nexod/icons";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "neutral", layout: "callout" } as const;

/** Class names of an alert's looks (styles: alert.css). */
export const alertVariants = /* @__PURE__ */ cva("nx-alert", {
  variants: {
    /**
     * Meaning of the message: `neutral` (a notice), `info` (a tip or a change to know about),
     * `success` (something finished), `warning` (needs attention soon), `destructive`
     * (something failed or will be lost). Sets the tint, the icon and the default role.
     * @default "neutral"
     */
    variant: {
      neutral: "nx-alert--neutral",
      info: "nx-alert--info",
      success: "nx-alert--success",
      warning: "nx-alert--warning",
      destructive: "nx-alert--destructive",
    },
    /**
     * `callout`: a rounded box inside the content; `banner`: full width with no radius and a
     * bottom border, for a message at the top of a page or an app (a trial ending, an outage).
     * @default "callout"
     */
    layout: {
      callout: "nx-alert--callout",
      banner: "nx-alert--banner",
    },
  },
  defaultVariants: { variant: defaults.variant, layout: defaults.layout },
});

type AlertVariant = NonNullable<VariantProps<typeof alertVariants>["variant"]>;

const variantIcons = {
  neutral: BellIcon,
  info: InfoIcon,
  success: CheckCircleIcon,
  warning: AlertTriangleIcon,
  destructive: AlertCircleIcon,
} satisfies Record<AlertVariant, unknown>;

export interface AlertProps
  extends React.HTMLAttributes<HTMLDivElement>, VariantProps<typeof alertVariants> {
  /**
   * Show the variant's icon (or `icon`) at the inline start.
   * @default true
   */
  showIcon?: boolean;
  /**
   * Replaces the variant's icon: an icon from `@nexod/icons`. Decorative: the title says what
   * the message is.
   */
  icon?: React.ReactNode;
  /**
   * `alert` interrupts a screen reader when the alert appears (assertive): for errors that
   * stop the task. `status` waits for a pause (polite): for everything else. Only alerts that
   * appear after the page loaded are announced.
   * @default "alert" for destructive, "status" for the other variants
   */
  role?: "alert" | "status" | (string & {});
}

/**
 * A message about the page or the task, shown in the content (`layout="callout"`) or across
 * the top (`layout="banner"`): an icon, `AlertTitle`, `AlertDescription` and an optional
 * `AlertAction`. Server component; add `AlertDismiss` (a small client part) to let people
 * close it.
 */
export const Alert = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { className, variant, layout, showIcon = true, icon, role, children, ...props },
  ref,
) {
  const resolved = variant ?? defaults.variant;
  if (!(resolved in variantIcons)) {
    throw new Error(
      `Alert: variant must be one of ${Object.keys(variantIcons).join(", ")}; got ${JSON.stringify(variant)}.`,
    );
  }
  const Icon = variantIcons[resolved];
  return (
    <div
      ref={ref}
      role={role ?? (resolved === "destructive" ? "alert" : "status")}
      data-slot="alert"
      data-variant={resolved}
      data-layout={layout ?? defaults.layout}
      className={cx(alertVariants({ variant, layout }), className)}
      {...props}
    >
      {showIcon ? (
        <span className="nx-alert__icon" aria-hidden="true">
          {icon ?? <Icon size="sm" />}
        </span>
      ) : null}
      {children}
    </div>
  );
});

export type AlertTitleProps = React.HTMLAttributes<HTMLDivElement>;

/** What happened, in a few words: "Payment failed". */
export const AlertTitle = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AlertTitleProps>(
  function AlertTitle({ className, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="alert-title"
        className={cx("nx-alert-title", className)}
        {...props}
      />
    );
  },
);

export type AlertDescriptionProps = React.HTMLAttributes<HTMLDivElement>;

/** Why, and what to do: one or two sentences, links allowed. */
export const AlertDescription = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  AlertDescriptionProps
>(function AlertDescription({ className, ...props }, ref) {
  return (
    <div
      ref={ref}
      data-slot="alert-description"
      className={cx("nx-alert-description", className)}
      {...props}
    />
  );
});

export type AlertActionProps = React.HTMLAttributes<HTMLDivElement>;

/** The action that resolves the message ("Update card", "Retry"): buttons or links. */
export const AlertAction = /* @__PURE__ */ React.forwardRef<HTMLDivElement, AlertActionProps>(
  function AlertAction({ className, ...props }, ref) {
    return (
      <div
        ref={ref}
        data-slot="alert-action"
        className={cx("nx-alert-action", className)}
        {...props}
      />
    );
  },
);
