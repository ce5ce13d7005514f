import { CheckIcon, XIcon } from "@nexod/icons";
import { Slot, Slottable } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Values used when a prop is not given. */
const defaults = { orientation: "horizontal" } as const;

/** Class names of the Stepper's looks (styles: stepper.css). */
export const stepperVariants = /* @__PURE__ */ cva("nx-stepper", {
  variants: {
    /**
     * Steps in a row (a wizard's header) or in a column (a side panel, a narrow screen).
     * @default "horizontal"
     */
    orientation: {
      horizontal: "nx-stepper--horizontal",
      vertical: "nx-stepper--vertical",
    },
  },
  defaultVariants: defaults,
});

export interface StepperProps
  extends React.OlHTMLAttributes<HTMLOListElement>, VariantProps<typeof stepperVariants> {
  /**
   * Accessible name of the list; translate it.
   * @default "Progress"
   */
  "aria-label"?: string;
}

/**
 * The steps of a multi-step form or process, in order, each marked complete, current, upcoming
 * or in error. Server component: ships no client JavaScript.
 */
export const Stepper = /* @__PURE__ */ React.forwardRef<HTMLOListElement, StepperProps>(
  function Stepper({ className, orientation, "aria-label": label = "Progress", ...props }, ref) {
    return (
      <ol
        ref={ref}
        aria-label={label}
        data-orientation={orientation ?? defaults.orientation}
        data-slot="stepper"
        className={cx(stepperVariants({ orientation }), className)}
        {...props}
      />
    );
  },
);

/** Where a step stands. */
export type StepperStatus = "complete" | "current" | "upcoming" | "error";

const statuses: readonly StepperStatus[] = ["complete", "current", "upcoming", "error"];

const defaultStatusLabels: Record<StepperStatus, string> = {
  complete: "Completed",
  current: "Current step",
  upcoming: "Not started",
  error: "Has errors",
};

export interface StepperItemProps extends Omit<React.LiHTMLAttributes<HTMLLIElement>, "title"> {
  /**
   * Where the step stands: `complete` shows a check, `error` a cross, `current` and `upcoming`
   * the step's number. The current step gets `aria-current="step"`.
   * @default "upcoming"
   */
  status?: StepperStatus;
  /** The step's number, shown in the marker of current and upcoming steps. */
  step: number;
  /** The step's name. */
  title: React.ReactNode;
  /** A line under the title (what the step asks for, or what went wrong). */
  description?: React.ReactNode;
  /**
   * The word screen readers hear after the title for each status; translate it.
   * @default { complete: "Completed", current: "Current step", upcoming: "Not started", error: "Has errors" }
   */
  statusLabels?: Partial<Record<StepperStatus, string>>;
  /**
   * Make the step clickable: pass one empty `<a href>` (or Next.js `Link`) or `<button>`; the
   * step's marker, title and description render inside it.
   * @default false
   */
  asChild?: boolean;
  /** With `asChild`: the link or button to render the step in. */
  children?: React.ReactElement;
}

/**
 * One step: a marker (number, check or cross), its title and description, and a line to the
 * next step. The status is written out for screen readers, which cannot see the marker.
 */
export const StepperItem = /* @__PURE__ */ React.forwardRef<HTMLLIElement, StepperItemProps>(
  function StepperItem(
    {
      className,
      status = "upcoming",
      step,
      title,
      description,
      statusLabels,
      asChild = false,
      children,
      ...props
    },
    ref,
  ) {
    if (!statuses.includes(status)) {
      throw new Error(
        `StepperItem: status="${String(status)}" must be one of ${statuses.map((s) => `"${s}"`).join(", ")}.`,
      );
    }
    if (asChild && !React.isValidElement(children)) {
      throw new Error("StepperItem: asChild needs one element child (an <a href> or a <button>).");
    }
    const label = { ...defaultStatusLabels, ...statusLabels }[status];
    const Body = asChild ? Slot : "div";
    return (
      <li
        ref={ref}
        data-status={status}
        data-slot="stepper-item"
        className={cx("nx-stepper-item", className)}
        {...props}
      >
        <Body
          aria-current={status === "current" ? "step" : undefined}
          data-interactive={asChild ? "" : undefined}
          data-status={status}
          className={asChild ? "nx-stepper-item__body nx-focus-ring" : "nx-stepper-item__body"}
        >
          <span aria-hidden="true" className="nx-stepper-item__marker">
            {status === "complete" ? (
              <CheckIcon size="sm" strokeWidth={2.5} className="nx-stepper-item__icon nx-icon-sm" />
            ) : status === "error" ? (
              <XIcon size="sm" strokeWidth={2.5} className="nx-stepper-item__icon nx-icon-sm" />
            ) : (
              step
            )}
          </span>
          {asChild && <Slottable>{children}</Slottable>}
          <span className="nx-stepper-item__text">
            <span className="nx-stepper-item__title">
              {title}
              <span className="nx-stepper-item__status nx-visually-hidden">{`, ${label}`}</span>
            </span>
            {description != null && (
              <span className="nx-stepper-item__description">{description}</span>
            )}
          </span>
        </Body>
        <span aria-hidden="true" className="nx-stepper-item__connector" />
      </li>
    );
  },
);
