"use client";

import { UserIcon } from "@nexod/icons";
import * as AvatarPrimitive from "@radix-ui/react-avatar";
import { cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { avatarDefaults, avatarVariants } from "./avatar-variants";

export type AvatarStatus = "online" | "away" | "busy" | "offline";

const statusLabels: Record<AvatarStatus, string> = {
  online: "Online",
  away: "Away",
  busy: "Busy",
  offline: "Offline",
};

/**
 * Up to two initials of a name: the first letters of its first and last words
 * ("Ada King Lovelace" → "AL", "Plato" → "P"). Letters outside the Basic Multilingual Plane
 * count as one.
 */
export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return "";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = (word: string) => Array.from(word)[0] ?? "";
  return (initial(first) + (last ? initial(last) : "")).toLocaleUpperCase();
}

export interface AvatarProps
  extends
    Omit<React.HTMLAttributes<HTMLSpanElement>, "children">,
    VariantProps<typeof avatarVariants> {
  /**
   * The person's (or team's) name: the avatar's accessible name and the source of the initials
   * shown while the image loads, fails or is missing.
   */
  name?: string;
  /** URL of the picture. Without it (or when it fails to load) the fallback shows. */
  src?: string;
  /**
   * The accessible name, when it should differ from `name`. Pass `alt=""` when the name is
   * already written next to the avatar: the avatar is then hidden from screen readers.
   */
  alt?: string;
  /**
   * Fallback content instead of the initials of `name` (for example two letters you choose,
   * or an icon). Without `name` or children the fallback is a generic person icon.
   */
  children?: React.ReactNode;
  /** Presence shown as a dot at the bottom corner, with its own accessible label. */
  status?: AvatarStatus;
  /**
   * The status dot's accessible label, for other languages.
   * @default "Online" | "Away" | "Busy" | "Offline"
   */
  statusLabel?: string;
  /** Props for the `<img>` (for example `referrerPolicy`, `crossOrigin`, `onLoadingStatusChange`). */
  imageProps?: Omit<React.ComponentPropsWithoutRef<typeof AvatarPrimitive.Image>, "src" | "alt">;
}

/**
 * A person's picture, with their initials (or a person icon) while it loads, when it fails and
 * when there is none. The fallback renders on the server, so the initials are in the HTML before
 * hydration; the picture replaces them once it has loaded.
 */
export const Avatar = /* @__PURE__ */ React.forwardRef<HTMLSpanElement, AvatarProps>(
  function Avatar(
    { className, size, shape, name, src, alt, children, status, statusLabel, imageProps, ...props },
    ref,
  ) {
    if (status !== undefined && !(status in statusLabels)) {
      throw new Error(
        `Avatar: status "${String(status)}" is not one of ${Object.keys(statusLabels).join(", ")}.`,
      );
    }
    const label = alt ?? name;
    const initials = name ? getInitials(name) : "";
    const fallback =
      children ??
      (initials || <UserIcon className="nx-avatar__icon" strokeWidth={1.75} aria-hidden />);
    return (
      <span
        ref={ref}
        data-slot="avatar"
        data-size={size ?? avatarDefaults.size}
        data-shape={shape ?? avatarDefaults.shape}
        className={cx(avatarVariants({ size, shape }), className)}
        {...props}
      >
        <AvatarPrimitive.Root
          data-slot="avatar-frame"
          className="nx-avatar-frame"
          {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
        >
          {src ? (
            <AvatarPrimitive.Image
              data-slot="avatar-image"
              className="nx-avatar-image"
              {...imageProps}
              src={src}
              alt=""
            />
          ) : null}
          <AvatarPrimitive.Fallback data-slot="avatar-fallback" className="nx-avatar-fallback">
            {fallback}
          </AvatarPrimitive.Fallback>
        </AvatarPrimitive.Root>
        {status ? (
          <span
            data-slot="avatar-status"
            data-status={status}
            role="img"
            aria-label={statusLabel ?? statusLabels[status]}
            className={cx("nx-avatar-status", `nx-avatar-status--${status}`)}
          />
        ) : null}
      </span>
    );
  },
);
