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

/** Spread into a story: a phone-sized viewport with the small-screen media query matching. */
export { onPhone } from "@nexod/testing/stories";
