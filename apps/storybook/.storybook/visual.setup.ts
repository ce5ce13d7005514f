/**
 * After every story test (render + play + axe): the layout invariants, then the story's
 * screenshot compared with its baseline in `visual/<project>/<story id>.png`.
 */
import { STORY_RENDERED } from "storybook/internal/core-events";
import { addons } from "storybook/preview-api";
import { afterEach, expect } from "vitest";
import { page } from "vitest/browser";

// Room around the content for focus outlines and shadows.
const MARGIN = 8;

// A blinking caret or a transition still running (a hover fade, a spinner) would make two
// screenshots of the same story differ; screenshots show every element in its final state.
const stillFrames = document.createElement("style");
stillFrames.textContent = `*, *::before, *::after {
  caret-color: transparent !important;
  transition: none !important;
  animation-play-state: paused !important;
}`;
document.head.append(stillFrames);

/**
 * storybook-addon-pseudo-states forces hover and focus (`parameters.pseudo`) by rewriting the
 * stylesheets when Storybook announces a rendered story. Stories run as tests announce nothing,
 * so announce it before the screenshot (rewriting is idempotent). axe has already run by then:
 * it checks the cells at rest.
 */
function forcePseudoStates(storyId: string) {
  addons.getChannel().emit(STORY_RENDERED, storyId);
}

/** Elements a story draws: the story root's content and whatever it portalled into <body>. */
function drawnElements(): Element[] {
  const root = document.getElementById("storybook-root");
  const portals = [...document.body.children].filter(
    (child) => child !== root && !["SCRIPT", "STYLE", "LINK"].includes(child.tagName),
  );
  // A portal's own box counts (a dialog's panel), the story root's does not (it spans the page).
  return [
    ...(root ? root.querySelectorAll("*") : []),
    ...portals.flatMap((portal) => [portal, ...portal.querySelectorAll("*")]),
  ];
}

function isRendered(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== "hidden";
}

function nexodElements(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[class^="nx-"], [class*=" nx-"]')].filter(
    isRendered,
  );
}

function describe(element: Element): string {
  return `<${element.tagName.toLowerCase()} class="${element.getAttribute("class")}">`;
}

/** No Nexod element sticks out of the window sideways (Toast was cut off by ~40 px). */
function expectNothingOverflowsTheViewport() {
  const width = document.documentElement.clientWidth;
  const overflowing = nexodElements()
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.left < -0.5 || rect.right > width + 0.5;
    })
    .map(describe);
  expect(overflowing, "Nexod elements outside the viewport horizontally").toEqual([]);
}

/** Components size themselves the same with or without a product's reset. */
function expectBorderBoxSizing() {
  const contentBox = nexodElements()
    .filter((element) => getComputedStyle(element).boxSizing !== "border-box")
    .map(describe);
  expect(contentBox, "Nexod elements without box-sizing: border-box").toEqual([]);
}

/** A fixed, transparent element over everything the story drew: the screenshot's crop. */
function cropToDrawnArea(): HTMLElement {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const element of drawnElements().filter(isRendered)) {
    const rect = element.getBoundingClientRect();
    left = Math.min(left, rect.left);
    top = Math.min(top, rect.top);
    right = Math.max(right, rect.right);
    bottom = Math.max(bottom, rect.bottom);
  }
  const { clientWidth, clientHeight } = document.documentElement;
  if (left === Infinity) [left, top, right, bottom] = [0, 0, clientWidth, clientHeight];
  const crop = document.createElement("div");
  crop.dataset.visualCrop = "";
  const x = Math.max(0, Math.floor(left - MARGIN));
  const y = Math.max(0, Math.floor(top - MARGIN));
  Object.assign(crop.style, {
    position: "fixed",
    left: `${x}px`,
    top: `${y}px`,
    width: `${Math.max(1, Math.min(clientWidth, Math.ceil(right + MARGIN)) - x)}px`,
    height: `${Math.max(1, Math.min(clientHeight, Math.ceil(bottom + MARGIN)) - y)}px`,
    pointerEvents: "none",
  });
  document.body.append(crop);
  return crop;
}

/**
 * Resolves once the DOM has not changed for `quietMs` (at most `maxMs`): overlays and toasts
 * finish mounting, announcing and positioning after a story's play function returns.
 */
function domSettled(quietMs = 250, maxMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    let quiet = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    function done() {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve();
    }
  });
}

afterEach(async ({ task }) => {
  const storyId = (task.meta as { storyId?: string }).storyId;
  if (!storyId || task.result?.state === "fail") return;
  forcePseudoStates(storyId);
  expectNothingOverflowsTheViewport();
  expectBorderBoxSizing();
  await document.fonts.ready;
  await domSettled();
  const crop = cropToDrawnArea();
  try {
    await expect.element(page.elementLocator(crop), { timeout: 30_000 }).toMatchScreenshot(storyId);
  } finally {
    crop.remove();
  }
});
