"use client";

import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import {
  stopArrowsAtEnds,
  useControllableState,
  useNativeSync,
  useRadioGroupState,
} from "../../shared/native-control-state";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { columns: 1 } as const;

/** Class names of a RadioCards or CheckboxCards grid (styles: choice-cards.css). */
export const choiceCardsVariants = /* @__PURE__ */ cva("nx-choice-cards", {
  variants: {
    /**
     * Cards per row at most; a row holds fewer when the cards would get narrower than 14rem.
     * @default 1
     */
    columns: {
      1: "nx-choice-cards--1",
      2: "nx-choice-cards--2",
      3: "nx-choice-cards--3",
    },
  },
  defaultVariants: { columns: defaults.columns },
});

/** What a card shows: its title, a description and an optional icon. */
interface CardContentProps {
  /** The card's title; it is the option's accessible name. */
  label: React.ReactNode;
  /** A sentence under the title, announced as the option's description. */
  description?: React.ReactNode;
  /** An icon from `@nexod/icons` before the title (decorative). */
  icon?: React.ReactNode;
}

/** The input's own attributes an item takes; the group owns the rest. */
type ItemInputProps = Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "type" | "size" | "value" | "name" | "checked" | "defaultChecked" | "children"
>;

/**
 * A card: a `<label>` (the card's look) around its content and the native input, which is the
 * indicator. The input is named by the title and described by the description; a click anywhere
 * on the card (before hydration too) is a click on the label, so the browser toggles the input.
 */
function Card({
  slot,
  checked,
  disabled,
  className,
  style,
  label,
  description,
  icon,
  renderInput,
}: CardContentProps & {
  slot: string;
  checked: boolean;
  disabled: boolean;
  className: string | undefined;
  style: React.CSSProperties | undefined;
  renderInput(aria: { "aria-labelledby": string; "aria-describedby"?: string }): React.ReactNode;
}) {
  const id = React.useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  return (
    <label
      data-slot={slot}
      data-state={checked ? "checked" : "unchecked"}
      data-disabled={disabled || undefined}
      style={style}
      className={cx("nx-choice-cards-item nx-hover-tint", className)}
    >
      {icon != null && (
        <span
          aria-hidden="true"
          data-slot="choice-cards-icon"
          className="nx-choice-cards-item__icon"
        >
          {icon}
        </span>
      )}
      <span className="nx-choice-cards-item__text">
        <span id={labelId} data-slot="choice-cards-label" className="nx-choice-cards-item__label">
          {label}
        </span>
        {description != null && (
          <span
            id={descriptionId}
            data-slot="choice-cards-description"
            className="nx-choice-cards-item__description"
          >
            {description}
          </span>
        )}
      </span>
      {renderInput({
        "aria-labelledby": labelId,
        "aria-describedby": description != null ? descriptionId : undefined,
      })}
    </label>
  );
}

interface RadioCardsContextValue {
  name: string;
  value: string | null;
  disabled: boolean;
  required: boolean;
  select(value: string): void;
}

const RadioCardsContext = /* @__PURE__ */ React.createContext<RadioCardsContextValue | null>(null);

export interface RadioCardsProps
  extends
    Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue">,
    VariantProps<typeof choiceCardsVariants> {
  /** The selected card's `value` when controlled (`null`: none selected). */
  value?: string | null;
  /** The card selected on first render when uncontrolled. */
  defaultValue?: string;
  /** Called with the card's `value` when the user selects it (or its form is reset). */
  onValueChange?(value: string): void;
  /**
   * Name under which the selected value is submitted with the owning form; the radios share
   * it, which is what groups them for the browser's arrow keys.
   * @default a generated name (`useId`)
   */
  name?: string;
  /**
   * Disables every card.
   * @default false
   */
  disabled?: boolean;
  /**
   * The user must select a card before the owning form submits.
   * @default false
   */
  required?: boolean;
  /**
   * Arrow keys wrap from the last card to the first and back.
   * @default true
   */
  loop?: boolean;
}

/**
 * Cards of which the user picks exactly one (a plan, a shipping speed): a `radiogroup` of native
 * `<input type="radio">`s sharing a `name`, so Tab enters at the selected card, every arrow key
 * moves and selects, and the form submits the value, all before hydration too. Name it with a
 * `Field`, a `Fieldset` legend or `aria-label`.
 */
