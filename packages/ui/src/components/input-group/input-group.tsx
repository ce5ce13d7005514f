import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { Button, type ButtonProps } from "../button";
import { Input, type InputProps } from "../input";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of an InputGroup's box (styles: input-group.css). */
export const inputGroupVariants = /* @__PURE__ */ cva("nx-input-group nx-field-box", {
  variants: {
    /**
     * Height, padding and type size of the whole group; its Input takes the same size. The same
     * steps as Input and Button.
     * @default "md"
     */
    size: {
      sm: "nx-input-group--sm nx-field-box--sm",
      md: "nx-input-group--md nx-field-box--md",
      lg: "nx-input-group--lg nx-field-box--lg",
    },
  },
  defaultVariants: { size: defaults.size },
});

/** The props a `Field` sets on its control; InputGroup hands them to its Input. */
type ControlProps = Pick<
  InputProps,
  | "id"
  | "disabled"
  | "size"
  | "className"
  | "aria-labelledby"
  | "aria-describedby"
  | "aria-invalid"
  | "aria-required"
>;

export interface InputGroupProps
  extends
    Omit<React.HTMLAttributes<HTMLDivElement>, "id" | "children">,
    VariantProps<typeof inputGroupVariants> {
  /**
   * Exactly one `Input` (a direct child) and, before or after it, `InputGroupAddon`s (an icon, a
   * text such as "https://" or "€") and `InputGroupButton`s (clear, submit, show password).
   */
  children: React.ReactNode;
  /**
   * The `id` of the Input (not of the group), so a `Label` or `Field` points at the Input. Field
   * sets it for you.
   */
  id?: string;
  /**
   * Disables the Input and the InputGroupButtons and dims the whole group. Set it here rather than on the Input, so a
   * `Field` around the group sees it and dims its label too.
   * @default false
   */
  disabled?: boolean;
  /** Passed to the Input (Field sets it): the Input is what the label names. */
  "aria-labelledby"?: string;
  /** Added to the Input's own `aria-describedby` (Field sets it to its description and error). */
  "aria-describedby"?: string;
  /** Passed to the Input, and draws the group's border in the error colour. */
  "aria-invalid"?: React.AriaAttributes["aria-invalid"];
  /** Passed to the Input. */
  "aria-required"?: React.AriaAttributes["aria-required"];
}

function flatChildren(children: React.ReactNode): React.ReactNode[] {
  return React.Children.toArray(children).flatMap((child) =>
    React.isValidElement<{ children?: React.ReactNode }>(child) && child.type === React.Fragment
      ? flatChildren(child.props.children)
      : [child],
  );
}

function isInput(child: React.ReactNode): child is React.ReactElement<ControlProps> {
  return React.isValidElement(child) && child.type === Input;
}

function joinIds(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/**
 * An `Input` with icons, text addons or buttons inside its border: one border and one focus
 * ring around everything, the Input's own border dropped. Inside a `Field`, the label, `id`,
 * description and error reach the Input, not the group:
 *
 * ```tsx
 * <Field label="Website">
 *   <InputGroup>
 *     <InputGroupAddon>https://</InputGroupAddon>
 *     <Input name="website" />
 *   </InputGroup>
 * </Field>
 * ```
 *
 * Server component (only `InputGroupAddon`'s click-to-focus and `InputGroupButton` are client code).
 */
export const InputGroup = /* @__PURE__ */ React.forwardRef<HTMLDivElement, InputGroupProps>(
  function InputGroup(
    {
      className,
      size,
      disabled = false,
      id,
      children,
      "aria-labelledby": labelledBy,
      "aria-describedby": describedBy,
      "aria-invalid": ariaInvalid,
      "aria-required": ariaRequired,
      ...props
    },
    ref,
  ) {
    const items = flatChildren(children);
    const inputs = items.filter(isInput);
    if (inputs.length !== 1) {
      throw new Error(
        `InputGroup: put exactly one <Input> among its direct children (found ${inputs.length}). ` +
          "Icons and texts go in <InputGroupAddon>, buttons in <InputGroupButton>, beside the Input: " +
          '<InputGroup><InputGroupAddon>€</InputGroupAddon><Input name="amount" /></InputGroup>.',
      );
    }
    const input = inputs[0]!;
    const inputDisabled = disabled || input.props.disabled === true;
    const invalid =
      (ariaInvalid !== undefined && ariaInvalid !== false && ariaInvalid !== "false") ||
      (input.props["aria-invalid"] !== undefined &&
        input.props["aria-invalid"] !== false &&
        input.props["aria-invalid"] !== "false");

    return (
      <div
        ref={ref}
        data-slot="input-group"
        data-size={size ?? defaults.size}
        data-disabled={inputDisabled || undefined}
        data-invalid={invalid || undefined}
        {...props}
        className={cx(inputGroupVariants({ size }), className)}
      >
        {items.map((item) =>
          item === input
            ? React.cloneElement(input, {
                id: id ?? input.props.id,
                size: size ?? defaults.size,
                disabled: inputDisabled || undefined,
                className: cx("nx-input-group-control nx-field-box__input", input.props.className),
                "aria-labelledby": input.props["aria-labelledby"] ?? labelledBy,
                "aria-describedby": joinIds(input.props["aria-describedby"], describedBy),
                "aria-invalid": ariaInvalid ?? input.props["aria-invalid"],
                "aria-required": ariaRequired ?? input.props["aria-required"],
              })
            : disabled &&
                React.isValidElement<InputGroupButtonProps>(item) &&
                item.type === InputGroupButton
              ? React.cloneElement(item, { disabled: true })
              : item,
        )}
      </div>
    );
  },
);

export interface InputGroupButtonProps extends Omit<ButtonProps, "size"> {
  /**
   * `sm`: a compact text button ("Search", "Copy"). `icon`: a square button for one icon; give it
   * an `aria-label`. Its height follows the group's size.
   * @default "sm"
   */
  size?: "sm" | "icon";
}

/**
 * A button inside an InputGroup: clear the field, submit a search, show a password. A `Button`
 * (`variant="ghost"` unless you set one) sized to fit in the group's border.
 */
export const InputGroupButton = /* @__PURE__ */ React.forwardRef<
  HTMLButtonElement,
  InputGroupButtonProps
>(function InputGroupButton({ className, size = "sm", variant = "ghost", ...props }, ref) {
  return (
    <Button
      ref={ref}
      data-slot="input-group-button"
      data-size={size}
      variant={variant}
      size={size}
      {...props}
      className={cx("nx-input-group-button", `nx-input-group-button--${size}`, className)}
    />
  );
});
