"use client";

import { SearchIcon } from "@nexod/icons";
import { Command as CommandPrimitive, useCommandState } from "cmdk";
import { cx } from "class-variance-authority";
import * as React from "react";
import { fuzzyScore } from "../../shared/fuzzy-filter";
import { listClasses } from "../../shared/list-classes";
import type { OpenStateProps } from "../../shared/open-state";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "../dialog/dialog";

/** cmdk's filter on the fuzzy score Combobox uses, so both find the same options. */
export function commandFilter(value: string, search: string, keywords?: string[]): number {
  return fuzzyScore(value, search, keywords);
}

export type CommandProps = React.ComponentPropsWithoutRef<typeof CommandPrimitive>;

/**
 * A searchable list of actions or places (a command palette): type to filter, arrows and
 * Home/End to move, Enter to run. Filters with the fuzzy match Combobox uses; set
 * `shouldFilter={false}` to filter yourself (async results). Put it in a `CommandDialog` for ⌘K.
 */
export const Command = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CommandPrimitive>,
  CommandProps
>(function Command({ className, filter = commandFilter, loop = true, ...props }, ref) {
  return (
    <CommandPrimitive
      ref={ref}
      data-slot="command"
      className={cx("nx-command", className)}
      filter={filter}
      loop={loop}
      {...props}
    />
  );
});

export type CommandInputProps = React.ComponentPropsWithoutRef<typeof CommandPrimitive.Input>;

/** The search field at the top, with a magnifier. Name it with `aria-label` or `placeholder`. */
export const CommandInput = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CommandPrimitive.Input>,
  CommandInputProps
>(function CommandInput({ className, ...props }, ref) {
  return (
    <div data-slot="command-input-wrapper" className="nx-command-input-wrapper">
      <SearchIcon size="sm" className="nx-command-input-wrapper__icon" />
      <CommandPrimitive.Input
        ref={ref}
        data-slot="command-input"
        className={cx("nx-command-input", className)}
        {...props}
      />
    </div>
  );
});

export type CommandListProps = React.ComponentPropsWithoutRef<typeof CommandPrimitive.List>;

/** The scrolling listbox of groups and items. */
export const CommandList = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CommandPrimitive.List>,
  CommandListProps
>(function CommandList({ className, ...props }, ref) {
  return (
    <CommandPrimitive.List
      ref={ref}
      data-slot="command-list"
      className={cx(listClasses.list, "nx-command-list", className)}
      {...props}
    />
  );
});

export type CommandEmptyProps = React.HTMLAttributes<HTMLDivElement>;

/**
 * Shown, and announced, when nothing matches the search. Put it inside `Command` but outside
 * `CommandList` (next to `CommandLoading`): a listbox may hold only options and groups.
 */
export const CommandEmpty = /* @__PURE__ */ React.forwardRef<HTMLDivElement, CommandEmptyProps>(
  function CommandEmpty({ className, children, ...props }, ref) {
    const empty = useCommandState((state) => state.filtered.count === 0);
    // A live region: it stays mounted and announces its text when it appears.
    return (
      <div ref={ref} role="status" data-slot="command-empty" {...props}>
        {empty && <div className={cx(listClasses.empty, className)}>{children}</div>}
      </div>
    );
  },
);

export interface CommandLoadingProps extends React.ComponentPropsWithoutRef<
  typeof CommandPrimitive.Loading
> {
  /**
   * Text of the row, also read out; translate it with the product.
   * @default "Loading…"
   */
  label?: string;
}

/**
 * A "Loading…" row with a spinner (a `progressbar`) while results are fetched; render it only
 * while loading, inside `Command` but outside `CommandList`, like `CommandEmpty`.
 */
export const CommandLoading = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CommandPrimitive.Loading>,
  CommandLoadingProps
>(function CommandLoading({ className, label = "Loading…", children, ...props }, ref) {
  return (
    <CommandPrimitive.Loading
      ref={ref}
      data-slot="command-loading"
      label={label}
      className={cx("nx-command-loading", className)}
      {...props}
    >
      <span className={listClasses.loading}>
        <span className={listClasses.spinner} aria-hidden="true" />
        {children ?? label}
      </span>
    </CommandPrimitive.Loading>
  );
});

export type CommandGroupProps = React.ComponentPropsWithoutRef<typeof CommandPrimitive.Group>;

/** Items under a `heading`; the group hides when none of its items match. */
export const CommandGroup = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CommandPrimitive.Group>,
  CommandGroupProps
>(function CommandGroup({ className, ...props }, ref) {
  return (
    <CommandPrimitive.Group
      ref={ref}
      data-slot="command-group"
      className={cx(listClasses.group, "nx-command-group", className)}
      {...props}
    />
  );
});

export interface CommandSeparatorProps extends React.HTMLAttributes<HTMLDivElement> {
  /**
   * Keep the line while searching (it hides then by default, as groups collapse).
   * @default false
   */
  alwaysRender?: boolean;
}

/**
 * A line between groups; hidden while searching unless `alwaysRender`. Decorative: a listbox
 * may hold only options and groups, so it is hidden from assistive technology (`aria-hidden`).
 */
export const CommandSeparator = /* @__PURE__ */ React.forwardRef<
  HTMLDivElement,
  CommandSeparatorProps
