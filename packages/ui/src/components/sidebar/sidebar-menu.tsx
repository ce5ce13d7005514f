"use client";

import { ChevronDownIcon } from "@nexod/icons";
import * as CollapsiblePrimitive from "@radix-ui/react-collapsible";
import { Slot } from "@radix-ui/react-slot";
import { cva, cx, type VariantProps } from "class-variance-authority";
import * as React from "react";
import { useDirection } from "../direction/direction";
import { Tooltip, TooltipContent, TooltipTrigger } from "../tooltip/tooltip";
import { useSidebarInternals } from "./sidebar-context";

/** Values used when a prop is not given: one place for cva and the data attributes. */
const defaults = { size: "md" } as const;

/** Whether a `SidebarMenuSub` sits in a `SidebarMenuCollapsible` (and so folds with it). */
const CollapsibleContext = /* @__PURE__ */ React.createContext(false);

export type SidebarMenuProps = React.HTMLAttributes<HTMLUListElement>;

/** A list of `SidebarMenuItem`s. */
export const SidebarMenu = /* @__PURE__ */ React.forwardRef<HTMLUListElement, SidebarMenuProps>(
  function SidebarMenu({ className, ...props }, ref) {
    return (
      <ul
        ref={ref}
        data-slot="sidebar-menu"
        className={cx("nx-sidebar-menu", className)}
        {...props}
      />
    );
  },
);

export type SidebarMenuItemProps = React.LiHTMLAttributes<HTMLLIElement>;

/** One entry of a `SidebarMenu`: holds a `SidebarMenuButton` (and a nested menu). */
export const SidebarMenuItem = /* @__PURE__ */ React.forwardRef<
  HTMLLIElement,
  SidebarMenuItemProps
>(function SidebarMenuItem({ className, ...props }, ref) {
  return (
    <li
      ref={ref}
      data-slot="sidebar-menu-item"
      className={cx("nx-sidebar-menu-item", className)}
      {...props}
    />
  );
});

/** Class names of a SidebarMenuButton's look (styles: sidebar.css). */
export const sidebarMenuButtonVariants = /* @__PURE__ */ cva(
  "nx-sidebar-menu-button nx-focus-ring nx-hover-tint",
  {
    variants: {
      /**
       * Height and type size: `sm` 28px, `md` 32px, `lg` 48px (for an item with two lines, such
       * as a workspace switcher in the header).
       * @default "md"
       */
      size: {
        sm: "nx-sidebar-menu-button--sm",
        md: "nx-sidebar-menu-button--md",
        lg: "nx-sidebar-menu-button--lg",
      },
    },
    defaultVariants: { size: defaults.size },
  },
);

export interface SidebarMenuButtonProps
  extends
    React.ButtonHTMLAttributes<HTMLButtonElement>,
    VariantProps<typeof sidebarMenuButtonVariants> {
  /**
   * Render the single child element (a Next.js `Link`) with the button's styles: the usual way
   * to make an item a link. Put an icon first and the label in a `<span>`.
   * @default false
   */
  asChild?: boolean;
  /**
   * Marks the item as the current page: highlighted and `aria-current="page"`.
   * @default false
   */
  isActive?: boolean;
  /**
   * Shown beside the item while the sidebar is collapsed to icons, where the label is hidden:
   * pass the item's label.
   */
  tooltip?: React.ReactNode;
}

/** The clickable row of a menu item: an icon and a label; a link with `asChild`. */
export const SidebarMenuButton = /* @__PURE__ */ React.forwardRef<
  HTMLButtonElement,
  SidebarMenuButtonProps
>(function SidebarMenuButton(
  { className, asChild = false, isActive = false, size, tooltip, ...props },
  ref,
) {
  const { state, isMobile } = useSidebarInternals("SidebarMenuButton");
  const direction = useDirection();
  const Comp = asChild ? Slot : "button";
  const button = (
    <Comp
      ref={ref}
      type={asChild ? undefined : "button"}
      data-slot="sidebar-menu-button"
      data-size={size ?? defaults.size}
      data-active={isActive || undefined}
      aria-current={isActive ? "page" : undefined}
      className={cx(sidebarMenuButtonVariants({ size }), className)}
      {...props}
    />
  );
  // Always the same tree (a toggle must not remount a focused button); the tooltip only opens
  // while collapsed to icons, so Escape is left to the sheet or dialog around it otherwise.
  const [tooltipOpen, setTooltipOpen] = React.useState(false);
  if (!tooltip) return button;
  return (
    <Tooltip open={tooltipOpen && state === "collapsed" && !isMobile} onOpenChange={setTooltipOpen}>
      <TooltipTrigger asChild>{button}</TooltipTrigger>
      <TooltipContent side={direction === "rtl" ? "left" : "right"}>{tooltip}</TooltipContent>
    </Tooltip>
  );
});

export type SidebarMenuCollapsibleProps = React.ComponentPropsWithoutRef<
  typeof CollapsiblePrimitive.Root
