import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import {
  Menubar,
  MenubarCheckboxItem,
  MenubarContent,
  MenubarGroup,
  MenubarItem,
  MenubarLabel,
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

type MenubarStoryArgs = MenubarProps & {
  /** Called with the chosen item's label. */
  onItemSelect: (item: string) => void;
};

/** Room below the bar for the open menu in the screenshot. */
const roomForMenu = (Story: React.ComponentType) => (
  <div style={{ paddingBlockEnd: 300, paddingInlineEnd: 240 }}>
    <Story />
  </div>
);

function AppMenus({ onItemSelect }: { onItemSelect: (item: string) => void }) {
  const [wrap, setWrap] = React.useState(true);
  const [zoom, setZoom] = React.useState("100");
  return (
    <>
      <MenubarMenu value="file">
        <MenubarTrigger>File</MenubarTrigger>
        <MenubarContent>
          <MenubarItem onSelect={() => onItemSelect("New tab")}>
            New tab <MenubarShortcut>Ctrl+T</MenubarShortcut>
          </MenubarItem>
          <MenubarItem onSelect={() => onItemSelect("New window")}>
            New window <MenubarShortcut>Ctrl+N</MenubarShortcut>
          </MenubarItem>
          <MenubarItem disabled>New incognito window</MenubarItem>
          <MenubarSeparator />
          <MenubarSub>
            <MenubarSubTrigger>Share</MenubarSubTrigger>
            <MenubarSubContent>
              <MenubarItem onSelect={() => onItemSelect("Email link")}>Email link</MenubarItem>
              <MenubarItem onSelect={() => onItemSelect("Messages")}>Messages</MenubarItem>
            </MenubarSubContent>
          </MenubarSub>
          <MenubarSeparator />
          <MenubarItem variant="destructive" onSelect={() => onItemSelect("Close window")}>
            Close window <MenubarShortcut>Ctrl+Shift+W</MenubarShortcut>
          </MenubarItem>
        </MenubarContent>
      </MenubarMenu>
      <MenubarMenu value="edit">
        <MenubarTrigger>Edit</MenubarTrigger>
        <MenubarContent>
          <MenubarItem onSelect={() => onItemSelect("Undo")}>
            Undo <MenubarShortcut>Ctrl+Z</MenubarShortcut>
          </MenubarItem>
          <MenubarItem onSelect={() => onItemSelect("Redo")}>
            Redo <MenubarShortcut>Ctrl+Y</MenubarShortcut>
          </MenubarItem>
          <MenubarSeparator />
          <MenubarGroup>
            <MenubarItem onSelect={() => onItemSelect("Cut")}>Cut</MenubarItem>
            <MenubarItem onSelect={() => onItemSelect("Copy")}>Copy</MenubarItem>
            <MenubarItem onSelect={() => onItemSelect("Paste")}>Paste</MenubarItem>
          </MenubarGroup>
        </MenubarContent>
      </MenubarMenu>
      <MenubarMenu value="view">
        <MenubarTrigger>View</MenubarTrigger>
        <MenubarContent>
          <MenubarCheckboxItem
            checked={wrap}
            onCheckedChange={setWrap}
            onSelect={(event) => event.preventDefault()}
          >
            Word wrap
          </MenubarCheckboxItem>
          <MenubarCheckboxItem checked="indeterminate" disabled>
            Minimap (mixed)
          </MenubarCheckboxItem>
          <MenubarSeparator />
          <MenubarLabel inset>Zoom</MenubarLabel>
          <MenubarRadioGroup value={zoom} onValueChange={setZoom}>
            <MenubarRadioItem value="90">90%</MenubarRadioItem>
            <MenubarRadioItem value="100">100%</MenubarRadioItem>
            <MenubarRadioItem value="125">125%</MenubarRadioItem>
          </MenubarRadioGroup>
        </MenubarContent>
      </MenubarMenu>
    </>
  );
}

const meta = {
  title: "Navigation/Menubar",
  component: Menubar,
  subcomponents: {
    MenubarMenu,
    MenubarTrigger,
    MenubarContent,
    MenubarItem,
    MenubarCheckboxItem,
    MenubarRadioGroup,
    MenubarRadioItem,
    MenubarLabel,
    MenubarSeparator,
    MenubarShortcut,
    MenubarGroup,
    MenubarSub,
    MenubarSubTrigger,
    MenubarSubContent,
  },
  tags: ["autodocs"],
  args: { loop: true, onItemSelect: fn() },
  argTypes: { loop: { control: "boolean" } },
  parameters: {
    layout: "padded",
    docs: { story: { inline: false, iframeHeight: 400 } },
  },
  decorators: [roomForMenu],
  render: ({ onItemSelect, ...args }) => (
    <Menubar aria-label="Application" {...args}>
      <AppMenus onItemSelect={onItemSelect} />
    </Menubar>
  ),
} satisfies Meta<MenubarStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The menubar pattern: one tab stop; ArrowRight/ArrowLeft move between menus; ArrowDown opens
 * one on its first item; with a menu open, ArrowRight opens the next; Enter selects; Escape
 * closes and returns focus to the trigger.
 */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const bar = canvas.getByRole("menubar", { name: "Application" });
    const file = within(bar).getByRole("menuitem", { name: "File" });
    const edit = within(bar).getByRole("menuitem", { name: "Edit" });
    await userEvent.click(canvasElement);
    file.focus();
    await expect(edit).toHaveAttribute("tabindex", "-1");
    await userEvent.keyboard("{ArrowRight}");
    await expect(edit).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    const menu = await body.findByRole("menu");
    await waitFor(() => expect(within(menu).getByRole("menuitem", { name: /Undo/ })).toHaveFocus());
    await expect(edit).toHaveAttribute("aria-expanded", "true");
    // With a menu open, ArrowRight opens the next menu.
    await userEvent.keyboard("{ArrowRight}");
    const view = within(bar).getByRole("menuitem", { name: "View" });
    await waitFor(() => expect(view).toHaveAttribute("aria-expanded", "true"));
    await expect(edit).toHaveAttribute("aria-expanded", "false");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());
    await expect(view).toHaveFocus();
    // ArrowRight wraps (loop) from View to File; Enter opens File on its first item.
    await userEvent.keyboard("{ArrowRight}");
    await expect(file).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(body.getByRole("menuitem", { name: /New tab/ })).toHaveFocus());
    await userEvent.keyboard("{Enter}");
    await expect(args.onItemSelect).toHaveBeenCalledWith("New tab");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());
    await expect(file).toHaveFocus();

    await userEvent.keyboard("{Enter}");
    await body.findByRole("menu");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());
    await expect(file).toHaveFocus();
  },
};

