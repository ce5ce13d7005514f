"use client";

import { autoUpdate, computePosition, flip, offset, shift, size } from "@floating-ui/dom";
import * as React from "react";

/** Space kept between the popup and the viewport's edges, in px. */
const viewportPadding = 5;

/**
 * Shows `popupRef` in the top layer (as a `popover="manual"`) while `open` and keeps it
 * placed under `anchorRef`, or above it when there is more room there. The popup stays where
 * React renders it (next to its control, so it inherits the theme and stays in the form's and
 * the dialog's DOM) and the top layer keeps it above every stacking context and clip. It sets
 * on the popup, for its stylesheet: `--anchor-width`, `--available-width`,
 * `--available-height`, `--transform-origin` and `data-side` (`top` or `bottom`).
 *
 * Placement is floating-ui's (`flip`, `shift`, `size`), re-run on scroll and resize while open.
 * The first placement resolves in a microtask of the opening task, so the first frame already
 * shows the popup in place. A browser without the Popover API shows the popup as a fixed
 * element instead (the stylesheet gives it a z-index).
 */
export function useAnchoredPopup(
  open: boolean,
  anchorRef: React.RefObject<HTMLElement | null>,
  popupRef: React.RefObject<HTMLElement | null>,
  gap: number,
) {
  React.useLayoutEffect(() => {
    const anchor = anchorRef.current;
    const popup = popupRef.current;
    if (!open || !anchor || !popup) return;
    // Set here, not rendered: an environment without the Popover API (jsdom) may still hide
    // every [popover] element.
    const topLayer = typeof popup.showPopover === "function";
    if (topLayer && !popup.matches(":popover-open")) {
      popup.popover = "manual";
      popup.showPopover();
    }
    let current = true;
    const place = () =>
      computePosition(anchor, popup, {
        strategy: "fixed",
        placement: "bottom-start",
        middleware: [
          offset(gap),
          flip({ padding: viewportPadding }),
          shift({ padding: viewportPadding }),
          size({
            padding: viewportPadding,
            apply({ availableWidth, availableHeight, rects }) {
              popup.style.setProperty("--anchor-width", `${rects.reference.width}px`);
              popup.style.setProperty("--available-width", `${availableWidth}px`);
              popup.style.setProperty("--available-height", `${availableHeight}px`);
            },
          }),
        ],
      }).then(({ x, y, placement }) => {
        if (!current) return;
        const side = placement.startsWith("top") ? "top" : "bottom";
        popup.style.left = `${x}px`;
        popup.style.top = `${y}px`;
        popup.style.setProperty("--transform-origin", side === "top" ? "bottom" : "top");
        popup.dataset.side = side;
      });
    const stop = autoUpdate(anchor, popup, place);
    return () => {
      current = false;
      stop();
      if (topLayer && popup.isConnected && popup.matches(":popover-open")) popup.hidePopover();
    };
  }, [open, anchorRef, popupRef, gap]);
}
