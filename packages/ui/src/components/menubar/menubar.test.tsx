import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { describe, expect, it, vi } from "vitest";
import {
  Menubar,
  MenubarCheckboxItem,
  MenubarContent,
  MenubarItem,
  MenubarMenu,
  MenubarRadioGroup,
  MenubarRadioItem,
  MenubarSeparator,
  MenubarShortcut,
  MenubarSub,
  MenubarSubContent,
  MenubarSubTrigger,
  MenubarTrigger,
  type MenubarProps,
} from ".";

function Bar({
  onSelect = () => {},
  onCheckedChange,
  ...props
}: MenubarProps & {
  onSelect?: (item: string) => void;
  onCheckedChange?: (checked: boolean) => void;
}) {
  return (
    <Menubar aria-label="App" className="mine" {...props}>
      <MenubarMenu value="file">
        <MenubarTrigger>File</MenubarTrigger>
        <MenubarContent>
          <MenubarItem onSelect={() => onSelect("New")}>
            New <MenubarShortcut>Ctrl+N</MenubarShortcut>
          </MenubarItem>
          <MenubarItem disabled>Open recent</MenubarItem>
          <MenubarSeparator />
          <MenubarSub>
            <MenubarSubTrigger>Share</MenubarSubTrigger>
            <MenubarSubContent>
              <MenubarItem onSelect={() => onSelect("Email")}>Email</MenubarItem>
            </MenubarSubContent>
          </MenubarSub>
          <MenubarItem variant="destructive" onSelect={() => onSelect("Quit")}>
            Quit
          </MenubarItem>
        </MenubarContent>
      </MenubarMenu>
      <MenubarMenu value="view">
        <MenubarTrigger>View</MenubarTrigger>
        <MenubarContent>
          <MenubarCheckboxItem checked onCheckedChange={onCheckedChange}>
            Word wrap
          </MenubarCheckboxItem>
          <MenubarRadioGroup value="100">
            <MenubarRadioItem value="100">100%</MenubarRadioItem>
          </MenubarRadioGroup>
        </MenubarContent>
      </MenubarMenu>
    </Menubar>
  );
}

describe("Menubar", () => {
  it("renders a named menubar with one tab stop", () => {
    render(<Bar />);
    const bar = screen.getByRole("menubar", { name: "App" });
    expect(bar).toHaveClass("nx-menubar", "mine");
    expect(bar).toHaveAttribute("data-slot", "menubar");
    const [file, view] = screen.getAllByRole("menuitem");
    expect(file).toHaveAccessibleName("File");
    expect(file).toHaveAttribute("aria-haspopup", "menu");
    // Roving focus: the triggers are out of the tab order; Tab enters the bar on the first.
    expect(view).toHaveAttribute("tabindex", "-1");
    expect(file).toHaveClass("nx-menubar-trigger");
  });

  it("moves between menus with arrows and opens with ArrowDown", async () => {
    const user = userEvent.setup();
    render(<Bar />);
    await user.tab();
    expect(screen.getByRole("menuitem", { name: "File" })).toHaveFocus();
    expect(screen.getByRole("menuitem", { name: "File" })).toHaveAttribute("tabindex", "0");
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("menuitem", { name: "View" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("menuitem", { name: "File" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    const menu = await screen.findByRole("menu");
    expect(menu).toHaveClass("nx-dropdown-menu-content", "nx-menubar-content");
    expect(screen.getByRole("menuitem", { name: "New Ctrl+N" })).toHaveFocus();
    expect(screen.getByRole("menuitem", { name: "File" })).toHaveAttribute("aria-expanded", "true");
  });

  it("selects an item and closes", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Bar onSelect={onSelect} />);
    await user.click(screen.getByRole("menuitem", { name: "File" }));
    const quit = await screen.findByRole("menuitem", { name: "Quit" });
    expect(quit).toHaveClass("nx-dropdown-menu-item--destructive");
    expect(screen.getByRole("menuitem", { name: "Open recent" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await user.click(quit);
    expect(onSelect).toHaveBeenCalledWith("Quit");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("closes on Escape with focus back on the trigger", async () => {
    const user = userEvent.setup();
    render(<Bar />);
    await user.tab();
    await user.keyboard("{Enter}");
    await screen.findByRole("menu");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(screen.getByRole("menuitem", { name: "File" })).toHaveFocus();
  });

  it("is controlled by value", () => {
    const onValueChange = vi.fn();
    const { rerender } = render(<Bar value="view" onValueChange={onValueChange} />);
    expect(screen.getByRole("menuitemcheckbox", { name: "Word wrap" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    expect(screen.getByRole("menuitemradio", { name: "100%" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    rerender(<Bar value="" onValueChange={onValueChange} />);
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("opens a submenu with ArrowRight", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Bar onSelect={onSelect} />);
    await user.click(screen.getByRole("menuitem", { name: "File" }));
    const share = await screen.findByRole("menuitem", { name: "Share" });
    share.focus();
    await user.keyboard("{ArrowRight}");
    await screen.findByRole("menuitem", { name: "Email" });
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith("Email");
  });
});
