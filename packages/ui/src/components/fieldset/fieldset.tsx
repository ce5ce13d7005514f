import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "plain" } as const;

/** Class names of a Fieldset's looks (styles: fieldset.css). */
export const fieldsetVariants = /* @__PURE__ */ cva("nx-fieldset", {
  variants: {
    /**
     * `plain`: the legend reads as a group heading, no box (a set of checkboxes or radios in a
     * form). `card`: a bordered box, for a section of a longer form (an address).
     * @default "plain"
     */
    variant: {
      plain: "nx-fieldset--plain",
      card: "nx-fieldset--card",
    },
  },
  defaultVariants: { variant: defaults.variant },
});

export interface FieldsetProps
  extends
    Omit<React.FieldsetHTMLAttributes<HTMLFieldSetElement>, "children">,
    VariantProps<typeof fieldsetVariants> {
  /** The group's name, rendered as its `<legend>`: screen readers announce it on entering the group. */
  legend: React.ReactNode;
  /** Help text for the whole group, announced with it (`aria-describedby`). */
  description?: React.ReactNode;
  /**
   * The group's validation message ("Choose at least one topic"). When set it is shown,
   * announced (`role="alert"`) and joins the group's `aria-describedby`.
   */
  error?: React.ReactNode;
  /**
   * Marks the legend with an asterisk (and "required" for screen readers). It does not validate:
   * set `required` on the controls or check in your form code.
   * @default false
   */
  required?: boolean;
  /**
   * Disables every control inside (the browser's own `<fieldset disabled>`: they are skipped by
   * Tab and not submitted) and dims the legend and texts.
   * @default false
   */
  disabled?: boolean;
  /** The controls of the group, usually `Field`s. */
  children?: React.ReactNode;
}

function hasContent(node: React.ReactNode): boolean {
  return node != null && typeof node !== "boolean" && node !== "";
}

/**
 * A native `<fieldset>` with its `<legend>`, description and error: names a group of controls
 * that answer one question ("Notify me about") and disables them together. Server component:
 * ships no client JavaScript.
 *
 * ```tsx
 * <Fieldset legend="Notify me about" error={errors.topics?.message}>
 *   <Field orientation="horizontal" label="Comments"><Checkbox name="topics" value="comments" /></Field>
 * </Fieldset>
 * ```
 */
export const Fieldset = /* @__PURE__ */ React.forwardRef<HTMLFieldSetElement, FieldsetProps>(
  function Fieldset(
    {
      className,
      variant,
      legend,
      description,
      error,
      required = false,
      disabled = false,
      id,
      children,
      ...props
    },
    ref,
  ) {
    const generatedId = React.useId();
    const baseId = id ?? generatedId;
    const descriptionId = `${baseId}-description`;
    const errorId = `${baseId}-error`;
    const hasDescription = hasContent(description);
    const hasError = hasContent(error);
    const describedBy = [
      props["aria-describedby"],
      hasDescription ? descriptionId : undefined,
      hasError ? errorId : undefined,
    ]
      .filter(Boolean)
      .join(" ");

    return (
      <fieldset
        ref={ref}
        id={id}
        data-slot="fieldset"
        data-variant={variant ?? defaults.variant}
        data-invalid={hasError || undefined}
        data-disabled={disabled || undefined}
        disabled={disabled}
        {...props}
        aria-describedby={describedBy || undefined}
        className={cx(fieldsetVariants({ variant }), className)}
      >
        <legend data-slot="fieldset-legend" className="nx-fieldset-legend">
          {legend}
          {required && (
            <>
              <span aria-hidden="true" className="nx-fieldset__required">
                *
              </span>
              <span className="nx-fieldset__hidden"> (required)</span>
            </>
          )}
        </legend>
        {hasDescription && (
          <p
            id={descriptionId}
            data-slot="fieldset-description"
            className="nx-fieldset-description"
          >
            {description}
          </p>
        )}
        <div data-slot="fieldset-content" className="nx-fieldset-content">
          {children}
        </div>
        {hasError && (
          <p id={errorId} role="alert" data-slot="fieldset-error" className="nx-fieldset-error">
            {error}
          </p>
        )}
      </fieldset>
    );
  },
);
