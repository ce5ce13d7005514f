"use client";

import { cva, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { Checkbox, type CheckboxProps } from "../checkbox";
import { Field } from "../field";
import { Fieldset, type FieldsetProps } from "../fieldset";
import { useStringSet } from "./use-string-set";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { orientation: "vertical", size: "md" } as const;

/** Class names of a CheckboxGroup's list of options (styles: checkbox-group.css). */
export const checkboxGroupVariants = /* @__PURE__ */ cva("nx-checkbox-group", {
  variants: {
    /**
     * `vertical`: one option per line. `horizontal`: options side by side, wrapping (short
     * labels only).
     * @default "vertical"
     */
    orientation: {
      vertical: "nx-checkbox-group--vertical",
      horizontal: "nx-checkbox-group--horizontal",
    },
  },
  defaultVariants: { orientation: defaults.orientation },
});

interface CheckboxGroupContextValue {
  name: string | undefined;
  value: string[];
  setChecked(item: string, checked: boolean): void;
  selectAll(checked: boolean): void;
  allValues: readonly string[];
  enabledValues: readonly string[];
  disabled: boolean;
  invalid: boolean;
  size: CheckboxProps["size"];
}

const CheckboxGroupContext = /* @__PURE__ */ React.createContext<CheckboxGroupContextValue | null>(
  null,
);

function useCheckboxGroup(part: string) {
  const context = React.useContext(CheckboxGroupContext);
  if (!context) throw new Error(`${part} must be inside a <CheckboxGroup>.`);
  return context;
}

export interface CheckboxGroupProps
  extends
    Omit<FieldsetProps, "variant" | "defaultValue" | "onChange" | "children">,
    VariantProps<typeof checkboxGroupVariants> {
  /** The checked options' values when controlled. */
  value?: string[];
  /**
   * The options checked on first render when uncontrolled.
   * @default []
   */
  defaultValue?: string[];
  /** Called with the checked values (in the options' order) when the user changes one. */
  onValueChange?(value: string[]): void;
  /**
   * Name under which every checked option's `value` is submitted with the owning form
   * (`formData.getAll(name)`).
   */
  name?: string;
  /**
   * Size of every checkbox.
   * @default "md"
   */
  size?: CheckboxProps["size"];
  /**
   * Every option's value, for `CheckboxGroupSelectAll`. Read from the `CheckboxGroupItem`s
   * among the children (fragments included) when not given; set it when the items are
   * rendered by another component.
   */
  allValues?: readonly string[];
  /** `CheckboxGroupItem`s, and optionally a `CheckboxGroupSelectAll` first. */
  children: React.ReactNode;
}

interface ItemSummary {
  value: string;
  disabled: boolean;
}

function collectItems(children: React.ReactNode): ItemSummary[] {
  return React.Children.toArray(children).flatMap((child): ItemSummary[] => {
    if (!React.isValidElement<Partial<CheckboxGroupItemProps>>(child)) return [];
    if (child.type === React.Fragment) return collectItems(child.props.children);
    if (child.type === CheckboxGroupItem && typeof child.props.value === "string") {
      return [{ value: child.props.value, disabled: child.props.disabled === true }];
    }
    return [];
  });
}

/**
 * A question answered with any number of checkboxes ("Notify me about"): a `Fieldset` whose
 * legend names the group, with one `string[]` value, an optional "select all" parent and a
 * shared `name` so a plain form submits every checked value. Glue over our native `Checkbox`.
 */
export const CheckboxGroup = /* @__PURE__ */ React.forwardRef<
  HTMLFieldSetElement,
  CheckboxGroupProps
>(function CheckboxGroup(
  {
    className,
    orientation,
    size = defaults.size,
    value,
    defaultValue,
    onValueChange,
    name,
    allValues: allValuesProp,
    disabled = false,
    error,
    children,
    ...props
  },
  ref,
) {
  const items = collectItems(children);
  const allValues = allValuesProp ?? items.map((item) => item.value);
  const disabledValues = items.filter((item) => item.disabled).map((item) => item.value);
  const enabledValues = allValues.filter((item) => !disabledValues.includes(item));
  const { current, setChecked, commit } = useStringSet({
    value,
    defaultValue,
    onValueChange,
    order: allValues,
  });
  const invalid = error != null && error !== false && error !== "";

  const context: CheckboxGroupContextValue = {
    name,
    value: current,
    setChecked,
    selectAll: (checked) => {
      const next = new Set(current.filter((item) => !enabledValues.includes(item)));
      if (checked) enabledValues.forEach((item) => next.add(item));
      commit(next);
    },
    allValues,
    enabledValues,
    disabled,
    invalid,
    size,
  };

  return (
    <Fieldset
      ref={ref}
      data-slot="checkbox-group"
      disabled={disabled}
      error={error}
      {...props}
      className={className}
    >
      <div
        data-slot="checkbox-group-items"
        data-orientation={orientation ?? defaults.orientation}
        className={checkboxGroupVariants({ orientation })}
      >
        <CheckboxGroupContext.Provider value={context}>{children}</CheckboxGroupContext.Provider>
      </div>
    </Fieldset>
  );
});

export interface CheckboxGroupItemProps extends Omit<
  CheckboxProps,
  "value" | "checked" | "defaultChecked" | "onCheckedChange" | "name" | "size"
> {
  /** The value this option adds to the group's value (and submits) when checked. */
  value: string;
  /** The option's visible name. */
  label: React.ReactNode;
  /** Help text under the label, announced with the checkbox. */
  description?: React.ReactNode;
  /**
   * Not toggleable; "select all" leaves it as it is.
   * @default false
   */
  disabled?: boolean;
}

/** One option of a CheckboxGroup: a `Checkbox` with its label (and description) in a `Field`. */
export const CheckboxGroupItem = /* @__PURE__ */ React.forwardRef<
  HTMLInputElement,
  CheckboxGroupItemProps
>(function CheckboxGroupItem({ value, label, description, disabled = false, ...props }, ref) {
  const group = useCheckboxGroup("CheckboxGroupItem");
  return (
    <Field orientation="horizontal" label={label} description={description}>
      <Checkbox
        ref={ref}
        data-slot="checkbox-group-item"
        name={group.name}
        value={value}
        size={group.size}
        checked={group.value.includes(value)}
        onCheckedChange={(checked) => group.setChecked(value, checked === true)}
        disabled={group.disabled || disabled}
        aria-invalid={group.invalid || undefined}
        {...props}
      />
    </Field>
  );
});

export interface CheckboxGroupSelectAllProps extends Omit<
  CheckboxProps,
  "value" | "checked" | "defaultChecked" | "onCheckedChange" | "name" | "size"
> {
  /**
   * The parent option's visible name.
   * @default "Select all"
   */
  label?: React.ReactNode;
}

/**
 * The "select all" parent of a CheckboxGroup: checked when every enabled option is,
 * indeterminate (`aria-checked="mixed"`) when some are; toggling it checks or clears them all.
 * It submits nothing itself. Put it first among the group's children.
 */
export const CheckboxGroupSelectAll = /* @__PURE__ */ React.forwardRef<
  HTMLInputElement,
  CheckboxGroupSelectAllProps
>(function CheckboxGroupSelectAll({ label = "Select all", disabled = false, ...props }, ref) {
  const group = useCheckboxGroup("CheckboxGroupSelectAll");
  if (group.allValues.length === 0) {
    throw new Error(
      "CheckboxGroupSelectAll: the group has no options to select. Put CheckboxGroupItems " +
        "directly inside the CheckboxGroup, or pass their values as `allValues`.",
    );
  }
  const checkedCount = group.enabledValues.filter((item) => group.value.includes(item)).length;
  const checked =
    checkedCount === 0
      ? false
      : checkedCount === group.enabledValues.length
        ? true
        : ("indeterminate" as const);
  return (
    <Field orientation="horizontal" label={label} className="nx-checkbox-group__select-all">
      <Checkbox
        ref={ref}
        data-slot="checkbox-group-select-all"
        size={group.size}
        checked={checked}
        onCheckedChange={(next) => group.selectAll(next === true)}
        disabled={group.disabled || disabled || group.enabledValues.length === 0}
        aria-invalid={group.invalid || undefined}
        {...props}
      />
    </Field>
  );
});