>(function CommandSeparator({ className, alwaysRender = false, ...props }, ref) {
  const searching = useCommandState((state) => state.search !== "");
  if (searching && !alwaysRender) return null;
  return (
    <div
      ref={ref}
      aria-hidden="true"
      data-slot="command-separator"
      className={cx(listClasses.separator, className)}
      {...props}
    />
  );
});

export type CommandItemProps = React.ComponentPropsWithoutRef<typeof CommandPrimitive.Item>;

/**
 * An action or place; `onSelect` runs on click or Enter. Its text is what the search matches;
 * add `keywords` for other words that should find it. Put a leading icon and a
 * `CommandShortcut` inside.
 */
export const CommandItem = /* @__PURE__ */ React.forwardRef<
  React.ComponentRef<typeof CommandPrimitive.Item>,
  CommandItemProps
>(function CommandItem({ className, ...props }, ref) {
  return (
    <CommandPrimitive.Item
      ref={ref}
      data-slot="command-item"
      className={cx(listClasses.item, className)}
      {...props}
    />
  );
});

export type CommandShortcutProps = React.HTMLAttributes<HTMLElement>;

/**
 * The keys that run an item without the palette ("⌘N"), at its end. It only shows them: bind
 * the keys yourself. Screen readers read it with the item.
 */
export const CommandShortcut = /* @__PURE__ */ React.forwardRef<HTMLElement, CommandShortcutProps>(
  function CommandShortcut({ className, ...props }, ref) {
    return (
      <kbd
        ref={ref}
        data-slot="command-shortcut"
        className={cx(listClasses.itemShortcut, className)}
        {...props}
      />
    );
  },
);

/** Whether a keydown is ⌘ (macOS) or Ctrl (elsewhere) plus `key`, without Shift or Alt. */
function isShortcut(event: KeyboardEvent, key: string): boolean {
  return (
    (event.metaKey || event.ctrlKey) &&
    !event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === key.toLowerCase()
  );
}

/**
 * Calls `onShortcut` when ⌘`key` (macOS) or Ctrl+`key` is pressed anywhere on the page, and
 * stops the browser's own use of it (Ctrl+K focuses the address bar in some browsers).
 * `CommandDialog`'s `shortcut` prop uses it; use it directly to open your own palette.
 */
export function useCommandShortcut(key: string | undefined, onShortcut: () => void): void {
  const callback = React.useRef(onShortcut);
  React.useEffect(() => {
    callback.current = onShortcut;
  });
  React.useEffect(() => {
    if (!key) return undefined;
    if (key.length !== 1) {
      throw new Error(
        `useCommandShortcut: the shortcut is one key pressed with ⌘ or Ctrl, like "k"; got "${key}".`,
      );
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event, key)) return;
      event.preventDefault();
      callback.current();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [key]);
}

export interface CommandDialogProps extends OpenStateProps, Omit<CommandProps, "title"> {
  /**
   * The dialog's accessible name; visually hidden (the search field says what to do).
   * @default "Command palette"
   */
  title?: string;
  /**
   * The dialog's accessible description; visually hidden.
   * @default "Search for a command to run."
   */
  description?: string;
  /**
   * A key that opens and closes the dialog with ⌘ (macOS) or Ctrl, anywhere on the page: `"k"`
   * for ⌘K / Ctrl+K. Without it, open the dialog yourself (`open` or `useCommandShortcut`).
   */
  shortcut?: string;
  /** Classes of the dialog window. `className` goes on the `Command` inside. */
  contentClassName?: string;
}

/**
 * A `Command` in a modal dialog: the ⌘K palette. Focus moves to the search field on open,
 * Escape closes, and focus returns to where it was. `shortcut="k"` opens it with ⌘K / Ctrl+K.
 */
export function CommandDialog({
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  title = "Command palette",
  description = "Search for a command to run.",
  shortcut,
  contentClassName,
  children,
  ...commandProps
}: CommandDialogProps) {
  const [uncontrolledOpen, setUncontrolledOpen] = React.useState(defaultOpen);
  const open = openProp ?? uncontrolledOpen;
  const setOpen = (next: boolean) => {
    if (openProp === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };
  useCommandShortcut(shortcut, () => setOpen(!open));
  // The dialog has no trigger of its own (a shortcut or a product's button opens it), so it
  // gives focus back to whatever had it before it opened.
  const returnFocusTo = React.useRef<HTMLElement | null>(null);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent
        data-slot="command-dialog"
        className={cx("nx-command-dialog", contentClassName)}
        showCloseButton={false}
        onOpenAutoFocus={() => {
          const active = document.activeElement;
          returnFocusTo.current = active instanceof HTMLElement ? active : null;
        }}
        onCloseAutoFocus={(event) => {
          const target = returnFocusTo.current;
          returnFocusTo.current = null;
          if (target?.isConnected) {
            event.preventDefault();
            target.focus();
          }
        }}
      >
        <DialogTitle className="nx-command-dialog__title">{title}</DialogTitle>
        <DialogDescription className="nx-command-dialog__title">{description}</DialogDescription>
        <Command {...commandProps}>{children}</Command>
      </DialogContent>
    </Dialog>
  );
}
