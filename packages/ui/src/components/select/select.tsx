"use client";

import { CheckIcon, ChevronDownIcon, ChevronUpIcon } from "@nexod/icons";
import * as SelectPrimitive from "@radix-ui/react-select";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { usePortalTheme } from "../theme/theme-context";
import { surfaceClasses } from "../../shared/surface-classes";
import { listClasses } from "../../shared/list-classes";
import type { OpenStateProps } from "../../shared/open-state";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a SelectTrigger's look (styles: select.css). */
export const selectTriggerVariants = /* @__PURE__ */ cva(
  "nx-select-trigger nx-field-box nx-focus-ring",
  {
    variants: {
      /**
       * Height, padding and type size; the same steps as text inputs and buttons.
       * @default "md"
       */
      size: {
        sm: "nx-select-trigger--sm nx-field-box--sm",
        md: "nx-select-trigger--md nx-field-box--md",
        lg: "nx-select-trigger--lg nx-field-box--lg",
      },
    },
    defaultVariants: { size: defaults.size },
  },
);

function assignRef<T>(ref: React.Ref<T> | undefined, node: T | null) {
  if (typeof ref === "function") ref(node);
  else if (ref) (ref as React.RefObject<T | null>).current = node;
}

/** One ref callback that sets both refs (the trigger's own and the one given to `Select`). */
function useComposedRef<T>(a: React.Ref<T> | undefined, b: React.Ref<T> | undefined) {
  return React.useCallback(
    (node: T | null) => {
      assignRef(a, node);
      assignRef(b, node);
    },
    [a, b],
  );
}

/** The props a `Select` passes on to its `SelectTrigger`: what a `Field` or `FormField` sets. */
interface SelectTriggerBindings {
  id?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
  "aria-required"?: React.AriaAttributes["aria-required"];
  onBlur?: React.FocusEventHandler<HTMLButtonElement>;
  ref?: React.Ref<HTMLButtonElement>;
}

const SelectTriggerContext = /* @__PURE__ */ React.createContext<SelectTriggerBindings | null>(
  null,
);

export interface SelectProps
  extends React.ComponentPropsWithoutRef<typeof SelectPrimitive.Root>, OpenStateProps {
  /**
   * The selected item's `value`. Use with `onValueChange` to control it. Passed but
   * `undefined` or `""`, nothing is selected and the placeholder shows (what a
   * react-hook-form field without a default gives); leave the prop out for an uncontrolled
   * select.
   */
  value?: string;
  /** The item selected on first render, when you do not control the value. */
  defaultValue?: string;
  /** Called with the new value when the user chooses an item. */
  onValueChange?: (value: string) => void;
  /**
   * Prevents opening the list and changing the value; the trigger is skipped by Tab.
   * @default false
   */
  disabled?: boolean;
  /**
   * Marks the value as required when the select is part of a form.
   * @default false
   */
  required?: boolean;
  /** Name of the value when the select submits with a form (through a hidden `<select>`). */
  name?: string;
  /**
   * The trigger's `id`. With this and the `aria-*` props below, a `Field` or `FormField` can
   * wrap the whole `Select`: they go on the `SelectTrigger` (its own props win).
   */
  id?: string;
  /** Accessible name of the trigger, when no label names it. */
  "aria-label"?: string;
  /** Ids of the elements that name the trigger (set by a wrapping `Field`). */
  "aria-labelledby"?: string;
  /** Ids of the elements that describe the trigger; joined with the trigger's own. */
  "aria-describedby"?: string;
  /** Shows the error state on the trigger and tells assistive technology. */
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
  /** Announces the value as required without switching on native validation. */
  "aria-required"?: React.AriaAttributes["aria-required"];
  /**
   * Called when focus leaves the select: the trigger loses focus while the list is closed
   * (opening the list moves focus into it and does not count).
   */
  onBlur?: React.FocusEventHandler<HTMLButtonElement>;
}

/**
 * Choose one value from a list. Label the trigger with a `<label htmlFor>` or `aria-label`,
 * or wrap the `Select` (or its trigger) in a `Field`; in a react-hook-form form, put it in a
 * `FormField` with `bind="value"`. The ref is the trigger button. For a handful of options
 * consider a radio group instead.
 */
