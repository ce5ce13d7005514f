"use client";

import * as DirectionPrimitive from "@radix-ui/react-direction";
import type * as React from "react";

/** A reading direction: left to right, or right to left (Arabic, Hebrew, Persian, Urdu). */
export type Direction = "ltr" | "rtl";

export interface DirectionProviderProps {
  /** Reading direction of every Nexod component inside. */
  dir: Direction;
  /** The app, or the part of it that reads in `dir`. */
  children?: React.ReactNode;
}

/**
 * Sets the reading direction for the components inside: arrow keys follow it (ArrowLeft moves
 * to the next tab in `rtl`) and submenus open towards the inline end. Wrap the app in it **and**
 * set `<html dir>` to the same value: Radix reads the provider for behaviour, while the layout
 * (logical properties, and where portalled dialogs, popovers, tooltips and selects align) follows
 * the document's `dir`. Renders no element, so it takes no ref.
 *
 * ```tsx
 * <html lang="ar" dir="rtl">
 *   <body>
 *     <DirectionProvider dir="rtl">{children}</DirectionProvider>
 *   </body>
 * </html>
 * ```
 */
export function DirectionProvider({ dir, children }: DirectionProviderProps) {
  return (
    <DirectionPrimitive.DirectionProvider dir={dir}>
      {children}
    </DirectionPrimitive.DirectionProvider>
  );
}

/**
 * The reading direction from the nearest `DirectionProvider` (`"ltr"` without one). Pass a
 * component's own `dir` prop to let it win over the provider.
 */
export function useDirection(localDir?: Direction): Direction {
  return DirectionPrimitive.useDirection(localDir);
}
