// Storybook scaffolding shared by @nexod/ui's and @nexod/blocks' stories (not a product API).

/** Makes the small-screen query match, so a story shows what the sidebar becomes on a phone. */
export function forceSmallScreen() {
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
