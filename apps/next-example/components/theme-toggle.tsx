"use client";

import { useTheme } from "next-themes";
import * as React from "react";

const subscribeNever = () => () => {};

/** True after hydration; false on the server and during hydration. */
function useHydrated() {
  return React.useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/**
 * Switches between light and dark. A plain <button> with token utilities (not @nexod/ui's
 * Button) because it sits in the root layout, which server-only pages share.
 */
export function ThemeToggle() {
  const { resolvedTheme, setTheme } = useTheme();
  const hydrated = useHydrated();
  // The server cannot know the stored theme: render a neutral label until hydrated.
  const isDark = hydrated && resolvedTheme === "dark";
  return (
    // eslint-disable-next-line @nexod/prefer-components -- the root layout is shared by server-only pages (see above)
    <button
      type="button"
      data-testid="theme-toggle"
      aria-pressed={hydrated ? isDark : undefined}
      onClick={() => setTheme(isDark ? "light" : "dark")}
      className="cursor-pointer rounded-md border border-border bg-background px-3 py-1.5 text-sm font-medium text-foreground hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
    >
      Dark mode
    </button>
  );
}
