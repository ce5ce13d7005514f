// Scaffolding the blocks' stories share. Not part of any block: `nexod add` copies only the files
// of a block's own folder (scripts/blocks.mjs), and blocks never import this file.
import type { Decorator } from "@storybook/react-vite";

/**
 * Page content (dashboard, list, detail): in a product it renders inside the app shell's main
 * landmark, with the shell's padding; the story gives it the same.
 */
export const inAppShellMain: Decorator = (Story) => (
  <main className="p-4 md:p-6 lg:p-8">
    <Story />
  </main>
);

/** Makes the small-screen query match, so a story shows what the sidebar becomes on a phone. */
function forceSmallScreen() {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => {
    const real = original.call(window, query);
    if (!query.includes("max-width")) return real;
    return {
      matches: true,
      media: query,
      onchange: null,
      addEventListener: real.addEventListener.bind(real),
      removeEventListener: real.removeEventListener.bind(real),
      addListener: real.addListener.bind(real),
      removeListener: real.removeListener.bind(real),
      dispatchEvent: real.dispatchEvent.bind(real),
    } as MediaQueryList;
  };
  return () => {
    window.matchMedia = original;
  };
}

/** Spread into a story: a phone-sized viewport with the small-screen media query matching. */
export const onPhone = {
  globals: { viewport: { value: "mobile1", isRotated: false } },
  beforeEach: forceSmallScreen,
};
