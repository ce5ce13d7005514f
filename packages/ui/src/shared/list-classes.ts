/**
 * Class names of the option list Combobox and Command share (styles: combobox/combobox.css,
 * "Option list"). Both render these, so an option, a group heading, the empty and the loading
 * row look the same in both and cannot drift apart.
 */
export const listClasses = {
  /** The scrolling list. */
  list: "nx-listbox",
  /** An option: Combobox marks it `data-highlighted`, cmdk `data-selected="true"`. */
  item: "nx-listbox-item",
  /** The leading glyph of an option (a product's icon). */
  itemIcon: "nx-listbox-item__icon",
  /** The text of an option. */
  itemLabel: "nx-listbox-item__label",
  /** The check mark of a chosen option, at the end. */
  itemIndicator: "nx-listbox-item__indicator",
  /** A keyboard shortcut at the end of an option. */
  itemShortcut: "nx-listbox-item__shortcut",
  /** A group of options. */
  group: "nx-listbox-group",
  /** A group's heading. */
  groupLabel: "nx-listbox-group-label",
  /** "No results". */
  empty: "nx-listbox-empty",
  /** "Loading…" with a spinner. */
  loading: "nx-listbox-loading",
  /** The spinner of the loading row. */
  spinner: "nx-listbox-loading__spinner",
  /** A line between groups. */
  separator: "nx-listbox-separator",
} as const;
