import { DocsContainer, type DocsContainerProps } from "@storybook/addon-docs/blocks";
// From source, like the stories: overlays read the theme from Theme's React context, and the
// built package would be a second copy of that context that source components never see.
import { Theme } from "../../../packages/ui/src/components/theme";
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

/** A region in one theme (Nexod's `Theme`, so overlays opened inside it follow), for side by side and docs pages. */
function ThemeFrame({
  theme,
  label,
  style,
  children,
}: {
  theme: "light" | "dark";
  label?: boolean;
  style?: React.CSSProperties;
  children: React.ReactNode;
}) {
  return (
    <Theme
      theme={theme}
      data-nexod-theme-frame=""
      style={{ padding: "1rem", minWidth: 0, ...style }}
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
    </Theme>
  );
}

/**
 * A story shown in its own iframe on a docs page (`docs.story.inline: false`: dialogs, menus,
 * toasts) gets no globals from Storybook; it follows the docs page's theme instead, and its
 * focus calls do not scroll the docs page to the middle when an overlay opens on load.
 */
function docsPageRoot(): HTMLElement | undefined {
  try {
    if (window.parent === window) return undefined;
    const parent = window.parent.document;
    return new URLSearchParams(window.parent.location.search).get("viewMode") === "docs"
      ? parent.documentElement
      : undefined;
  } catch {
    return undefined;
  }
}

const embeddedInDocs = docsPageRoot();
if (embeddedInDocs) {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function focusWithoutScrolling(options?: FocusOptions) {
    focus.call(this, { ...options, preventScroll: true });
  };
  new MutationObserver(() => {
    document.documentElement.dataset.theme = embeddedInDocs.dataset.theme ?? "light";
  }).observe(embeddedInDocs, { attributes: true, attributeFilter: ["data-theme"] });
}

/** Global decorator: applies the `theme` global to canvas, docs stories and tests. */
export const withTheme: Decorator = (Story, context) => {
  const theme = embeddedInDocs
    ? toThemeGlobal(embeddedInDocs.dataset.theme)
    : toThemeGlobal(context.globals.theme);
  const inDocs = context.viewMode === "docs";
  applyRootTheme(theme, !inDocs);

  if (theme === "side-by-side") {
    // Two equal columns over the whole canvas, also for `layout: "centered"` stories (whose
    // root would otherwise shrink the grid to one column); each column centres its story.
    const centered = context.parameters.layout === "centered";
    const column = centered
      ? { display: "flex", flexDirection: "column" as const, alignItems: "center" }
      : undefined;
    return (
      <div
        style={{
          display: "grid",
          gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
          // The centred layout's root shrinks to its content; the grid takes the canvas width.
          width: centered ? "calc(100vw - 2rem)" : "100%",
          minHeight: centered ? "100vh" : undefined,
          alignSelf: "stretch",
        }}
      >
        <ThemeFrame theme="light" label style={column}>
          <Story />
        </ThemeFrame>
        <ThemeFrame theme="dark" label style={column}>
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
