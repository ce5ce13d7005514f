import { DocsContainer, type DocsContainerProps } from "@storybook/addon-docs/blocks";
import type { Decorator } from "@storybook/react-vite";
import * as React from "react";
import { GLOBALS_UPDATED, SET_GLOBALS } from "storybook/internal/core-events";
import { themes } from "storybook/theming";

/**
 * The `theme` global (toolbar): `light` and `dark` set `data-theme` on the preview root, exactly
 * as a product does with next-themes (`<ThemeProvider attribute="data-theme">`); `side-by-side`
 * renders the story twice, in a light and a dark container.
 */
export type ThemeGlobal = "light" | "dark" | "side-by-side";

export const THEME_GLOBALS: readonly ThemeGlobal[] = ["light", "dark", "side-by-side"];

export function toThemeGlobal(value: unknown): ThemeGlobal {
  return THEME_GLOBALS.includes(value as ThemeGlobal) ? (value as ThemeGlobal) : "light";
}

/**
 * What a product's root layout does: `data-theme` on `<html>` and the page painted with the
 * background/foreground tokens. Radix portals (dialogs, menus, toasts) render into `<body>`, so
 * they take the theme from here too.
 */
function applyRootTheme(theme: ThemeGlobal, paintBody: boolean) {
  const root = document.documentElement;
  root.dataset.theme = theme === "dark" ? "dark" : "light";
  const { style } = document.body;
  if (paintBody) {
    style.backgroundColor = "var(--nx-color-background)";
    style.color = "var(--nx-color-foreground)";
  } else {
    style.removeProperty("background-color");
    style.removeProperty("color");
  }
}

/** A region in one theme that paints its own background, for side by side and docs pages. */
function ThemeFrame({
  theme,
  label,
  children,
}: {
  theme: "light" | "dark";
  label?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div
      data-theme={theme}
      data-nexod-theme-frame=""
      style={{
        backgroundColor: "var(--nx-color-background)",
        color: "var(--nx-color-foreground)",
        padding: "1rem",
        minWidth: 0,
      }}
    >
      {label ? (
        <div
          style={{
            font: "500 0.75rem/1rem var(--nx-font-family-sans)",
            color: "var(--nx-color-muted-foreground)",
            marginBottom: "0.75rem",
            textTransform: "uppercase",
            letterSpacing: "0.05em",
          }}
        >
          {theme}
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** Global decorator: applies the `theme` global to canvas, docs stories and tests. */
export const withTheme: Decorator = (Story, context) => {
  const theme = toThemeGlobal(context.globals.theme);
  const inDocs = context.viewMode === "docs";
  applyRootTheme(theme, !inDocs);

  if (theme === "side-by-side") {
    return (
      <div
        style={{
          display: "grid",
          gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 20rem), 1fr))",
          gap: 0,
        }}
      >
        <ThemeFrame theme="light" label>
          <Story />
        </ThemeFrame>
        <ThemeFrame theme="dark" label>
          <Story />
        </ThemeFrame>
      </div>
    );
  }
  if (inDocs) {
    return (
      <ThemeFrame theme={theme}>
        <Story />
      </ThemeFrame>
    );
  }
  return <Story />;
};

// --- docs pages ---------------------------------------------------------------------------------
// The docs page chrome follows the toolbar too (Storybook's dark docs theme in dark mode), so a
// designer reviewing dark mode is not reading dark components inside a white page.

interface GlobalsPayload {
  globals?: Record<string, unknown>;
}

/** Reads the current globals from the docs context's store (not part of the typed API). */
function currentGlobals(context: unknown): Record<string, unknown> | undefined {
  const store = (context as { store?: { userGlobals?: { get?: () => Record<string, unknown> } } })
    .store;
  try {
    return store?.userGlobals?.get?.();
  } catch {
    return undefined;
  }
}

export function ThemedDocsContainer(props: React.PropsWithChildren<DocsContainerProps>) {
  const { context } = props;
  const [theme, setTheme] = React.useState(() => toThemeGlobal(currentGlobals(context)?.theme));

  React.useEffect(() => {
    // The store is the source of truth: a standalone iframe (?globals=theme:dark) also hears
    // its own earlier SET_GLOBALS/GLOBALS_UPDATED echoes, which carry the initial value.
    const onGlobals = ({ globals }: GlobalsPayload) =>
      setTheme(toThemeGlobal(currentGlobals(context)?.theme ?? globals?.theme));
    context.channel.on(GLOBALS_UPDATED, onGlobals);
    context.channel.on(SET_GLOBALS, onGlobals);
    return () => {
      context.channel.off(GLOBALS_UPDATED, onGlobals);
      context.channel.off(SET_GLOBALS, onGlobals);
    };
  }, [context]);

  // Pages without stories (MDX, Foundations) get the root theme here; story decorators set it
  // for component pages too.
  React.useEffect(() => applyRootTheme(theme, false), [theme]);

  return <DocsContainer {...props} theme={theme === "dark" ? themes.dark : themes.light} />;
}