> & {
  /** Whether the nested menu is open. Use with `onOpenChange` to control it. */
  open?: boolean;
  /**
   * Whether the nested menu is open on first render (open it for the section of the current page).
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the nested menu opens or closes. */
  onOpenChange?: (open: boolean) => void;
};

/**
 * A menu item whose `SidebarMenuSub` folds in and out under its `SidebarMenuCollapsibleTrigger`.
 * Renders the `<li>`: use it in place of a `SidebarMenuItem`.
 */
export const SidebarMenuCollapsible = /* @__PURE__ */ React.forwardRef<
  HTMLLIElement,
  SidebarMenuCollapsibleProps
>(function SidebarMenuCollapsible({ className, children, ...props }, ref) {
  return (
    <CollapsiblePrimitive.Root asChild {...props}>
      <li
        ref={ref}
        data-slot="sidebar-menu-collapsible"
        className={cx("nx-sidebar-menu-item", "nx-sidebar-menu-collapsible", className)}
      >
        <CollapsibleContext.Provider value={true}>{children}</CollapsibleContext.Provider>
      </li>
    </CollapsiblePrimitive.Root>
  );
});

export type SidebarMenuCollapsibleTriggerProps = Omit<
  SidebarMenuButtonProps,
  "asChild" | "isActive"
>;

/**
 * The menu button that opens and closes a `SidebarMenuCollapsible`'s nested menu, with a
 * chevron; `aria-expanded` says its state. While the sidebar is collapsed to icons, it expands
 * the sidebar and opens the nested menu.
 */
export const SidebarMenuCollapsibleTrigger = /* @__PURE__ */ React.forwardRef<
  HTMLButtonElement,
  SidebarMenuCollapsibleTriggerProps
>(function SidebarMenuCollapsibleTrigger({ children, onClick, ...props }, ref) {
  const { state, isMobile, setOpen } = useSidebarInternals("SidebarMenuCollapsibleTrigger");
  return (
    <CollapsiblePrimitive.Trigger asChild>
      <SidebarMenuButton
        ref={ref}
        data-slot="sidebar-menu-collapsible-trigger"
        onClick={(event) => {
          onClick?.(event);
          if (!event.defaultPrevented && state === "collapsed" && !isMobile) setOpen(true);
        }}
        {...props}
      >
        {children}
        <ChevronDownIcon size="sm" className="nx-sidebar-menu-button__chevron" />
      </SidebarMenuButton>
    </CollapsiblePrimitive.Trigger>
  );
});

export type SidebarMenuSubProps = React.HTMLAttributes<HTMLUListElement>;

/**
 * A nested list of `SidebarMenuSubItem`s under a menu item, indented with a guide line. Inside a
 * `SidebarMenuCollapsible` it folds with it. Hidden while the sidebar is collapsed to icons.
 */
export const SidebarMenuSub = /* @__PURE__ */ React.forwardRef<
  HTMLUListElement,
  SidebarMenuSubProps
>(function SidebarMenuSub({ className, ...props }, ref) {
  const inCollapsible = React.useContext(CollapsibleContext);
  const list = (
    <ul
      ref={ref}
      data-slot="sidebar-menu-sub"
      className={cx("nx-sidebar-menu-sub", className)}
      {...props}
    />
  );
  return inCollapsible ? (
    <CollapsiblePrimitive.Content className="nx-sidebar-menu-sub__content">
      {list}
    </CollapsiblePrimitive.Content>
  ) : (
    list
  );
});

export type SidebarMenuSubItemProps = React.LiHTMLAttributes<HTMLLIElement>;

/** One entry of a `SidebarMenuSub`. */
export const SidebarMenuSubItem = /* @__PURE__ */ React.forwardRef<
  HTMLLIElement,
  SidebarMenuSubItemProps
>(function SidebarMenuSubItem({ className, ...props }, ref) {
  return (
    <li
      ref={ref}
      data-slot="sidebar-menu-sub-item"
      className={cx("nx-sidebar-menu-sub-item", className)}
      {...props}
    />
  );
});

export interface SidebarMenuSubButtonProps extends React.AnchorHTMLAttributes<HTMLAnchorElement> {
  /**
   * Render the single child element (a Next.js `Link`) with the button's styles.
   * @default false
   */
  asChild?: boolean;
  /**
   * Marks the item as the current page: highlighted and `aria-current="page"`.
   * @default false
   */
  isActive?: boolean;
}

/** The link of a nested menu item. */
export const SidebarMenuSubButton = /* @__PURE__ */ React.forwardRef<
  HTMLAnchorElement,
  SidebarMenuSubButtonProps
>(function SidebarMenuSubButton({ className, asChild = false, isActive = false, ...props }, ref) {
  const Comp = asChild ? Slot : "a";
  return (
    <Comp
      ref={ref}
      data-slot="sidebar-menu-sub-button"
      data-active={isActive || undefined}
      aria-current={isActive ? "page" : undefined}
      className={cx("nx-sidebar-menu-sub-button nx-focus-ring nx-hover-tint", className)}
      {...props}
    />
  );
});