export const RadioCards = /* @__PURE__ */ React.forwardRef<HTMLDivElement, RadioCardsProps>(
  function RadioCards(
    {
      className,
      columns,
      value: valueProp,
      defaultValue,
      onValueChange,
      name: nameProp,
      disabled = false,
      required = false,
      loop = true,
      onKeyDown,
      children,
      ...props
    },
    ref,
  ) {
    const groupRef = React.useRef<HTMLDivElement>(null);
    React.useImperativeHandle(ref, () => groupRef.current!, []);
    const generatedName = React.useId();
    const name = nameProp ?? generatedName;
    const [value, setValue] = useRadioGroupState(
      groupRef,
      name,
      valueProp,
      defaultValue,
      onValueChange,
    );
    return (
      // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- the radios inside take focus; their arrow keys bubble here
      <div
        ref={groupRef}
        role="radiogroup"
        data-slot="radio-cards"
        data-columns={columns ?? defaults.columns}
        aria-required={required || undefined}
        data-disabled={disabled || undefined}
        {...props}
        onKeyDown={(event) => {
          onKeyDown?.(event);
          // The browser wraps at the ends; without `loop` the first and last card stop.
          if (!loop) stopArrowsAtEnds(event);
        }}
        className={cx(choiceCardsVariants({ columns }), className)}
      >
        <RadioCardsContext.Provider value={{ name, value, disabled, required, select: setValue }}>
          {children}
        </RadioCardsContext.Provider>
      </div>
    );
  },
);

export interface RadioCardsItemProps extends ItemInputProps, CardContentProps {
  /** The value the group reports (and submits) when this card is selected. */
  value: string;
  /**
   * Not selectable; arrow keys skip it.
   * @default false
   */
  disabled?: boolean;
  /** Classes for the card (the `<label>`), after ours. */
  className?: string;
  /** Inline styles of the card (the `<label>`). */
  style?: React.CSSProperties;
}

/**
 * One card of RadioCards: a `<label>` around a native `<input type="radio">`, named by its
 * `label`, described by its `description`. `className` and `style` go to the card, every other
 * prop (`id`, `aria-*`, handlers) to the input; the ref is the `HTMLInputElement`.
 */
export const RadioCardsItem = /* @__PURE__ */ React.forwardRef<
  HTMLInputElement,
  RadioCardsItemProps
>(function RadioCardsItem(
  { className, style, label, description, icon, value, disabled = false, onChange, ...props },
  ref,
) {
  const group = React.useContext(RadioCardsContext);
  if (!group) throw new Error("RadioCardsItem must be inside <RadioCards>.");
  const checked = group.value === value;
  const off = group.disabled || disabled;
  return (
    <Card
      slot="radio-cards-item"
      checked={checked}
      disabled={off}
      className={className}
      style={style}
      label={label}
      description={description}
      icon={icon}
      renderInput={(aria) => (
        <input
          type="radio"
          ref={ref}
          data-slot="radio-cards-indicator"
          name={group.name}
          required={group.required}
          disabled={off}
          {...aria}
          {...props}
          value={value}
          data-state={checked ? "checked" : "unchecked"}
          checked={checked}
          onChange={(event) => {
            onChange?.(event);
            if (event.target.checked) group.select(value);
          }}
          className="nx-radio-group-item nx-radio-group-item--md"
        />
      )}
    />
  );
});

interface CheckboxCardsContextValue {
  name: string | undefined;
  value: string[];
  setChecked(item: string, checked: boolean): void;
  disabled: boolean;
  invalid: boolean;
}

const CheckboxCardsContext = /* @__PURE__ */ React.createContext<CheckboxCardsContextValue | null>(
  null,
);

export interface CheckboxCardsProps
  extends
    Omit<React.HTMLAttributes<HTMLDivElement>, "defaultValue" | "onChange">,
    VariantProps<typeof choiceCardsVariants> {
  /** The checked cards' values when controlled. */
  value?: string[];
  /**
   * The cards checked on first render when uncontrolled.
   * @default []
   */
  defaultValue?: string[];
  /** Called with the checked values when the user toggles a card (or its form is reset). */
  onValueChange?(value: string[]): void;
  /** Name under which every checked card's value is submitted (`formData.getAll(name)`). */
  name?: string;
  /**
   * Disables every card.
   * @default false
   */
  disabled?: boolean;
}

