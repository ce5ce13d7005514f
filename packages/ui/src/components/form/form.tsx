"use client";

import { cva, cx } from "class-variance-authority";
import * as React from "react";
import {
  FormProvider,
  useController,
  useFormContext,
  type Control,
  type FieldPath,
  type FieldPathValue,
  type FieldValues,
  type RegisterOptions,
  type SubmitErrorHandler,
  type SubmitHandler,
  type UseFormReturn,
} from "react-hook-form";
import { Field, type FieldProps } from "../field";

/** Class names of a Form's layout (styles: form.css). */
export const formVariants = /* @__PURE__ */ cva("nx-form");

export interface FormProps<TValues extends FieldValues> extends Omit<
  React.FormHTMLAttributes<HTMLFormElement>,
  "onSubmit" | "onInvalid"
> {
  /** What `useForm()` returned: the form's state, shared with every `FormField` inside. */
  form: UseFormReturn<TValues>;
  /** Called with the validated values (after the resolver, e.g. zod, accepted them). */
  onSubmit: SubmitHandler<TValues>;
  /**
   * Called with the errors when validation fails. The first invalid field is focused and every
   * `FormField` shows its message either way.
   */
  onInvalid?: SubmitErrorHandler<TValues>;
}

/**
 * A `<form>` bound to react-hook-form: validates on submit (with the resolver you gave
 * `useForm`, e.g. `zodResolver(schema)`), shows each `FormField`'s error, focuses the first
 * invalid field, and calls `onSubmit` with the values. `noValidate`: the schema, not the
 * browser, owns validation messages. Needs the optional peer `react-hook-form`; import from
 * `@nexod/ui/form`.
 *
 * With a server action, keep `action={serverAction}` on the form (it submits before JavaScript
 * loads) and call the action from `onSubmit` once hydrated.
 */
export function Form<TValues extends FieldValues>({
  form,
  onSubmit,
  onInvalid,
  className,
  children,
  ...props
}: FormProps<TValues>) {
  return (
    <FormProvider {...form}>
      <form
        data-slot="form"
        noValidate
        {...props}
        className={cx(formVariants(), className)}
        onSubmit={form.handleSubmit(onSubmit, onInvalid)}
      >
        {children}
      </form>
    </FormProvider>
  );
}

/** The props a control gets from a `FormField`, in the shape its kind of control takes. */
export interface FormFieldBindings<TValue> {
  /** Text-like controls (`Input`, `Textarea`, `NativeSelect`, `TimeField`): `value` + `onChange` event. */
  input: {
    name: string;
    value: TValue;
    onChange: (event: React.ChangeEvent<HTMLInputElement> | TValue) => void;
    onBlur: () => void;
    ref: React.RefCallback<HTMLElement>;
    disabled?: boolean;
  };
  /** On/off controls (`Checkbox`, `Switch`): `checked` + `onCheckedChange`; the value is a boolean. */
  checked: {
    name: string;
    checked: boolean;
    onCheckedChange: (checked: boolean | "indeterminate") => void;
    onBlur: () => void;
    ref: React.RefCallback<HTMLElement>;
    disabled?: boolean;
  };
  /**
   * Value controls (`Select`, `RadioGroup`, `Combobox`, `DatePicker`, `DateRangePicker`,
   * `NumberInput`, `Slider`, `ToggleGroup`, `CheckboxGroup`, `OTPInput`): `value` +
   * `onValueChange`.
   */
  value: {
    name: string;
    value: TValue;
    onValueChange: (value: TValue) => void;
    onBlur: () => void;
    ref: React.RefCallback<HTMLElement>;
    disabled?: boolean;
  };
}

export type FormFieldBinding = keyof FormFieldBindings<unknown>;

export interface FormFieldProps<
  TValues extends FieldValues = FieldValues,
  TName extends FieldPath<TValues> = FieldPath<TValues>,
