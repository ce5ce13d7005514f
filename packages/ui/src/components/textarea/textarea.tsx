import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Class names of a Textarea's look, for elements that should look like one (textarea.css). */
export const textareaVariants = /* @__PURE__ */ cva("nx-textarea nx-field-box nx-focus-ring", {
  variants: {
    /**
     * Padding and type size; the same steps as Input so the two line up in a form.
     * @default "md"
     */
    size: {
      sm: "nx-textarea--sm",
      md: "nx-textarea--md",
      lg: "nx-textarea--lg",
    },
    /**
     * Grow with the text (CSS `field-sizing: content`; no script). Browsers without it keep a
     * fixed, user-resizable height. Cap the height with a `max-height` in `className`.
     * @default false
     */
    autoResize: {
      true: "nx-textarea--auto-resize",
      false: "",
    },
  },
  defaultVariants: { size: defaults.size, autoResize: false },
});

export interface TextareaProps
  extends React.TextareaHTMLAttributes<HTMLTextAreaElement>, VariantProps<typeof textareaVariants> {
  /**
   * Render the single child element (for example a rich-text editor's textarea) with the
   * textarea's styles instead of a `<textarea>`.
   * @default false
   */
  asChild?: boolean;
}

/**
 * A multi-line text field in the same style family as Input. Set `aria-invalid` (Field does)
 * for the error style. Name it with a `Label` or wrap it in a `Field`. Server component: ships
 * no client JavaScript.
 */
export const Textarea = /* @__PURE__ */ React.forwardRef<HTMLTextAreaElement, TextareaProps>(
  function Textarea({ className, size, autoResize, asChild = false, ...props }, ref) {
    const Comp = asChild ? Slot : "textarea";
    return (
      <Comp
        ref={ref}
        data-slot="textarea"
        data-size={size ?? defaults.size}
        className={cx(textareaVariants({ size, autoResize }), className)}
        {...props}
      />
    );
  },
);
