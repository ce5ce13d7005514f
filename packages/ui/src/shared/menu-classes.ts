import { cva } from "class-variance-authority";

/**
 * Class names of the menu parts DropdownMenu, ContextMenu and Menubar share. Their looks live in
 * one stylesheet, dropdown-menu/dropdown-menu.css; ContextMenu and Menubar render these same
 * classes (plus a class of their own on the surface, to map Radix's placement variables), so an
 * item, a label, a check mark or a shortcut looks the same in all three menus and cannot drift.
 */
export const menuClasses = {
  /** The menu and submenu surface. */
  content: "nx-dropdown-menu-content",
  /** A submenu surface (keeps its natural height). */
  subContent: "nx-dropdown-menu-sub-content",
  /** Checkbox item: leaves room for its indicator. */
  checkboxItem: "nx-dropdown-menu-checkbox-item",
  /** Radio item: leaves room for its indicator. */
  radioItem: "nx-dropdown-menu-radio-item",
  /** The check mark or dot slot of a checkbox or radio item. */
  itemIndicator: "nx-dropdown-menu-item__indicator",
  /** The radio item's dot. */
  itemDot: "nx-dropdown-menu-item__dot",
  /** The item that opens a submenu. */
  subTrigger: "nx-dropdown-menu-sub-trigger",
  /** The chevron at the end of a submenu trigger. */
  subTriggerChevron: "nx-dropdown-menu-sub-trigger__chevron",
  /** A heading for the items below it. */
  label: "nx-dropdown-menu-label",
  /** A line between groups of items. */
  separator: "nx-dropdown-menu-separator",
  /** A keyboard shortcut at the end of an item. */
  shortcut: "nx-dropdown-menu-shortcut",
} as const;

/** Variant values used when a prop is not given. */
export const menuItemDefaults = { variant: "neutral" } as const;

/** Class names of a menu item's look, shared by every menu (styles: dropdown-menu.css). */
export const menuItemVariants = /* @__PURE__ */ cva("nx-dropdown-menu-item", {
  variants: {
    /**
     * Meaning of the item. `destructive` marks a dangerous or irreversible action (delete,
     * revoke): its text and icons use the destructive colour and its highlight the destructive pair.
     * @default "neutral"
     */
    variant: {
      neutral: "nx-dropdown-menu-item--neutral",
      destructive: "nx-dropdown-menu-item--destructive",
    },
  },
  defaultVariants: { variant: menuItemDefaults.variant },
});
