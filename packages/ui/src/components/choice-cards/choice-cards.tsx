"use client";

import { CheckIcon, DotIcon } from "@nexod/icons";
import * as CheckboxPrimitive from "@radix-ui/react-checkbox";
import * as RadioGroupPrimitive from "@radix-ui/react-radio-group";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { useStringSet } from "../checkbox-group/use-string-set";

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

function CardContent({
  label,
  description,
  icon,
  labelId,
  descriptionId,
  indicator,
}: CardContentProps & { labelId: string; descriptionId: string; indicator: React.ReactNode }) {
  return (
    <>
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
      {indicator}
    </>
  );
}

export interface RadioCardsProps
  extends
    Omit<React.ComponentPropsWithoutRef<typeof RadioGroupPrimitive.Root>, "orientation">,
    VariantProps<typeof choiceCardsVariants> {
  /** The selected card's `value` when controlled. */
  value?: string;
  /** The card selected on first render when uncontrolled. */
  defaultValue?: string;
  /** Called with the card's `value` when the user selects it. */
  onValueChange?(value: string): void;
  /** Name under which the selected value is submitted with the owning form. */
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
 * Cards of which the user picks exactly one (a plan, a shipping speed): a Radix radio group, so
 * Tab enters at the selected card and every arrow key moves and selects. Name it with a
 * `Field`, a `Fieldset` legend or `aria-label`.
 */
export const RadioCards = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof RadioGroupPrimitive.Root>,
  RadioCardsProps
>(function RadioCards({ className, columns, ...props }, ref) {
  return (
    <RadioGroupPrimitive.Root
      ref={ref}
      data-slot="radio-cards"
      data-columns={columns ?? defaults.columns}
      {...props}
      className={cx(choiceCardsVariants({ columns }), className)}
    />
  );
});

export interface RadioCardsItemProps
  extends
    Omit<React.ComponentPropsWithoutRef<typeof RadioGroupPrimitive.Item>, "children">,
    CardContentProps {
  /** The value the group reports (and submits) when this card is selected. */
  value: string;
  /**
   * Not selectable; arrow keys skip it.
   * @default false
   */
  disabled?: boolean;
}

/** One card of RadioCards (`role="radio"`), named by its `label`, described by its `description`. */
export const RadioCardsItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof RadioGroupPrimitive.Item>,
  RadioCardsItemProps
>(function RadioCardsItem({ className, label, description, icon, ...props }, ref) {
  const id = React.useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  return (
    <RadioGroupPrimitive.Item
      ref={ref}
      data-slot="radio-cards-item"
      aria-labelledby={labelId}
      aria-describedby={description != null ? descriptionId : undefined}
      {...props}
      className={cx("nx-choice-cards-item nx-focus-ring nx-hover-tint", className)}
    >
      <CardContent
        label={label}
        description={description}
        icon={icon}
        labelId={labelId}
        descriptionId={descriptionId}
        indicator={
          <span aria-hidden="true" className="nx-choice-cards-item__radio">
            <RadioGroupPrimitive.Indicator
              data-slot="radio-cards-indicator"
              className="nx-choice-cards-item__mark"
            >
              <DotIcon className="nx-choice-cards-item__dot" />
            </RadioGroupPrimitive.Indicator>
          </span>
        }
      />
    </RadioGroupPrimitive.Item>
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
  /** Called with the checked values when the user toggles a card. */
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
 * Cards of which the user picks any number (add-ons, interests): each is a Radix checkbox, a Tab
 * stop toggled with Space. `role="group"`; name it with a `Field`, a `Fieldset` legend or
 * `aria-label`.
 */
export const CheckboxCards = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CheckboxCardsProps>(
  function CheckboxCards(
    {
      className,
      columns,
      value,
      defaultValue,
      onValueChange,
      name,
      disabled = false,
      children,
      ...props
    },
    ref,
  ) {
    const { current, setChecked } = useStringSet({
      value,
      defaultValue,
      onValueChange,
      order: [],
    });
    const ariaInvalid = props["aria-invalid"];
    const invalid = ariaInvalid !== undefined && ariaInvalid !== false && ariaInvalid !== "false";
    return (
      <div
        ref={ref}
        role="group"
        data-slot="checkbox-cards"
        data-columns={columns ?? defaults.columns}
        data-disabled={disabled || undefined}
        {...props}
        className={cx(choiceCardsVariants({ columns }), className)}
      >
        <CheckboxCardsContext.Provider
          value={{ name, value: current, setChecked, disabled, invalid }}
        >
          {children}
        </CheckboxCardsContext.Provider>
      </div>
    );
  },
);

export interface CheckboxCardsItemProps
  extends
    Omit<
      React.ComponentPropsWithoutRef<typeof CheckboxPrimitive.Root>,
      "children" | "checked" | "defaultChecked" | "onCheckedChange" | "value" | "name"
    >,
    CardContentProps {
  /** The value this card adds to the group's value (and submits) when checked. */
  value: string;
  /**
   * Not toggleable; Tab skips it.
   * @default false
   */
  disabled?: boolean;
}

/** One card of CheckboxCards (`role="checkbox"`), named by its `label`, described by its `description`. */
export const CheckboxCardsItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CheckboxPrimitive.Root>,
  CheckboxCardsItemProps
>(function CheckboxCardsItem(
  { className, label, description, icon, value, disabled = false, ...props },
  ref,
) {
  const group = React.useContext(CheckboxCardsContext);
  if (!group) throw new Error("CheckboxCardsItem must be inside <CheckboxCards>.");
  const id = React.useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  return (
    <CheckboxPrimitive.Root
      ref={ref}
      data-slot="checkbox-cards-item"
      aria-labelledby={labelId}
      aria-describedby={description != null ? descriptionId : undefined}
      aria-invalid={group.invalid || undefined}
      name={group.name}
      value={value}
      checked={group.value.includes(value)}
      onCheckedChange={(checked) => group.setChecked(value, checked === true)}
      disabled={group.disabled || disabled}
      {...props}
      className={cx("nx-choice-cards-item nx-focus-ring nx-hover-tint", className)}
    >
      <CardContent
        label={label}
        description={description}
        icon={icon}
        labelId={labelId}
        descriptionId={descriptionId}
        indicator={
          <span aria-hidden="true" className="nx-choice-cards-item__checkbox">
            <CheckboxPrimitive.Indicator
              data-slot="checkbox-cards-indicator"
              className="nx-choice-cards-item__mark"
            >
              <CheckIcon strokeWidth={3} className="nx-choice-cards-item__check" />
            </CheckboxPrimitive.Indicator>
          </span>
        }
      />
    </CheckboxPrimitive.Root>
  );
});
