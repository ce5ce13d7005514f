import { cva } from "class-variance-authority";

/** Variant values used when a prop is not given: one place for cva and the data attributes. */
export const avatarDefaults = { size: "md", shape: "circle" } as const;

/**
 * Class names of an avatar's box (styles: avatar.css). In a file without a directive so the
 * server-rendered `AvatarGroup` can use them: a value imported from a "use client" module is a
 * client reference on the server, not a function.
 */
export const avatarVariants = /* @__PURE__ */ cva("nx-avatar", {
  variants: {
    /**
     * Edge length: `xs` 24px, `sm` 32px, `md` 40px, `lg` 48px, `xl` 64px. The initials and the
     * status dot scale with it.
     * @default "md"
     */
    size: {
      xs: "nx-avatar--xs",
      sm: "nx-avatar--sm",
      md: "nx-avatar--md",
      lg: "nx-avatar--lg",
      xl: "nx-avatar--xl",
    },
    /**
     * `circle` for people, `square` (rounded corners) for organisations, teams and projects.
     * @default "circle"
     */
    shape: {
      circle: "nx-avatar--circle",
      square: "nx-avatar--square",
    },
  },
  defaultVariants: avatarDefaults,
});
