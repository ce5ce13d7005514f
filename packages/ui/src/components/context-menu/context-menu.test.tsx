import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { describe, expect, it, vi } from "vitest";
import {
  ContextMenu,
  ContextMenuCheckboxItem,
  ContextMenuContent,
  ContextMenuItem,
  ContextMenuLabel,
  ContextMenuRadioGroup,
  ContextMenuRadioItem,
  ContextMenuSeparator,
  ContextMenuShortcut,
  ContextMenuSub,
  ContextMenuSubContent,
  ContextMenuSubTrigger,
  ContextMenuTrigger,
} from ".";

function Menu({
  onSelect = () => {},
  onOpenChange,
  onCheckedChange,
  onValueChange,
}: {
  onSelect?: (item: string) => void;
  onOpenChange?: (open: boolean) => void;
  onCheckedChange?: (checked: boolean) => void;
  onValueChange?: (value: string) => void;
}) {
  return (
    <ContextMenu onOpenChange={onOpenChange}>
      <ContextMenuTrigger>Area</ContextMenuTrigger>
      <ContextMenuContent className="mine">
        <ContextMenuLabel>File</ContextMenuLabel>
        <ContextMenuItem onSelect={() => onSelect("Copy")}>
          Copy <ContextMenuShortcut>Ctrl+C</ContextMenuShortcut>
        </ContextMenuItem>
        <ContextMenuItem disabled onSelect={() => onSelect("Paste")}>
          Paste
        </ContextMenuItem>
        <ContextMenuItem variant="destructive" onSelect={() => onSelect("Delete")}>
          Delete
        </ContextMenuItem>
        <ContextMenuSeparator />
        <ContextMenuCheckboxItem checked={false} onCheckedChange={onCheckedChange}>
          Wrap lines
        </ContextMenuCheckboxItem>
        <ContextMenuRadioGroup value="a" onValueChange={onValueChange}>
          <ContextMenuRadioItem value="a">Tabs</ContextMenuRadioItem>
          <ContextMenuRadioItem value="b">Spaces</ContextMenuRadioItem>
        </ContextMenuRadioGroup>
        <ContextMenuSub>
          <ContextMenuSubTrigger>More</ContextMenuSubTrigger>
          <ContextMenuSubContent>
            <ContextMenuItem onSelect={() => onSelect("Rename")}>Rename</ContextMenuItem>
          </ContextMenuSubContent>
        </ContextMenuSub>
      </ContextMenuContent>
    </ContextMenu>
  );
}

const open = () => fireEvent.contextMenu(screen.getByText("Area"), { clientX: 10, clientY: 10 });

describe("ContextMenu", () => {
  it("opens on right click with the dropdown menu's classes", () => {
    const onOpenChange = vi.fn();
    render(<Menu onOpenChange={onOpenChange} />);
    expect(screen.queryByRole("menu")).toBeNull();
    open();
    const menu = screen.getByRole("menu");
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(menu).toHaveAttribute("data-slot", "context-menu-content");
    expect(menu).toHaveClass("nx-dropdown-menu-content", "nx-context-menu-content", "mine");
    const copy = screen.getByRole("menuitem", { name: "Copy Ctrl+C" });
    expect(copy).toHaveClass("nx-dropdown-menu-item", "nx-dropdown-menu-item--neutral");
    expect(copy).toHaveAttribute("data-variant", "neutral");
    expect(screen.getByRole("menuitem", { name: "Delete" })).toHaveClass(
      "nx-dropdown-menu-item--destructive",
    );
    expect(screen.getByRole("separator")).toHaveClass("nx-dropdown-menu-separator");
    expect(screen.getByText("Ctrl+C").tagName).toBe("KBD");
  });

  it("selects with the keyboard, skips disabled items and closes", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Menu onSelect={onSelect} />);
    open();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: /Copy/ })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Delete" })).toHaveFocus();
    expect(screen.getByRole("menuitem", { name: "Paste" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith("Delete");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("closes on Escape", async () => {
    const user = userEvent.setup();
    render(<Menu />);
    open();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("reports checkbox and radio changes", async () => {
    const user = userEvent.setup();
    const onCheckedChange = vi.fn();
    const onValueChange = vi.fn();
    render(<Menu onCheckedChange={onCheckedChange} onValueChange={onValueChange} />);
    open();
    const wrap = screen.getByRole("menuitemcheckbox", { name: "Wrap lines" });
    expect(wrap).toHaveAttribute("aria-checked", "false");
    await user.click(wrap);
    expect(onCheckedChange).toHaveBeenCalledWith(true);
    open();
    expect(screen.getByRole("menuitemradio", { name: "Tabs" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.click(screen.getByRole("menuitemradio", { name: "Spaces" }));
    expect(onValueChange).toHaveBeenCalledWith("b");
  });

  it("opens a submenu with ArrowRight", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Menu onSelect={onSelect} />);
    open();
    const more = screen.getByRole("menuitem", { name: "More" });
    more.focus();
    await user.keyboard("{ArrowRight}");
    const rename = await screen.findByRole("menuitem", { name: "Rename" });
    expect(more).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith("Rename");
    expect(rename).not.toBeInTheDocument();
  });

  it("lets the browser menu open when the trigger is disabled", () => {
    render(
      <ContextMenu>
        <ContextMenuTrigger disabled>Area</ContextMenuTrigger>
        <ContextMenuContent>
          <ContextMenuItem>Copy</ContextMenuItem>
        </ContextMenuContent>
      </ContextMenu>,
    );
    const event = fireEvent.contextMenu(screen.getByText("Area"));
    expect(event).toBe(true);
    expect(screen.queryByRole("menu")).toBeNull();
  });
});
