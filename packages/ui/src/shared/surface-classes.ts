/**
 * Class names of looks several components share, written once in css/shared.css instead of once
 * per component (docs/architecture.md, "Stylesheet size"). A component renders the shared class
 * beside its own `.nx-<name>-…` class, which stays for a product's overrides and carries what
 * differs (size, padding, layout, z-index). css/shared.css comes before every component's
 * stylesheet, so a component's own rule wins where both set the same property.
 */
export const surfaceClasses = {
  /**
   * A floating panel anchored to a trigger: rounded, bordered, raised, with a shadow, scaling in
   * on `data-state="open"` and out on `"closed"` when the user allows motion. Popover,
   * HoverCard, Select's list, Combobox's popup (its own open animation, on `data-open`),
   * DatePicker and DateRangePicker.
   */
  popover: "nx-popover-surface",
} as const;
