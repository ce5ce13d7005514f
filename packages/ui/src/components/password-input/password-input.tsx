"use client";

import { EyeIcon, EyeOffIcon } from "@nexod/icons";
import { cx } from "class-variance-authority";
import * as React from "react";
import { Input, type InputProps } from "../input";
import { InputGroup, InputGroupButton, type InputGroupProps } from "../input-group";

/** Values used when a prop is not given: one place for the code and the data attributes. */
const defaults = {
  size: "md",
  autoComplete: "current-password",
  toggleLabel: "Show password",
} as const;

export interface PasswordInputProps extends Omit<InputProps, "type" | "asChild" | "size"> {
  /**
   * Height, padding and type size: the steps of Input and Button.
   * @default "md"
   */
  size?: InputGroupProps["size"];
  /**
   * What the browser and password managers offer: `"current-password"` on a sign-in form,
   * `"new-password"` where the person chooses one (sign-up, reset), so a manager suggests a
   * strong password instead of filling the saved one.
   * @default "current-password"
   */
  autoComplete?: "current-password" | "new-password" | "off" | (string & {});
  /**
   * Whether the password is shown as text (controlled). Pair with `onVisibleChange`.
   */
  visible?: boolean;
  /**
   * Whether the password starts shown (uncontrolled).
   * @default false
   */
  defaultVisible?: boolean;
  /** Called with the new visibility when the toggle is pressed. */
  onVisibleChange?: (visible: boolean) => void;
  /**
   * The toggle button's accessible name. It stays the same while `aria-pressed` says whether the
   * password is shown (a toggle button's name must not change with its state); translate it here.
   * @default "Show password"
   */
  toggleLabel?: string;
  /** Classes for the box around the field and the toggle (the InputGroup), e.g. a width. */
  className?: string;
  /** Inline styles of the box around the field and the toggle, like `className`. */
  style?: React.CSSProperties;
}

/**
 * A password field with a show/hide toggle inside its border: an `InputGroup` holding an `Input`
 * and an `InputGroupButton` with `aria-pressed`. Everything but `className`, `style` and `size` goes to
 * the `<input>` (name, value, `ref`, `autoComplete`, the `id` and aria props a `Field` or
 * `FormField` sets), so it drops in where an `Input type="password"` was:
 *
 * ```tsx
 * <FormField name="password" label="Password" required>
 *   <PasswordInput autoComplete="current-password" />
 * </FormField>
 * ```
 *
 * The toggle is `type="button"` (never submits), keeps the focus and the caret in the field when
 * clicked, and points at it with `aria-controls`. Before hydration it is a plain password field
 * that posts with its form; the toggle works once the page hydrates.
 */
export const PasswordInput = /* @__PURE__ */ React.forwardRef<HTMLInputElement, PasswordInputProps>(
  function PasswordInput(
    {
      className,
      style,
      size,
      disabled,
      id,
      autoComplete = defaults.autoComplete,
      visible: visibleProp,
      defaultVisible = false,
      onVisibleChange,
      toggleLabel = defaults.toggleLabel,
      ...props
    },
    ref,
  ) {
    const generatedId = React.useId();
    const inputId = id ?? generatedId;
    const [uncontrolled, setUncontrolled] = React.useState(defaultVisible);
    const visible = visibleProp ?? uncontrolled;
    const inputRef = React.useRef<HTMLInputElement | null>(null);
    // The caret (or selection) to put back after the type changes, when the field had focus.
    const selection = React.useRef<[number | null, number | null] | null>(null);

    React.useImperativeHandle(ref, () => inputRef.current!, []);

    // After the commit that changed the type (an effect: no warning on the server). Chromium keeps
    // the selection across a type change by itself; this is for engines that move the caret.
    React.useEffect(() => {
      const input = inputRef.current;
      const saved = selection.current;
      selection.current = null;
      if (!input || !saved || input.ownerDocument.activeElement !== input) return;
      input.setSelectionRange(saved[0], saved[1]);
    }, [visible]);

    const toggle = () => {
      const input = inputRef.current;
      if (input && input.ownerDocument.activeElement === input)
        selection.current = [input.selectionStart, input.selectionEnd];
      const next = !visible;
      if (visibleProp === undefined) setUncontrolled(next);
      onVisibleChange?.(next);
    };

    return (
      <InputGroup
        data-slot="password-input"
        data-visible={visible || undefined}
        size={size ?? defaults.size}
        disabled={disabled}
        className={cx("nx-password-input", className)}
        style={style}
      >
        <Input
          ref={inputRef}
          id={inputId}
          {...props}
          type={visible ? "text" : "password"}
          autoComplete={autoComplete}
          // Shown as text, a password must not go to a spell checker or be capitalised.
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
        />
        <InputGroupButton
          data-slot="password-input-toggle"
          type="button"
          size="icon"
          aria-label={toggleLabel}
          aria-pressed={visible}
          aria-controls={inputId}
          // A pointer press leaves the focus (and the caret) in the field; keyboard users Tab here.
          onMouseDown={(event) => {
            if (inputRef.current?.ownerDocument.activeElement === inputRef.current)
              event.preventDefault();
          }}
          onClick={toggle}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
        </InputGroupButton>
      </InputGroup>
    );
  },
);
