"use client";

import * as React from "react";

/** A colour mode of the tokens: the `data-theme` values `@nexod/tokens` defines. */
export type ThemeName = "light" | "dark";

/** The theme of the nearest `<Theme>`; undefined outside one (the page's own theme applies). */
export const ThemeContext = /* @__PURE__ */ React.createContext<ThemeName | undefined>(undefined);

/**
 * Props for an overlay's portalled element: content rendered into `<body>` keeps the theme of
 * the region it was opened from (a dark panel on a light page opens a dark menu).
 */
export function usePortalTheme(): { "data-theme"?: ThemeName } {
  const theme = React.useContext(ThemeContext);
  return theme ? { "data-theme": theme } : {};
}
