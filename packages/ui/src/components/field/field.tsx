import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { fieldLabelId } from "../../shared/field-ids";
import { Label } from "../label";

/** Class names of a Field's layout (styles: field.css). */
export const fieldVariants = /* @__PURE__ */ cva("nx-field", {
  variants: {
    /**
     * `vertical`: label above the control, description and error below it (text inputs,
     * selects, radio groups). `horizontal`: the control first, its label and texts beside it
     * (checkboxes, switches).
     * @default "vertical"
     */
    orientation: {
      vertical: "nx-field--vertical",
      horizontal: "nx-field--horizontal",
    },
  },
  defaultVariants: { orientation: "vertical" },
});

/** The props Field sets on (or reads from) its control. */
interface FieldControlProps {
  id?: string;
  disabled?: boolean;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
  "aria-required"?: React.AriaAttributes["aria-required"];
}

export interface FieldProps
  extends
    Omit<React.HTMLAttributes<HTMLDivElement>, "id" | "children">,
    VariantProps<typeof fieldVariants> {
  /** The visible name of the control. */
  label: React.ReactNode;
  /** Help text shown with the control and announced with it (`aria-describedby`). */
  description?: React.ReactNode;
  /**
   * The validation message, for example `errors.email?.message` from react-hook-form. When set,
   * it is shown and announced (`role="alert"`), joins `aria-describedby`, and the control gets
   * `aria-invalid`. Pass `true` to mark the control invalid without a message.
   */
  error?: React.ReactNode;
  /**
   * Marks the label with an asterisk and sets `aria-required` on the control. It does not
   * switch on the browser's own validation: validate in your form code (or also set `required`
   * on the control).
   * @default false
   */
  required?: boolean;
  /**
   * The control's `id`, which the label and texts point to. Defaults to the control's own `id`,
   * else a generated one.
   */
  id?: string;
  /**
   * Exactly one control: Input, Textarea, Checkbox, Switch, RadioGroup, a native element, or a
   * `SelectTrigger` (put the Field inside the `Select`, around the trigger). It receives `id`,
   * `aria-labelledby` (unless it has its own), `aria-describedby` (added to its own),
   * `aria-invalid` and `aria-required`; everything else on it, a react-hook-form `register()`
   * ref and handlers included, passes through untouched.
   */
  children: React.ReactElement;
}

function hasContent(node: React.ReactNode): boolean {
  return node != null && typeof node !== "boolean" && node !== "";
}

/**
 * A form control with its label, description and error message, wired for assistive
 * technology. Server component: ships no client JavaScript of its own (its label is a `Label`).
 *
 * ```tsx
 * <Field label="Email" description="We never share it." error={errors.email?.message} required>
 *   <Input type="email" {...register("email")} />
 * </Field>
 * ```
 */
export const Field = /* @__PURE__ */ React.forwardRef<HTMLDivElement, FieldProps>(function Field(
  { className, orientation, label, description, error, required = false, id, children, ...props },
  ref,
) {
  const generatedId = React.useId();
  const control = React.Children.only(children) as React.ReactElement<FieldControlProps>;
  const controlId = id ?? control.props.id ?? generatedId;
  const labelId = fieldLabelId(controlId);
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  const hasDescription = hasContent(description);
  const hasErrorMessage = hasContent(error);
  const invalid = hasErrorMessage || error === true;
  const disabled = control.props.disabled === true;

  const describedBy = [
    control.props["aria-describedby"],
    hasDescription ? descriptionId : undefined,
    hasErrorMessage ? errorId : undefined,
  ]
    .filter(Boolean)
    .join(" ");

  const wiredControl = React.cloneElement(control, {
    id: controlId,
    "aria-labelledby": control.props["aria-labelledby"] ?? labelId,
    "aria-describedby": describedBy || undefined,
    "aria-invalid": invalid ? true : control.props["aria-invalid"],
    "aria-required": required ? true : control.props["aria-required"],
  });

  const labelElement = (
    <Label id={labelId} htmlFor={controlId} disabled={disabled} data-slot="field-label">
      {label}
      {required && (
        <span aria-hidden="true" className="nx-field__required">
          *
        </span>
      )}
    </Label>
  );
  const descriptionElement = hasDescription && (
    <p id={descriptionId} data-slot="field-description" className="nx-field-description">
      {description}
    </p>
  );
  const errorElement = hasErrorMessage && (
    <p id={errorId} role="alert" data-slot="field-error" className="nx-field-error">
      {error}
    </p>
  );

  return (
    <div
      ref={ref}
      data-slot="field"
      data-orientation={orientation ?? "vertical"}
      data-invalid={invalid || undefined}
      data-disabled={disabled || undefined}
      {...props}
      className={cx(fieldVariants({ orientation }), className)}
    >
      {orientation === "horizontal" ? (
        <>
          {wiredControl}
          <div data-slot="field-content" className="nx-field-content">
            {labelElement}
            {descriptionElement}
            {errorElement}
          </div>
        </>
      ) : (
        <>
          {labelElement}
          {wiredControl}
          {descriptionElement}
          {errorElement}
        </>
      )}
    </div>
  );
});