/**
 * Cards of which the user picks any number (add-ons, interests): each a native
 * `<input type="checkbox">`, a Tab stop toggled with Space, that toggles and submits before
 * hydration too. `role="group"`; name it with a `Field`, a `Fieldset` legend or `aria-label`.
 */
export const CheckboxCards = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CheckboxCardsProps>(
  function CheckboxCards(
    {
      className,
      columns,
      value: valueProp,
      defaultValue,
      onValueChange,
      name,
      disabled = false,
      children,
      ...props
    },
    ref,
  ) {
    const groupRef = React.useRef<HTMLDivElement>(null);
    React.useImperativeHandle(ref, () => groupRef.current!, []);
    const [value, setValue] = useControllableState(valueProp, defaultValue ?? [], onValueChange);
    useNativeSync(value, setValue, () => {
      const boxes = [...(groupRef.current?.querySelectorAll("input") ?? [])].filter(
        (input) => input.type === "checkbox",
      );
      if (!boxes[0]) return undefined;
      if (boxes.every((box) => box.checked === value.includes(box.value))) {
        return { input: boxes[0], shown: value };
      }
      // Values without a card stay; the cards' part is what the page shows.
      const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
      const others = value.filter((item) => !boxes.some((box) => box.value === item));
      return { input: boxes[0], shown: [...others, ...ticked] };
    });
    const ariaInvalid = props["aria-invalid"];
    const invalid = ariaInvalid !== undefined && ariaInvalid !== false && ariaInvalid !== "false";
    const setChecked = (item: string, checked: boolean) =>
      setValue(
        checked ? [...value.filter((v) => v !== item), item] : value.filter((v) => v !== item),
      );
    return (
      <div
        ref={groupRef}
        role="group"
        data-slot="checkbox-cards"
        data-columns={columns ?? defaults.columns}
        data-disabled={disabled || undefined}
        {...props}
        className={cx(choiceCardsVariants({ columns }), className)}
      >
        <CheckboxCardsContext.Provider value={{ name, value, setChecked, disabled, invalid }}>
          {children}
        </CheckboxCardsContext.Provider>
      </div>
    );
  },
);

export interface CheckboxCardsItemProps extends ItemInputProps, CardContentProps {
  /** The value this card adds to the group's value (and submits) when checked. */
  value: string;
  /**
   * Not toggleable; Tab skips it.
   * @default false
   */
  disabled?: boolean;
  /** Classes for the card (the `<label>`), after ours. */
  className?: string;
  /** Inline styles of the card (the `<label>`). */
  style?: React.CSSProperties;
}

/**
 * One card of CheckboxCards: a `<label>` around a native `<input type="checkbox">`, named by its
 * `label`, described by its `description`. `className` and `style` go to the card, every other
 * prop (`id`, `aria-*`, handlers) to the input; the ref is the `HTMLInputElement`.
 */
export const CheckboxCardsItem = /* @__PURE__ */ React.forwardRef<
  HTMLInputElement,
  CheckboxCardsItemProps
>(function CheckboxCardsItem(
  { className, style, label, description, icon, value, disabled = false, onChange, ...props },
  ref,
) {
  const group = React.useContext(CheckboxCardsContext);
  if (!group) throw new Error("CheckboxCardsItem must be inside <CheckboxCards>.");
  const checked = group.value.includes(value);
  const off = group.disabled || disabled;
  return (
    <Card
      slot="checkbox-cards-item"
      checked={checked}
      disabled={off}
      className={className}
      style={style}
      label={label}
      description={description}
      icon={icon}
      renderInput={(aria) => (
        <input
          type="checkbox"
          ref={ref}
          data-slot="checkbox-cards-indicator"
          aria-invalid={group.invalid || undefined}
          name={group.name}
          disabled={off}
          {...aria}
          {...props}
          value={value}
          data-state={checked ? "checked" : "unchecked"}
          checked={checked}
          onChange={(event) => {
            onChange?.(event);
            group.setChecked(value, event.target.checked);
          }}
          className="nx-checkbox nx-checkbox--md"
        />
      )}
    />
  );
});