/** Open for visual review: the play function opens the File menu and its Share submenu. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole("menuitem", { name: "File" }));
    await body.findByRole("menu");
    const share = body.getByRole("menuitem", { name: "Share" });
    await userEvent.hover(share);
    await waitFor(() => expect(share).toHaveAttribute("aria-expanded", "true"));
    await expect(await body.findByRole("menuitem", { name: "Email link" })).toBeVisible();
  },
};

/** The View menu open: checkbox items, an inset label and radio items. */
export const CheckboxesAndRadios: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(canvasElement).getByRole("menuitem", { name: "View" }));
    const wrap = await body.findByRole("menuitemcheckbox", { name: "Word wrap" });
    await expect(wrap).toHaveAttribute("aria-checked", "true");
    await userEvent.click(wrap);
    await expect(wrap).toHaveAttribute("aria-checked", "false");
    await userEvent.click(wrap);
    await expect(wrap).toHaveAttribute("aria-checked", "true");
    await expect(body.getByRole("menuitemradio", { name: "100%" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
  },
};

/** A controlled bar: `value` names the open menu. */
export const Controlled: Story = {
  render: ({ onItemSelect, ...args }) => {
    const [value, setValue] = React.useState("edit");
    return (
      <Menubar aria-label="Application" {...args} value={value} onValueChange={setValue}>
        <AppMenus onItemSelect={onItemSelect} />
      </Menubar>
    );
  },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await expect(await body.findByRole("menuitem", { name: /Undo/ })).toBeVisible();
  },
};

const triggerStates = ["rest", "highlighted", "open", "disabled"] as const;

/**
 * Triggers at rest, highlighted (under the pointer or keyboard), open and disabled; Radix sets
 * `data-highlighted` and `data-state`, the story sets them on one trigger each. The menu
 * item states are the dropdown menu's (Overlays/DropdownMenu → States), same classes.
 */
export const States: Story = {
  render: () => (
    <Menubar aria-label="States">
      {triggerStates.map((state) => (
        <MenubarMenu key={state}>
          <MenubarTrigger
            disabled={state === "disabled"}
            data-highlighted={state === "highlighted" ? "" : undefined}
            data-state={state === "open" ? "open" : undefined}
          >
            {state[0]!.toUpperCase() + state.slice(1)}
          </MenubarTrigger>
          <MenubarContent>
            <MenubarItem>Item</MenubarItem>
          </MenubarContent>
        </MenubarMenu>
      ))}
    </Menubar>
  ),
  play: async ({ canvasElement }) => {
    const disabled = within(canvasElement).getByRole("menuitem", { name: "Disabled" });
    await expect(disabled).toBeDisabled();
  },
};
