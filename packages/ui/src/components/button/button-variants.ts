import { cva } from "class-variance-authority";

// Not in button.tsx: that file is "use client", so a server component calling buttonVariants()
// there would get a client reference instead of the function. Here it is callable anywhere
// (e.g. a server-rendered next/link styled as a button).

/** Class names of a Button's look, for elements that should look like one (styles: button.css). */
export const buttonVariants = /* @__PURE__ */ cva("nx-button nx-focus-ring nx-hover-tint", {
  variants: {
    /**
     * Visual emphasis.
     * @default "primary"
     */
    variant: {
      primary: "nx-button--primary",
      secondary: "nx-button--secondary",
      outline: "nx-button--outline",
      ghost: "nx-button--ghost",
      destructive: "nx-button--destructive",
      link: "nx-button--link",
    },
    /**
     * Height, padding and type size. `icon` is a square button for a single icon. Ignored by
     * `variant="link"`, which flows with the text around it.
     * @default "md"
     */
    size: {
      sm: "nx-button--sm",
      md: "nx-button--md",
      lg: "nx-button--lg",
      icon: "nx-button--icon",
    },
  },
  defaultVariants: { variant: "primary", size: "md" },
});
