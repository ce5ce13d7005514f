"use client";

import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import * as React from "react";

/** The TanStack virtualizer of a Combobox's list; the Combobox scrolls it to the highlight. */
export type ComboboxVirtualizer = Virtualizer<HTMLElement, Element>;

/**
 * Height of a row: a `nx-listbox-item` (32px). Rows of a virtual list all have this height and
 * are not measured: measuring 10,000 rows would defeat the point.
 */
const rowHeight = 32;

/**
 * The size the list is assumed to have before it is measured: its largest height (the popup's
 * `max-block-size`, 20rem). The first render then already holds the rows an open list shows,
 * so measuring it (in a layout effect) finds the same range and renders nothing again; only a
 * list squeezed by a short viewport renders twice.
 */
const initialRect = { width: 0, height: 320 };

export interface ComboboxVirtualListProps {
  /** The filtered option values, in order. */
  values: readonly string[];
  virtualizerRef: React.RefObject<ComboboxVirtualizer | null>;
  renderItem: (value: string, index: number, props: React.ComponentProps<"div">) => React.ReactNode;
}

/**
 * Renders only the rows in view (plus a few above and below) of a long Combobox list; Base UI
 * moves the highlight by index, so keyboard navigation reaches every option.
 */
export function ComboboxVirtualList({
  values,
  virtualizerRef,
  renderItem,
}: ComboboxVirtualListProps) {
  // The listbox itself scrolls (it is the sizer's parent): one scrolling element, which the
  // listbox's tabindex makes keyboard-reachable.
  const sizerRef = React.useRef<HTMLDivElement | null>(null);
  // The rows skip style and layout until the frame that shows them. Opening mounts the popup
  // and Base UI then positions it in the same task, forcing style and layout three times (its
  // size() and transform-origin middleware write CSS variables on the positioner, which every
  // element under it inherits). With the sizer at `content-visibility: hidden` those passes
  // cover the popup's few elements only, and the rows get their style once, in the frame's own
  // pass. The sizer has an explicit block size, so hiding its content changes no size: Base UI
  // measures the same popup.
  const attachSizer = React.useCallback((sizer: HTMLDivElement | null) => {
    sizerRef.current = sizer;
    if (!sizer) return;
    sizer.style.setProperty("content-visibility", "hidden");
    // Animation frame callbacks run before the frame's style and layout: the rows are shown
    // in the first frame after opening.
    const frame = requestAnimationFrame(() => sizer.style.removeProperty("content-visibility"));
    return () => cancelAnimationFrame(frame);
  }, []);
  // The virtualizer is read fresh on every render and never memoised, as TanStack requires.
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here is memoised
  const virtualizer = useVirtualizer({
    count: values.length,
    getScrollElement: () => sizerRef.current?.parentElement ?? null,
    estimateSize: () => rowHeight,
    initialRect,
    overscan: 2,
    paddingStart: 4,
    paddingEnd: 4,
    scrollPaddingStart: 4,
    scrollPaddingEnd: 4,
  });
  React.useImperativeHandle(virtualizerRef, () => virtualizer, [virtualizer]);

  if (values.length === 0) return null;
  return (
    <div
      // Attached before the virtualizer's layout effect runs, which then finds the listbox.
      ref={attachSizer}
      role="presentation"
      data-slot="combobox-virtual-sizer"
      className="nx-listbox__sizer"
      style={{ blockSize: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const value = values[row.index];
        if (value === undefined) return null;
        return renderItem(value, row.index, {
          "data-index": row.index,
          "aria-setsize": values.length,
          "aria-posinset": row.index + 1,
          style: {
            position: "absolute",
            insetInlineStart: 0,
            top: 0,
            inlineSize: "100%",
            blockSize: row.size,
            transform: `translateY(${row.start}px)`,
          },
        } as React.ComponentProps<"div">);
      })}
    </div>
  );
}
