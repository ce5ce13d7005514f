import { GLOBALS_UPDATED, SET_GLOBALS } from "storybook/internal/core-events";
import { addons } from "storybook/manager-api";
import { create } from "storybook/theming";

/**
 * The manager (sidebar, toolbar, panels) follows the `theme` toolbar global: Storybook's dark
 * theme when it is `dark`, the light one otherwise (`light`, `side-by-side`).
 *
 * The choice survives reloads twice over: Storybook keeps a changed global in the URL
 * (`&globals=theme:dark`), and the last choice is kept in localStorage, so opening Storybook
 * without `globals` in the URL restores it too. The theme is set before the manager first renders
 * (no flash of the light sidebar) and again whenever the preview reports its globals.
 */
const STORAGE_KEY = "nexod-storybook-theme";
const ADDON_ID = "nexod/manager-theme";

type ManagerBase = "light" | "dark";

function managerTheme(base: ManagerBase) {
  return create({ base, brandTitle: "Nexod design system" });
}

/** `theme` in the URL's `globals` parameter (`theme:dark;other:x`), if set there. */
function themeInUrl(): string | undefined {
  const globals = new URLSearchParams(window.location.search).get("globals") ?? "";
  return /(?:^|;)theme:([\w-]+)/.exec(globals)?.[1];
}

/** The last choice, if it is one of the toolbar's values (`THEME_GLOBALS` in theme.tsx). */
function storedTheme(): string | undefined {
  try {
    const theme = window.localStorage.getItem(STORAGE_KEY);
    return theme && /^(light|dark|side-by-side)$/.test(theme) ? theme : undefined;
  } catch {
    return undefined;
  }
}

function storeTheme(theme: string) {
  try {
    window.localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage blocked (private mode, policy): the URL still keeps the choice.
  }
}

const baseOf = (theme: unknown): ManagerBase => (theme === "dark" ? "dark" : "light");

const urlTheme = themeInUrl();
const restoredTheme = urlTheme === undefined ? storedTheme() : undefined;

addons.setConfig({ theme: managerTheme(baseOf(urlTheme ?? restoredTheme)) });

addons.register(ADDON_ID, (api) => {
  let current: ManagerBase = baseOf(urlTheme ?? restoredTheme);
  const follow = (globals: Record<string, unknown> | undefined) => {
    const theme = globals?.["theme"];
    if (typeof theme !== "string") return;
    storeTheme(theme);
    const base = baseOf(theme);
    if (base === current) return;
    current = base;
    api.setOptions({ theme: managerTheme(base) });
  };
  let restored = restoredTheme === undefined;
  api.on(SET_GLOBALS, ({ globals }: { globals?: Record<string, unknown> }) => {
    // The preview starts from its initial globals; apply the remembered choice once.
    if (!restored && restoredTheme !== undefined) {
      restored = true;
      if (globals?.["theme"] !== restoredTheme) {
        api.updateGlobals({ theme: restoredTheme });
        return;
      }
    }
    follow(globals);
  });
  api.on(GLOBALS_UPDATED, ({ globals }: { globals?: Record<string, unknown> }) => follow(globals));
});
