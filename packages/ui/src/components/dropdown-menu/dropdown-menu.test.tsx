import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuShortcut,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
  type DropdownMenuProps,
} from ".";

// Radix menus open on pointerdown and set pointer-events: none on <body> while modal; drive
// them with the keyboard and skip user-event's pointer-events check.
function setup() {
  return userEvent.setup({ pointerEventsCheck: 0 });
}

function ActionsMenu({
  onSelect = () => {},
  ...props
}: DropdownMenuProps & { onSelect?: (item: string) => void }) {
  return (
    <DropdownMenu {...props}>
      <DropdownMenuTrigger>Actions</DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>Document</DropdownMenuLabel>
        <DropdownMenuGroup>
          <DropdownMenuItem onSelect={() => onSelect("edit")}>Edit</DropdownMenuItem>
          <DropdownMenuItem onSelect={() => onSelect("duplicate")}>
            Duplicate <DropdownMenuShortcut>Ctrl+D</DropdownMenuShortcut>
          </DropdownMenuItem>
          <DropdownMenuItem disabled onSelect={() => onSelect("archive")}>
            Archive
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => onSelect("share")}>Share</DropdownMenuItem>
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>Move to</DropdownMenuSubTrigger>
          <DropdownMenuSubContent>
            <DropdownMenuItem onSelect={() => onSelect("drafts")}>Drafts</DropdownMenuItem>
            <DropdownMenuItem onSelect={() => onSelect("trash")}>Trash</DropdownMenuItem>
          </DropdownMenuSubContent>
        </DropdownMenuSub>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={() => onSelect("delete")}>
          Delete
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

async function openWithKeyboard(user: ReturnType<typeof setup>, key = "{Enter}") {
  await user.tab();
  expect(screen.getByRole("button", { name: "Actions" })).toHaveFocus();
  await user.keyboard(key);
  return screen.findByRole("menu");
}

describe("DropdownMenu", () => {
  it("renders a menu button that is collapsed until opened", () => {
    render(<ActionsMenu />);
    const trigger = screen.getByRole("button", { name: "Actions" });
    expect(trigger).toHaveAttribute("aria-haspopup", "menu");
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    expect(trigger).toHaveAttribute("data-slot", "dropdown-menu-trigger");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it.each([
    ["Enter", "{Enter}"],
    ["Space", " "],
    ["ArrowDown", "{ArrowDown}"],
  ])("opens with %s and focuses the first item", async (_name, key) => {
    const user = setup();
    render(<ActionsMenu />);
    const menu = await openWithKeyboard(user, key);
    // A modal menu hides the rest of the page, trigger included, from assistive technology.
    const trigger = screen.getByRole("button", { name: "Actions", hidden: true });
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    expect(trigger).toHaveAttribute("aria-controls", menu.id);
    expect(menu).toHaveAttribute("aria-labelledby", trigger.id);
    expect(screen.getByRole("menuitem", { name: "Edit" })).toHaveFocus();
  });

  it("exposes items, group, separators and the shortcut in the item's name", async () => {
    const user = setup();
    render(<ActionsMenu />);
    const menu = await openWithKeyboard(user);
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["Edit", "Duplicate Ctrl+D", "Archive", "Share", "Move to", "Delete"]);
    expect(within(menu).getByRole("menuitem", { name: "Duplicate Ctrl+D" })).toBeInTheDocument();
    expect(within(menu).getByRole("group")).toBeInTheDocument();
    expect(within(menu).getAllByRole("separator")).toHaveLength(2);
    expect(within(menu).getByRole("menuitem", { name: "Move to" })).toHaveAttribute(
      "aria-haspopup",
      "menu",
    );
  });

  it("moves focus with the arrows, skipping disabled items; Home and End jump to the ends", async () => {
    const user = setup();
    render(<ActionsMenu />);
    await openWithKeyboard(user);
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: /Duplicate/ })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Share" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitem", { name: /Duplicate/ })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitem", { name: "Delete" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByRole("menuitem", { name: "Edit" })).toHaveFocus();
  });

  it("moves focus to the next item starting with the typed characters", async () => {
    const user = setup();
    render(<ActionsMenu />);
    await openWithKeyboard(user);
    await user.keyboard("sh");
    expect(screen.getByRole("menuitem", { name: "Share" })).toHaveFocus();
    await user.keyboard("{Escape}{Enter}");
    await user.keyboard("d");
    expect(screen.getByRole("menuitem", { name: /Duplicate/ })).toHaveFocus();
    await user.keyboard("d");
    expect(screen.getByRole("menuitem", { name: "Delete" })).toHaveFocus();
  });

  it("calls onSelect on Enter, closes and returns focus to the trigger", async () => {
    const user = setup();
    const onSelect = vi.fn();
    render(<ActionsMenu onSelect={onSelect} />);
    await openWithKeyboard(user);
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onSelect).toHaveBeenCalledExactlyOnceWith("duplicate");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(screen.getByRole("button", { name: "Actions" })).toHaveFocus();
  });

  it("closes on Escape and returns focus to the trigger", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    render(<ActionsMenu onOpenChange={onOpenChange} />);
    await openWithKeyboard(user);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    const trigger = screen.getByRole("button", { name: "Actions" });
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute("aria-expanded", "false");
  });

  it("opens a submenu with ArrowRight and closes it with ArrowLeft", async () => {
    const user = setup();
    const onSelect = vi.fn();
    render(<ActionsMenu onSelect={onSelect} />);
    await openWithKeyboard(user);
    await user.keyboard("m");
    const subTrigger = screen.getByRole("menuitem", { name: "Move to" });
    expect(subTrigger).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(await screen.findByRole("menuitem", { name: "Drafts" })).toHaveFocus();
    expect(subTrigger).toHaveAttribute("aria-expanded", "true");
    expect(screen.getAllByRole("menu")).toHaveLength(2);
    await user.keyboard("{ArrowLeft}");
    expect(screen.queryByRole("menuitem", { name: "Drafts" })).toBeNull();
    expect(subTrigger).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    await screen.findByRole("menuitem", { name: "Drafts" });
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onSelect).toHaveBeenCalledExactlyOnceWith("trash");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("does not select a disabled item, which is announced as disabled", async () => {
    const user = setup();
    const onSelect = vi.fn();
    render(<ActionsMenu onSelect={onSelect} />);
    await openWithKeyboard(user);
    const archive = screen.getByRole("menuitem", { name: "Archive" });
    expect(archive).toHaveAttribute("aria-disabled", "true");
    await user.click(archive);
    expect(onSelect).not.toHaveBeenCalled();
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("ignores the trigger when it is disabled", async () => {
    const user = setup();
    render(
      <DropdownMenu>
        <DropdownMenuTrigger disabled>Actions</DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem>Edit</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>,
    );
    await user.click(screen.getByRole("button", { name: "Actions" }));
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("starts open with defaultOpen (uncontrolled)", () => {
    render(<ActionsMenu defaultOpen />);
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("follows `open` and reports changes through onOpenChange (controlled)", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<ActionsMenu open={false} onOpenChange={onOpenChange} />);
    await user.tab();
    await user.keyboard("{Enter}");
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(screen.queryByRole("menu")).toBeNull();
    rerender(<ActionsMenu open onOpenChange={onOpenChange} />);
    expect(screen.getByRole("menu")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole("menu")).toBeInTheDocument();
  });

  it("toggles checkbox items with Space and Enter through checked/onCheckedChange", async () => {
    const user = setup();
    const onCheckedChange = vi.fn();
    function Columns() {
      const [status, setStatus] = React.useState(true);
      const [owner, setOwner] = React.useState(false);
      return (
        <DropdownMenu>
          <DropdownMenuTrigger>Actions</DropdownMenuTrigger>
          <DropdownMenuContent>
            <DropdownMenuCheckboxItem
              checked={status}
              onCheckedChange={(checked) => {
                onCheckedChange(checked);
                setStatus(checked);
              }}
              onSelect={(event) => event.preventDefault()}
            >
              Status
            </DropdownMenuCheckboxItem>
            <DropdownMenuCheckboxItem checked={owner} onCheckedChange={setOwner}>
              Owner
            </DropdownMenuCheckboxItem>
            <DropdownMenuCheckboxItem checked="indeterminate" disabled>
              Mixed
            </DropdownMenuCheckboxItem>
          </DropdownMenuContent>
        </DropdownMenu>
      );
    }
    render(<Columns />);
    await openWithKeyboard(user);
    const status = screen.getByRole("menuitemcheckbox", { name: "Status" });
    expect(status).toHaveAttribute("aria-checked", "true");
    expect(status.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByRole("menuitemcheckbox", { name: "Mixed" })).toHaveAttribute(
      "aria-checked",
      "mixed",
    );
    await user.keyboard(" ");
    expect(onCheckedChange).toHaveBeenLastCalledWith(false);
    expect(status).toHaveAttribute("aria-checked", "false");
    expect(status.querySelector("svg")).toBeNull();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.queryByRole("menu")).toBeNull();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("menuitemcheckbox", { name: "Owner" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
  });

  it("selects one radio item at a time, controlled by value/onValueChange", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    function Density() {
      const [value, setValue] = React.useState("comfortable");
      return (
        <DropdownMenu>
          <DropdownMenuTrigger>Actions</DropdownMenuTrigger>
          <DropdownMenuContent>
            <DropdownMenuRadioGroup
              value={value}
              onValueChange={(next) => {
                onValueChange(next);
                setValue(next);
              }}
            >
              <DropdownMenuRadioItem value="compact">Compact</DropdownMenuRadioItem>
              <DropdownMenuRadioItem value="comfortable">Comfortable</DropdownMenuRadioItem>
            </DropdownMenuRadioGroup>
          </DropdownMenuContent>
        </DropdownMenu>
      );
    }
    render(<Density />);
    await openWithKeyboard(user);
    expect(screen.getByRole("menuitemradio", { name: "Compact" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
    expect(screen.getByRole("menuitemradio", { name: "Comfortable" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.keyboard("{Enter}");
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith("compact");
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("menuitemradio", { name: "Compact" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    expect(screen.getByRole("menuitemradio", { name: "Comfortable" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
  });

  it("marks variants and inset, forwards refs and appends the product's className last", () => {
    const contentRef = React.createRef<HTMLDivElement>();
    const itemRef = React.createRef<HTMLDivElement>();
    render(
      <DropdownMenu defaultOpen>
        <DropdownMenuTrigger>Actions</DropdownMenuTrigger>
        <DropdownMenuContent ref={contentRef} className="product-menu">
          <DropdownMenuLabel inset>Danger zone</DropdownMenuLabel>
          <DropdownMenuItem ref={itemRef} variant="destructive" inset className="product-item">
            Delete
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>,
    );
    const menu = screen.getByRole("menu");
    expect(contentRef.current).toBe(menu);
    expect(menu).toHaveAttribute("data-slot", "dropdown-menu-content");
    expect(menu.className.split(" ").at(-1)).toBe("product-menu");
    expect(menu).toHaveClass("nx-dropdown-menu-content");
    const item = screen.getByRole("menuitem", { name: "Delete" });
    expect(itemRef.current).toBe(item);
    expect(item).toHaveAttribute("data-variant", "destructive");
    expect(item).toHaveAttribute("data-inset", "true");
    expect(item).toHaveClass("nx-dropdown-menu-item", "nx-dropdown-menu-item--destructive");
    expect(item.className.split(" ").at(-1)).toBe("product-item");
    expect(screen.getByText("Danger zone")).toHaveAttribute("data-inset", "true");
  });

  it("renders on the server, closed, with the trigger only", () => {
    const html = renderToString(<ActionsMenu />);
    expect(html).toContain('aria-haspopup="menu"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('role="menu"');
  });
});
