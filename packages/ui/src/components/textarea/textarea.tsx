import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";

export const textareaVariants = cva(
  [
    "nx:peer nx:flex nx:w-full nx:min-w-0 nx:min-h-20 nx:resize-y nx:rounded-md nx:border nx:border-input",
    "nx:bg-background nx:font-sans nx:text-foreground nx:transition-colors nx:outline-none",
    "nx:placeholder:text-muted-foreground",
    "nx:focus-visible:ring-2 nx:focus-visible:ring-ring nx:focus-visible:ring-offset-2 nx:focus-visible:ring-offset-background",
    "nx:aria-invalid:border-destructive nx:aria-invalid:focus-visible:ring-destructive",
    "nx:disabled:cursor-not-allowed nx:disabled:resize-none nx:disabled:bg-disabled nx:disabled:text-disabled-foreground",
  ],
  {
    variants: {
      /** Padding and type size; the same steps as Input so the two line up in a form. */
      size: {
        sm: "nx:px-2.5 nx:py-1.5 nx:text-sm",
        md: "nx:px-3 nx:py-2 nx:text-sm",
        lg: "nx:px-4 nx:py-3 nx:text-base",
      },
      /**
       * Grow with the text (CSS `field-sizing: content`; no script). Browsers without it keep a
       * fixed, user-resizable height. Cap the height with a `max-height` in `className`.
       */
      autoResize: {
        true: "nx:field-sizing-content",
        false: "",
      },
    },
    defaultVariants: { size: "md", autoResize: false },
  },
);

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
export const Textarea = React.forwardRef<HTMLTextAreaElement, TextareaProps>(
  ({ className, size, autoResize, asChild = false, ...props }, ref) => {
    const Comp = asChild ? Slot : "textarea";
    return (
      <Comp
        ref={ref}
        data-slot="textarea"
        data-size={size ?? "md"}
        className={cx(textareaVariants({ size, autoResize }), className)}
        {...props}
      />
    );
  },
);
Textarea.displayName = "Textarea";
