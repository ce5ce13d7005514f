import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a key's looks (styles: kbd.css). */
export const kbdVariants = /* @__PURE__ */ cva("nx-kbd", {
  variants: {
    /**
     * Size of the key cap: `sm` for menus and tooltips, `md` inside body text.
     * @default "md"
     */
    size: {
      sm: "nx-kbd--sm",
      md: "nx-kbd--md",
    },
  },
  defaultVariants: { size: defaults.size },
});

/**
 * Names screen readers say for the symbols keyboards print (VoiceOver reads "⌘" as "place of
 * interest sign"). A key whose whole text is one of these gets the name as hidden text.
 */
export const kbdSymbolNames: Readonly<Record<string, string>> = {
  "⌘": "Command",
  "⌥": "Option",
  "⇧": "Shift",
  "⌃": "Control",
  "↵": "Enter",
  "⏎": "Enter",
  "⌫": "Backspace",
  "⌦": "Delete",
  "⎋": "Escape",
  "⇥": "Tab",
  "⇪": "Caps Lock",
  "↑": "Up Arrow",
  "↓": "Down Arrow",
  "←": "Left Arrow",
  "→": "Right Arrow",
};

export interface KbdProps
  extends React.HTMLAttributes<HTMLElement>, VariantProps<typeof kbdVariants> {
  /**
   * What screen readers say instead of the printed symbol (`label="Command"` for ⌘). Known
   * symbols (⌘ ⌥ ⇧ ⌃ ↵ ⌫ ⎋ ⇥ and the arrows) are named without it; translate it for other
   * languages.
   */
  label?: string;
}

/**
 * One keyboard key, as a `<kbd>` element: shortcuts in menus, tooltips and help text. For a
 * combination (⌘ K), put several in a `KbdGroup`. Server component: ships no client JavaScript.
 */
export const Kbd = /* @__PURE__ */ React.forwardRef<HTMLElement, KbdProps>(function Kbd(
  { className, size, label, children, ...props },
  ref,
) {
  const spoken = label ?? (typeof children === "string" ? kbdSymbolNames[children] : undefined);
  return (
    <kbd
      ref={ref}
      data-slot="kbd"
      data-size={size ?? defaults.size}
      className={cx(kbdVariants({ size }), className)}
      {...props}
    >
      {spoken === undefined ? (
        children
      ) : (
        <>
          <span aria-hidden="true">{children}</span>
          <span className="nx-kbd__label">{spoken}</span>
        </>
      )}
    </kbd>
  );
});

export interface KbdGroupProps extends React.HTMLAttributes<HTMLElement> {
  /**
   * Shown between the keys, for example `"+"` on Windows and Linux (`Ctrl + K`); read aloud
   * as written. Nothing by default: macOS prints ⌘K without one.
   */
  separator?: React.ReactNode;
}

/**
 * A key combination: the keys pressed together, as a `<kbd>` holding one `Kbd` per key (the
 * HTML way to write a combination). Server component.
 */
export const KbdGroup = /* @__PURE__ */ React.forwardRef<HTMLElement, KbdGroupProps>(
  function KbdGroup({ className, separator, children, ...props }, ref) {
    const keys = React.Children.toArray(children);
    return (
      <kbd ref={ref} data-slot="kbd-group" className={cx("nx-kbd-group", className)} {...props}>
        {separator === undefined
          ? keys
          : keys.map((key, index) => (
              <React.Fragment key={index}>
                {index > 0 ? <span className="nx-kbd-group__separator">{separator}</span> : null}
                {key}
              </React.Fragment>
            ))}
      </kbd>
    );
  },
);
