"use client";

import * as ToggleGroupPrimitive from "@radix-ui/react-toggle-group";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { assertIconOnlyName, toggleVariants } from "../toggle/toggle";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "segmented", size: "md" } as const;

/** Class names of a ToggleGroup's container (styles: toggle-group.css). */
export const toggleGroupVariants = /* @__PURE__ */ cva("nx-toggle-group", {
  variants: {
    /**
     * `segmented`: one control on a muted track, the selected segment raised (a view switcher,
     * a period picker). `outline`: bordered toggles joined into one bar. `neutral`: separate
     * borderless toggles (a formatting toolbar).
     * @default "segmented"
     */
    variant: {
      segmented: "nx-toggle-group--segmented",
      outline: "nx-toggle-group--outline",
      neutral: "nx-toggle-group--neutral",
    },
    /**
     * Height, padding and type size of the items; the same steps as Button and Input.
     * @default "md"
     */
    size: {
      sm: "nx-toggle-group--sm",
      md: "nx-toggle-group--md",
      lg: "nx-toggle-group--lg",
    },
  },
  defaultVariants: defaults,
});

type GroupVariant = NonNullable<VariantProps<typeof toggleGroupVariants>["variant"]>;
type GroupSize = NonNullable<VariantProps<typeof toggleGroupVariants>["size"]>;

const ToggleGroupStyleContext = /* @__PURE__ */ React.createContext<{
  variant: GroupVariant;
  size: GroupSize;
}>(defaults);

interface ToggleGroupOwnProps extends VariantProps<typeof toggleGroupVariants> {
  /**
   * `"single"`: at most one item is on (`value` is a string, `""` when none; the items are
   * radios in a radiogroup). `"multiple"`: any number (`value` is a string array; the items
   * are toggle buttons in a toolbar).
   */
  type: "single" | "multiple";
  /**
   * Arrow keys move focus between the items and Tab leaves the group (one tab stop).
   * @default true
   */
  rovingFocus?: boolean;
  /**
   * Arrow keys wrap from the last item to the first.
   * @default true
   */
  loop?: boolean;
  /**
   * The arrow keys that move focus: left/right for `horizontal`, up/down for `vertical`.
   * @default "horizontal"
   */
  orientation?: "horizontal" | "vertical";
  /**
   * No item is focusable or pressable.
   * @default false
   */
  disabled?: boolean;
  /**
   * Submits the selection with a plain `<form>`, also before JavaScript loads: a hidden
   * `<input name={name}>` per pressed item, whose value is the item's `value` (none while no
   * item is pressed, like unchecked checkboxes). A disabled group submits nothing.
   */
  name?: string;
  /** The `id` of the `<form>` the hidden inputs belong to, when the group is outside it. */
  form?: string;
}

export type ToggleGroupProps = React.ComponentPropsWithoutRef<typeof ToggleGroupPrimitive.Root> &
  ToggleGroupOwnProps;

/**
 * A set of toggles that reads as one control: a segmented control (`type="single"`, one
 * choice, as radios) or a toolbar of on/off options (`type="multiple"`). Arrow keys move
 * between the items. Name it with `aria-label` or a `Field`; a `single` group that must always
 * have a value should ignore `""` in `onValueChange` (Radix lets the user switch the pressed
 * item off).
 */
export const ToggleGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToggleGroupPrimitive.Root>,
  ToggleGroupProps
>(function ToggleGroup(allProps, ref) {
  const {
    className,
    variant,
    size,
    children,
    name,
    form,
    value: valueProp,
    defaultValue,
    onValueChange,
    ...props
  } = allProps;
  const style = React.useMemo(
    () => ({ variant: variant ?? defaults.variant, size: size ?? defaults.size }),
    [variant, size],
  );
  // The group keeps the value itself (Radix is always controlled) so it can render the hidden
  // inputs. A `value` prop that is passed but undefined (a form field without a default) means
  // "nothing pressed", not "uncontrolled".
  const empty = props.type === "multiple" ? [] : "";
  const controlled = "value" in allProps;
  const [initialValue] = React.useState<string | string[]>(() => defaultValue ?? empty);
  const [ownValue, setOwnValue] = React.useState(initialValue);
  const value = controlled ? (valueProp ?? empty) : ownValue;
  const handleValueChange = (next: string & string[]) => {
    if (!controlled) setOwnValue(next);
    (onValueChange as ((next: string | string[]) => void) | undefined)?.(next);
  };

  // Uncontrolled, a form's reset puts the default selection back, like native controls.
  const [element, setElement] = React.useState<HTMLDivElement | null>(null);
  const composedRef = React.useCallback(
    (node: HTMLDivElement | null) => {
      setElement(node);
      if (typeof ref === "function") ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  React.useEffect(() => {
    if (controlled || !element) return;
    const owner = form ? element.ownerDocument.getElementById(form) : element.closest("form");
    if (!(owner instanceof HTMLFormElement)) return;
    const reset = () => setOwnValue(initialValue);
    owner.addEventListener("reset", reset);
    return () => owner.removeEventListener("reset", reset);
  }, [controlled, element, form, initialValue]);

  const pressed = Array.isArray(value) ? value : value === "" ? [] : [value];
  // A toolbar (type="multiple") takes no aria-required; a Field passes it to every control.
  const groupProps = props.type === "multiple" ? { ...props, "aria-required": undefined } : props;
  return (
    <ToggleGroupPrimitive.Root
      ref={composedRef}
      data-slot="toggle-group"
      data-variant={style.variant}
      data-size={style.size}
      data-orientation={props.orientation ?? "horizontal"}
      {...(groupProps as React.ComponentPropsWithoutRef<typeof ToggleGroupPrimitive.Root>)}
      value={value as string & string[]}
      onValueChange={handleValueChange}
      className={cx(toggleGroupVariants({ variant, size }), className)}
    >
      <ToggleGroupStyleContext.Provider value={style}>{children}</ToggleGroupStyleContext.Provider>
      {name !== undefined &&
        pressed.map((item) => (
          <input
            key={item}
            type="hidden"
            data-slot="toggle-group-input"
            name={name}
            value={item}
            form={form}
            disabled={props.disabled}
          />
        ))}
    </ToggleGroupPrimitive.Root>
  );
});

export interface ToggleGroupItemProps extends React.ComponentPropsWithoutRef<
  typeof ToggleGroupPrimitive.Item
> {
  /** The value this item stands for in the group's `value`. */
  value: string;
  /**
   * Not focusable and not pressable.
   * @default false
   */
  disabled?: boolean;
  /**
   * A square item holding only an icon. It then needs an `aria-label`: without one it throws.
   * @default false
   */
  iconOnly?: boolean;
}

/** One option of a `ToggleGroup`; takes the group's variant and size. */
export const ToggleGroupItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof ToggleGroupPrimitive.Item>,
  ToggleGroupItemProps
>(function ToggleGroupItem({ className, iconOnly = false, ...props }, ref) {
  assertIconOnlyName("ToggleGroupItem", iconOnly, props);
  const { variant, size } = React.useContext(ToggleGroupStyleContext);
  return (
    <ToggleGroupPrimitive.Item
      ref={ref}
      data-slot="toggle-group-item"
      {...props}
      className={cx(
        variant === "segmented"
          ? cx(
              "nx-toggle-group-item nx-focus-ring nx-hover-tint",
              iconOnly && "nx-toggle-group-item--icon-only",
            )
          : cx("nx-toggle-group-item", toggleVariants({ variant, size, iconOnly })),
        className,
      )}
    />
  );
});
