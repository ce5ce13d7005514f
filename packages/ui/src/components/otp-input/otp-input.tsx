"use client";

import { DotIcon } from "@nexod/icons";
import { cva, cx, type VariantProps } from "class-variance-authority";
import {
  OTPInput as OTPInputPrimitive,
  REGEXP_ONLY_DIGITS,
  REGEXP_ONLY_DIGITS_AND_CHARS,
  type SlotProps,
} from "input-otp";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of an OTPInput's boxes (styles: otp-input.css). */
export const otpInputVariants = /* @__PURE__ */ cva("nx-otp-input", {
  variants: {
    /**
     * Box size and type size; `md` boxes are as high as a `md` Input.
     * @default "md"
     */
    size: {
      sm: "nx-otp-input--sm",
      md: "nx-otp-input--md",
      lg: "nx-otp-input--lg",
    },
  },
  defaultVariants: defaults,
});

/** What the code may contain, and the keyboard phones show for it. */
const patterns = {
  numeric: { regexp: REGEXP_ONLY_DIGITS, inputMode: "numeric", strip: /\D/g },
  alphanumeric: { regexp: REGEXP_ONLY_DIGITS_AND_CHARS, inputMode: "text", strip: /[^a-z0-9]/gi },
} as const;

export interface OTPInputProps
  extends
    Omit<
      React.InputHTMLAttributes<HTMLInputElement>,
      "value" | "defaultValue" | "onChange" | "size" | "maxLength" | "pattern" | "children"
    >,
    VariantProps<typeof otpInputVariants> {
  /**
   * The number of characters in the code.
   * @default 6
   */
  length?: number;
  /**
   * How the boxes are split into groups with a separator between them, as group lengths that
   * add up to `length` (`[3, 3]` shows "123 · 456").
   * @default one group of `length`
   */
  groups?: number[];
  /**
   * `numeric`: digits only, with the phone's number pad. `alphanumeric`: letters and digits.
   * Other characters are refused as typed and dropped from a pasted code ("123-456" pastes as
   * "123456").
   * @default "numeric"
   */
  pattern?: keyof typeof patterns;
  /** The code when controlled. */
  value?: string;
  /** The code on first render when uncontrolled. */
  defaultValue?: string;
  /** Called with the code as the user types, deletes or pastes. */
  onValueChange?: (value: string) => void;
  /** Called with the code once every box is filled (typed or pasted), for example to submit it. */
  onComplete?: (value: string) => void;
  /**
   * Not focusable and not editable.
   * @default false
   */
  disabled?: boolean;
  /** Submits the code with the owning form under this name. */
  name?: string;
}

function checkProps(length: number, groups: number[] | undefined) {
  if (!Number.isInteger(length) || length < 1) {
    throw new Error(`OTPInput: length must be a whole number of 1 or more, not ${length}.`);
  }
  const total = groups?.reduce((sum, group) => sum + group, 0);
  if (groups && total !== length) {
    throw new Error(
      `OTPInput: groups [${groups.join(", ")}] add up to ${total}, not to length ${length}.`,
    );
  }
}

function Slot({ char, placeholderChar, isActive, hasFakeCaret }: SlotProps) {
  return (
    <div
      data-slot="otp-input-slot"
      data-active={isActive || undefined}
      className="nx-otp-input-slot"
    >
      {char ?? placeholderChar}
      {hasFakeCaret && <span className="nx-otp-input-slot__caret" />}
    </div>
  );
}

/**
 * A one-time code entered into a row of boxes: one real `<input>` underneath
 * (`autocomplete="one-time-code"`, so phones offer the code from a text message), so typing,
 * deleting, selecting and pasting the whole code work as in any text field. Wrap it in a `Field`
 * for its label and error; `onComplete` fires when the last box fills.
 */
export const OTPInput = /* @__PURE__ */ React.forwardRef<HTMLInputElement, OTPInputProps>(
  function OTPInput(
    {
      className,
      style,
      size,
      length = 6,
      groups,
      pattern = "numeric",
      value,
      defaultValue,
      onValueChange,
      onComplete,
      disabled = false,
      ...inputProps
    },
    ref,
  ) {
    checkProps(length, groups);
    // input-otp controls its input itself: forwarding both value and defaultValue made React warn
    // (on the server too). Uncontrolled use keeps the value here instead.
    const [uncontrolled, setUncontrolled] = React.useState(defaultValue ?? "");
    const { regexp, inputMode, strip } = patterns[pattern];
    const invalid = inputProps["aria-invalid"] === true || inputProps["aria-invalid"] === "true";
    const groupLengths = groups ?? [length];
    const starts = groupLengths.map((_, index) =>
      groupLengths.slice(0, index).reduce((sum, group) => sum + group, 0),
    );

    return (
      <div
        data-slot="otp-input"
        data-size={size ?? defaults.size}
        data-invalid={invalid || undefined}
        data-disabled={disabled || undefined}
        className={cx(otpInputVariants({ size }), className)}
        style={style}
      >
        <OTPInputPrimitive
          ref={ref}
          data-slot="otp-input-field"
          containerClassName="nx-otp-input-container"
          className="nx-otp-input-field"
          maxLength={length}
          pattern={regexp}
          inputMode={inputMode}
          pasteTransformer={(pasted) => pasted.replace(strip, "")}
          value={value ?? uncontrolled}
          onChange={(next: string) => {
            if (value === undefined) setUncontrolled(next);
            onValueChange?.(next);
          }}
          onComplete={onComplete}
          disabled={disabled}
          {...inputProps}
          render={({ slots }) => (
            // The boxes repeat the input's value for the eye; screen readers read the input.
            <div className="nx-otp-input-groups" aria-hidden="true">
              {groupLengths.map((groupLength, index) => (
                <React.Fragment key={starts[index]}>
                  {index > 0 && (
                    <div data-slot="otp-input-separator" className="nx-otp-input-separator">
                      <DotIcon className="nx-otp-input-separator__icon nx-icon-sm" />
                    </div>
                  )}
                  <div data-slot="otp-input-group" className="nx-otp-input-group">
                    {slots
                      .slice(starts[index], starts[index]! + groupLength)
                      .map((slot, offset) => (
                        <Slot key={starts[index]! + offset} {...slot} />
                      ))}
                  </div>
                </React.Fragment>
              ))}
            </div>
          )}
        />
      </div>
    );
  },
);