export const Select = /* @__PURE__ */ React.forwardRef<HTMLButtonElement, SelectProps>(
  function Select(allProps, ref) {
    const {
      id,
      "aria-label": ariaLabel,
      "aria-labelledby": ariaLabelledBy,
      "aria-describedby": ariaDescribedBy,
      "aria-invalid": ariaInvalid,
      "aria-required": ariaRequired,
      onBlur,
      value,
      ...props
    } = allProps;
    const bindings = React.useMemo<SelectTriggerBindings>(
      () => ({
        id,
        "aria-label": ariaLabel,
        "aria-labelledby": ariaLabelledBy,
        "aria-describedby": ariaDescribedBy,
        "aria-invalid": ariaInvalid,
        "aria-required": ariaRequired,
        onBlur,
        ref,
      }),
      [id, ariaLabel, ariaLabelledBy, ariaDescribedBy, ariaInvalid, ariaRequired, onBlur, ref],
    );
    // Radix reads `value={undefined}` as "uncontrolled" and would keep showing the last choice
    // after a form reset: a value prop that is passed but empty means "nothing selected".
    const valueProps = "value" in allProps ? { value: value ?? "" } : {};
    return (
      <SelectTriggerContext.Provider value={bindings}>
        <SelectPrimitive.Root {...props} {...valueProps} />
      </SelectTriggerContext.Provider>
    );
  },
);

export type SelectGroupProps = React.ComponentPropsWithoutRef<typeof SelectPrimitive.Group>;

/** Groups related items; name the group with a `SelectLabel` inside it. */
export const SelectGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Group>,
  SelectGroupProps
>(function SelectGroup(props, ref) {
  return <SelectPrimitive.Group ref={ref} data-slot="select-group" {...props} />;
});

export interface SelectValueProps extends React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.Value
> {
  /** Shown, in the muted colour, while no value is selected. */
  placeholder?: React.ReactNode;
}

/** Shows the selected item's text (or the placeholder) inside the trigger. */
export const SelectValue = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Value>,
  SelectValueProps
>(function SelectValue({ className, ...props }, ref) {
  return (
    <SelectPrimitive.Value
      ref={ref}
      data-slot="select-value"
      className={cx("nx-select-value", className)}
      {...props}
    />
  );
});

export interface SelectTriggerProps
  extends
    React.ComponentPropsWithoutRef<typeof SelectPrimitive.Trigger>,
    VariantProps<typeof selectTriggerVariants> {}

/**
 * The combobox button that shows the value and opens the list with a click, Enter, Space or the
 * arrow keys. Set `aria-invalid` to show the error state.
 */
export const SelectTrigger = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Trigger>,
  SelectTriggerProps