> extends Omit<FieldProps, "children" | "error" | "id"> {
  /** The field's path in the form values (`"email"`, `"address.city"`). */
  name: TName;
  /**
   * How the control takes its value: `input` (`value` + `onChange`, the default: Input,
   * Textarea, NativeSelect), `checked` (`checked` + `onCheckedChange`: Checkbox, Switch) or
   * `value` (`value` + `onValueChange`: Select, RadioGroup, Combobox, DatePicker, Slider…).
   * @default "input"
   */
  bind?: FormFieldBinding;
  /** The form's `control`, when the field is not inside a `Form` (or another `FormProvider`). */
  control?: Control<TValues>;
  /** Rules checked by react-hook-form itself; with a schema resolver, put them in the schema. */
  rules?: Omit<
    RegisterOptions<TValues, TName>,
    "disabled" | "setValueAs" | "valueAsNumber" | "valueAsDate"
  >;
  /**
   * The control: one element that receives the binding (and, from `Field`, its id, label and
   * error wiring), or a function that gets every binding and returns the control.
   */
  children:
    | React.ReactElement
    | ((field: FormFieldBindings<FieldPathValue<TValues, TName>>) => React.ReactElement);
}

/** Calls both handlers: the control's own (from its props) and the form's. */
function chain<A extends unknown[]>(
  own: ((...args: A) => void) | undefined,
  form: (...args: A) => void,
): (...args: A) => void {
  return own
    ? (...args) => {
        own(...args);
        form(...args);
      }
    : form;
}

/**
 * One form field in one line: label, description, the control bound to react-hook-form, and
 * its validation message with `aria-invalid`, `aria-describedby` and the required marker, all
 * through `Field`.
 *
 * ```tsx
 * <FormField name="title" label="Project name" required><Input /></FormField>
 * <FormField name="notify" label="Email me" orientation="horizontal" bind="checked"><Switch /></FormField>
 * <FormField name="due" label="Due date" bind="value"><DatePicker /></FormField>
 * ```
 */
export function FormField<
  TValues extends FieldValues = FieldValues,
  TName extends FieldPath<TValues> = FieldPath<TValues>,
>({
  name,
  bind = "input",
  control,
  rules,
  children,
  ...fieldProps
}: FormFieldProps<TValues, TName>) {
  const context = useFormContext<TValues>() as UseFormReturn<TValues> | null;
  const formControl = control ?? context?.control;
  if (!formControl)
    throw new Error(
      `FormField "${name}" has no form: put it inside <Form form={form}> or pass control={form.control}.`,
    );
  const { field, fieldState } = useController({ name, control: formControl, rules });

  type Value = FieldPathValue<TValues, TName>;
  const bindings: FormFieldBindings<Value> = {
    input: {
      name: field.name,
      // A controlled text input needs a string from the first render on.
      value: (field.value ?? "") as Value,
      onChange: field.onChange,
      onBlur: field.onBlur,
      ref: field.ref,
      disabled: field.disabled,
    },
    checked: {
      name: field.name,
      checked: field.value === true,
      onCheckedChange: (checked) => field.onChange(checked === true),
      onBlur: field.onBlur,
      ref: field.ref,
      disabled: field.disabled,
    },
    value: {
      name: field.name,
      value: field.value as Value,
      onValueChange: field.onChange,
      onBlur: field.onBlur,
      ref: field.ref,
      disabled: field.disabled,
    },
  };

  let element: React.ReactElement;
  if (typeof children === "function") element = children(bindings);
  else {
    const own = children.props as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...bindings[bind] };
    // The control's own handlers still run, before the form's.
    for (const key of ["onChange", "onBlur", "onValueChange", "onCheckedChange"]) {
      const mine = own[key];
      const form = merged[key];
      if (typeof mine === "function" && typeof form === "function")
        merged[key] = chain(
          mine as (...args: unknown[]) => void,
          form as (...args: unknown[]) => void,
        );
    }
    if (own.disabled === true) merged.disabled = true;
    element = React.cloneElement(children, merged);
  }

  return (
    <Field {...fieldProps} error={fieldState.error?.message ?? (fieldState.invalid || undefined)}>
      {element}
    </Field>
  );
}
