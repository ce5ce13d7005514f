"use client";

import * as React from "react";

/** Scrolls a Combobox's virtual list; the Combobox brings the keyboard's highlight into view. */
export interface ComboboxVirtualizer {
  /** Scrolls as little as needed for the row at `index` to be in view. */
  scrollToIndex: (index: number) => void;
}

/**
 * Height of a row: a `nx-listbox-item` (32px). Rows of a virtual list all have this height and
 * are not measured: measuring 10,000 rows would defeat the point.
 */
const rowHeight = 32;
/** The listbox's padding above the first row and below the last (`nx-listbox`'s `p-1`). */
const listPadding = 4;
/**
 * The most the listbox shows: its largest height (the popup's `max-block-size`, 20rem). A
 * popup squeezed by a short viewport shows less and renders a few rows more than it needs.
 */
const viewportHeight = 320;
/** Rows rendered beyond each end of the view, so keys that repeat land on a rendered row. */
const overscan = 2;

export interface ComboboxVirtualListProps {
  /** The filtered option values, in order. */
  values: readonly string[];
  virtualizerRef: React.RefObject<ComboboxVirtualizer | null>;
  renderItem: (value: string, index: number, props: React.ComponentProps<"div">) => React.ReactNode;
}

/**
 * Renders only the rows in view (plus a few above and below) of a long Combobox list; Downshift
 * moves the highlight by index, so keyboard navigation reaches every option.
 *
 * Rows have one fixed height, so the rows in view follow from the scroll offset by arithmetic:
 * nothing is measured and nothing is built per option (a general virtualizer builds a table of
 * all 10,000 row positions each time the list opens; docs/architecture.md, "Combobox").
 */
export function ComboboxVirtualList({
  values,
  virtualizerRef,
  renderItem,
}: ComboboxVirtualListProps) {
  // The listbox itself scrolls (it is the sizer's parent): one scrolling element, which the
  // listbox's tabindex makes keyboard-reachable.
  const sizerRef = React.useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const hasRows = values.length > 0;
  // An effect, not a ref callback's cleanup: React 18 ignores what a ref callback returns.
  React.useEffect(() => {
    const list = sizerRef.current?.parentElement;
    if (!list) return;
    const onScroll = () => setScrollTop(list.scrollTop);
    list.addEventListener("scroll", onScroll, { passive: true });
    return () => list.removeEventListener("scroll", onScroll);
  }, [hasRows]);

  React.useImperativeHandle(
    virtualizerRef,
    () => ({
      scrollToIndex(index) {
        const list = sizerRef.current?.parentElement;
        if (!list) return;
        const top = listPadding + index * rowHeight;
        let next = list.scrollTop;
        if (top - listPadding < next) next = top - listPadding;
        else if (top + rowHeight + listPadding > next + list.clientHeight)
          next = top + rowHeight + listPadding - list.clientHeight;
        if (next === list.scrollTop) return;
        list.scrollTop = next;
        // Rendered now, not at the scroll event: the highlighted row exists in this commit.
        setScrollTop(next);
      },
    }),
    [],
  );

  if (!hasRows) return null;
  const first = Math.max(0, Math.floor((scrollTop - listPadding) / rowHeight) - overscan);
  const last = Math.min(
    values.length,
    Math.ceil((scrollTop + viewportHeight - listPadding) / rowHeight) + overscan,
  );
  const rows: React.ReactNode[] = [];
  for (let index = first; index < last; index += 1) {
    rows.push(
      renderItem(values[index]!, index, {
        "data-index": index,
        "aria-setsize": values.length,
        "aria-posinset": index + 1,
        style: {
          position: "absolute",
          insetInlineStart: 0,
          top: 0,
          inlineSize: "100%",
          blockSize: rowHeight,
          transform: `translateY(${listPadding + index * rowHeight}px)`,
        },
      } as React.ComponentProps<"div">),
    );
  }
  return (
    <div
      ref={sizerRef}
      role="presentation"
      data-slot="combobox-virtual-sizer"
      className="nx-listbox__sizer"
      style={{ blockSize: values.length * rowHeight + 2 * listPadding }}
    >
      {rows}
    </div>
  );
}
