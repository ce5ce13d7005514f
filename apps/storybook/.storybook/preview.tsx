// Exactly what a product imports: the built, shipped stylesheet (tokens included). No Tailwind
// runs in Storybook, so a class missing from the shipped CSS shows up here as it would in a product.
import "@nexod/ui/styles.css";
// The peer-entry-only components ship their rules beside their entry point, as a product using
// them imports them (installation docs).
import "@nexod/ui/chart.css";
import "@nexod/ui/data-table.css";
import "@nexod/ui/form.css";
import "@nexod/ui/resizable.css";
// What a product without its own reset loads: page font and colours from the tokens. Inter is the
// designed typeface, shipped as a package (no network fonts).
import "@fontsource-variable/inter";
import "@nexod/ui/base.css";
// The Tailwind the Blocks stories' own classes need (utilities only: no preflight).
import "@nexod/blocks/blocks.css";
import type { Preview } from "@storybook/react-vite";
import { withoutNullOptions } from "./arg-types";
import { setMockPathname } from "./next-mocks/navigation";
import { ComponentDocsPage } from "./docs-page";
import { THEME_GLOBALS, ThemedDocsContainer, withTheme } from "./theme";

const preview: Preview = {
  tags: ["autodocs"],
  globalTypes: {
    theme: {
      description: "Colour mode of the preview (data-theme on <html>)",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: THEME_GLOBALS.map((value) => ({
          value,
          title: value === "side-by-side" ? "Light and dark side by side" : value,
          icon: value === "light" ? "sun" : value === "dark" ? "moon" : "sidebaralt",
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light" },
  decorators: [
    withTheme,
    (Story, { parameters }) => {
      // Blocks read the route with usePathname(): a story names it, e.g. "/projects".
      setMockPathname((parameters.nextPathname as string | undefined) ?? "/");
      return <Story />;
    },
  ],
  argTypesEnhancers: [withoutNullOptions],
  parameters: {
    layout: "padded",
    controls: {
      expanded: true,
      sort: "requiredFirst",
      matchers: { color: /(background|color)$/i, date: /Date$/i },
    },
    // Every story is an axe test (addon-vitest): a violation fails the run, in light and dark.
    a11y: { test: "error" },
    // The toolbar theme paints the canvas; the backgrounds addon would fight it.
    backgrounds: { disable: true },
    docs: {
      container: ThemedDocsContainer,
      page: ComponentDocsPage,
      toc: true,
      codePanel: true,
    },
    options: {
      storySort: {
        order: [
          "Introduction",
          "Installation",
          "Contributing",
          "Foundations",
          ["Colors", "Typography", "Spacing", "Radii", "Shadows", "Motion", "*"],
          "Forms",
          "Overlays",
          "Feedback",
          "Navigation",
          "Data display",
          "Layout",
          "Blocks",
          ["Introduction", "*"],
          "*",
        ],
      },
    },
  },
};

export default preview;
