import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { TagRemoveButton } from "./tag-remove-button";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { variant: "neutral", size: "md" } as const;

/** Class names of a Tag's look (styles: tag.css). Combobox chips use them too. */
export const tagVariants = /* @__PURE__ */ cva("nx-tag", {
  variants: {
    /**
     * Meaning of the tag; the same semantic token pairs as Badge.
     * @default "neutral"
     */
    variant: {
      neutral: "nx-tag--neutral nx-badge--neutral",
      primary: "nx-tag--primary nx-badge--primary",
      outline: "nx-tag--outline nx-badge--outline",
      success: "nx-tag--success nx-badge--success",
      warning: "nx-tag--warning nx-badge--warning",
      destructive: "nx-tag--destructive nx-badge--destructive",
      info: "nx-tag--info nx-badge--info",
    },
    /**
     * Height and type size: `sm` 20px for dense lists and chips in small inputs, `md` 24px.
     * @default "md"
     */
    size: {
      sm: "nx-tag--sm",
      md: "nx-tag--md",
    },
  },
  defaultVariants: { variant: defaults.variant, size: defaults.size },
});

export interface TagProps
  extends
    Omit<React.HTMLAttributes<HTMLSpanElement>, "children">,
    VariantProps<typeof tagVariants> {
  /** The tag's text. Also names the remove button ("Remove <label>"). */
  children: React.ReactNode;
  /** A decorative glyph before the label, for example `<TagIcon />` from `@nexod/icons`. */
  icon?: React.ReactNode;
  /**
   * Makes the tag removable: renders a "×" button that calls this, also on Backspace or Delete
   * while the button has focus. Without it the tag is static text (a server component).
   */
  onRemove?: () => void;
  /**
   * Accessible name of the remove button. Defaults to "Remove " followed by the tag's text when
   * the children are a string or number; set it whenever they are not, or to translate it.
   */
  removeLabel?: string;
  /**
   * Disables the remove button (shown at half strength); the label stays readable.
   * @default false
   */
  disabled?: boolean;
}

function textOf(node: React.ReactNode): string | undefined {
  return typeof node === "string" || typeof node === "number" ? String(node) : undefined;
}

/**
 * A compact label for a chosen value, a category or an active filter, optionally removable.
 * Server component when not removable; the remove button is the only client part.
 */
export const Tag = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, TagProps>(function Tag(
  { className, variant, size, icon, onRemove, removeLabel, disabled = false, children, ...props },
  ref,
) {
  const label =
    removeLabel ?? (textOf(children) === undefined ? undefined : `Remove ${textOf(children)}`);
  if (onRemove && !label) {
    throw new Error(
      'Tag: a removable tag whose children are not plain text needs `removeLabel` (the remove button\'s accessible name, e.g. removeLabel="Remove Design").',
    );
  }
  return (
    <span
      ref={ref}
      data-slot="tag"
      data-variant={variant ?? defaults.variant}
      data-size={size ?? defaults.size}
      data-disabled={disabled || undefined}
      className={cx(tagVariants({ variant, size }), className)}
      {...props}
    >
      {icon && (
        <span data-slot="tag-icon" className="nx-tag__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <span data-slot="tag-label" className="nx-tag__label">
        {children}
      </span>
      {onRemove && label && (
        <TagRemoveButton label={label} disabled={disabled} onRemove={onRemove} />
      )}
    </span>
  );
});