>(function SelectTrigger({ className, size, children, onBlur, ...props }, ref) {
  const root = React.useContext(SelectTriggerContext);
  const composedRef = useComposedRef(ref, root?.ref);
  const describedBy =
    [root?.["aria-describedby"], props["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  return (
    <SelectPrimitive.Trigger
      data-slot="select-trigger"
      data-size={size ?? defaults.size}
      id={root?.id}
      aria-label={root?.["aria-label"]}
      aria-labelledby={root?.["aria-labelledby"]}
      aria-invalid={root?.["aria-invalid"]}
      aria-required={root?.["aria-required"]}
      {...props}
      ref={composedRef}
      aria-describedby={describedBy}
      className={cx(selectTriggerVariants({ size }), className)}
      onBlur={(event) => {
        onBlur?.(event);
        // Opening the list moves focus into it: the select as a whole still has focus.
        const open = event.currentTarget.getAttribute("aria-expanded") === "true";
        if (root?.onBlur && !open) root.onBlur(event);
      }}
    >
      {children}
      <SelectPrimitive.Icon asChild>
        <span data-slot="select-icon" className="nx-select-trigger__icon">
          <ChevronDownIcon size="sm" className="nx-select__chevron" />
        </span>
      </SelectPrimitive.Icon>
    </SelectPrimitive.Trigger>
  );
});

export type SelectScrollUpButtonProps = React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.ScrollUpButton
>;

/** Scrolls a long list up while the pointer rests on it. `SelectContent` renders one for you. */
export const SelectScrollUpButton = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.ScrollUpButton>,
  SelectScrollUpButtonProps
>(function SelectScrollUpButton({ className, ...props }, ref) {
  return (
    <SelectPrimitive.ScrollUpButton
      ref={ref}
      data-slot="select-scroll-up-button"
      className={cx("nx-select-scroll-up-button", className)}
      {...props}
    >
      <ChevronUpIcon size="sm" className="nx-select__chevron" />
    </SelectPrimitive.ScrollUpButton>
  );
});

export type SelectScrollDownButtonProps = React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.ScrollDownButton
>;

/** Scrolls a long list down while the pointer rests on it. `SelectContent` renders one for you. */
export const SelectScrollDownButton = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.ScrollDownButton>,
  SelectScrollDownButtonProps
>(function SelectScrollDownButton({ className, ...props }, ref) {
  return (
    <SelectPrimitive.ScrollDownButton
      ref={ref}
      data-slot="select-scroll-down-button"
      className={cx("nx-select-scroll-down-button", className)}
      {...props}
    >
      <ChevronDownIcon size="sm" className="nx-select__chevron" />
    </SelectPrimitive.ScrollDownButton>
  );
});

export interface SelectContentProps extends React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.Content
> {
  /**
   * `popper` opens the list below the trigger, at least as wide as it; `item-aligned` places
   * the selected item over the trigger, like a native macOS select.
   * @default "popper"
   */
  position?: "popper" | "item-aligned";
  /**
   * Distance in px between the trigger and the list, with `position="popper"`.
   * @default 4
   */
  sideOffset?: number;
}

/**
 * The listbox, in a portal, with scroll buttons for long lists. It animates in only (Radix
 * unmounts it at once on close) and only when the user allows motion.
 */
export const SelectContent = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Content>,
  SelectContentProps
>(function SelectContent(
  { className, position = "popper", sideOffset = 4, children, ...props },
  ref,
) {
  const portalTheme = usePortalTheme();
  return (
    <SelectPrimitive.Portal>
      <SelectPrimitive.Content
        ref={ref}
        data-slot="select-content"
        position={position}
        sideOffset={sideOffset}
        className={cx(surfaceClasses.popover, "nx-select-content", className)}
        {...portalTheme}
        {...props}
      >
        <SelectScrollUpButton />
        <SelectPrimitive.Viewport
          data-slot="select-viewport"
          className={cx(
            "nx-select-content__viewport",
            position === "popper" && "nx-select-content__viewport--popper",
          )}
        >
          {children}
        </SelectPrimitive.Viewport>
        <SelectScrollDownButton />
      </SelectPrimitive.Content>
    </SelectPrimitive.Portal>
  );
});

export type SelectLabelProps = React.ComponentPropsWithoutRef<typeof SelectPrimitive.Label>;

/** Names a `SelectGroup`; not selectable. */
export const SelectLabel = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Label>,
  SelectLabelProps
>(function SelectLabel({ className, ...props }, ref) {
  return (
    <SelectPrimitive.Label
      ref={ref}
      data-slot="select-label"
      className={cx(listClasses.groupLabel, "nx-select-label", className)}
      {...props}
    />
  );
});

export interface SelectItemProps extends React.ComponentPropsWithoutRef<
  typeof SelectPrimitive.Item
> {
  /** The value this item selects. Must be unique and not an empty string. */
  value: string;
  /**
   * Skipped by the arrow keys and typeahead and cannot be chosen.
   * @default false
   */
  disabled?: boolean;
  /** Text used for typeahead when the children are not plain text. */
  textValue?: string;
}

/** An option; shows a check mark when selected. */
export const SelectItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Item>,
  SelectItemProps
>(function SelectItem({ className, children, ...props }, ref) {
  return (
    <SelectPrimitive.Item
      ref={ref}
      data-slot="select-item"
      className={cx(listClasses.item, "nx-select-item", className)}
      {...props}
    >
      <span data-slot="select-item-indicator" className="nx-select-item__indicator">
        <SelectPrimitive.ItemIndicator>
          <CheckIcon size="sm" className="nx-select-item__check nx-icon-sm" />
        </SelectPrimitive.ItemIndicator>
      </span>
      <SelectPrimitive.ItemText>{children}</SelectPrimitive.ItemText>
    </SelectPrimitive.Item>
  );
});

export type SelectSeparatorProps = React.ComponentPropsWithoutRef<typeof SelectPrimitive.Separator>;

/** A line between groups of items. */
export const SelectSeparator = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof SelectPrimitive.Separator>,
  SelectSeparatorProps
>(function SelectSeparator({ className, ...props }, ref) {
  return (
    <SelectPrimitive.Separator
      ref={ref}
      data-slot="select-separator"
      className={cx(listClasses.separator, "nx-select-separator", className)}
      {...props}
    />
  );
});
