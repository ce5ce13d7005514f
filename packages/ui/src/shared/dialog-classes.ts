/**
 * Class names of the modal parts Dialog, AlertDialog, Sheet and Drawer share. Their looks live in
 * one stylesheet, dialog/dialog.css (as the menus share dropdown-menu.css, see menu-classes.ts):
 * each component renders these beside its own `.nx-<name>-…` class, which stays for a product's
 * overrides and carries only what differs (a sheet's footer sits at the bottom, a drawer's
 * header is centred). One rule per look instead of one per component keeps the stylesheet small
 * (docs/architecture.md, "Stylesheet size"), and a title or a close button cannot drift.
 */
export const dialogClasses = {
  /** The dimmed backdrop, with its fade (Dialog, AlertDialog, Sheet; vaul animates Drawer's). */
  overlay: "nx-dialog-overlay",
  /** A modal panel's position, fill, type and shadow (Dialog, AlertDialog, Sheet, Drawer). */
  panel: "nx-dialog-panel",
  /** The centred panel (Dialog, AlertDialog). */
  content: "nx-dialog-content",
  /** The small centred panel's width (AlertDialog). */
  contentSmall: "nx-dialog-content--sm",
  /** The close button in the panel's corner, its icon and its visually hidden label. */
  close: "nx-dialog-content__close nx-focus-ring nx-hover-tint",
  closeIcon: "nx-dialog-content__close-icon nx-icon-sm",
  closeLabel: "nx-dialog-content__close-label nx-visually-hidden",
  /** Title and description stacked, clear of the close button (Dialog, Sheet). */
  header: "nx-dialog-header",
  /** Actions: stacked on small screens, in a row at the end from `sm`. */
  footer: "nx-dialog-footer",
  /** The heading. */
  title: "nx-dialog-title",
  /** The muted text under the heading. */
  description: "nx-dialog-description",
} as const;
