import type { Meta, StoryObj } from "@storybook/react-vite";
import { TrashIcon } from "@nexod/icons";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import {
  ContextMenu,
  ContextMenuCheckboxItem,
  ContextMenuContent,
  ContextMenuGroup,
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
  type ContextMenuItemProps,
  type ContextMenuProps,
} from ".";

type ContextMenuStoryArgs = ContextMenuProps &
  Pick<ContextMenuItemProps, "variant" | "inset"> & {
    /** Called with the chosen item's label. */
    onItemSelect: (item: string) => void;
  };

/** Story markup is not compiled by Tailwind: token variables only. */
const areaStyle = {
  display: "flex",
  alignItems: "center",
  justifyContent: "center",
  width: 280,
  height: 120,
  border: "1px dashed var(--nx-color-border)",
  borderRadius: "var(--nx-radius-md)",
  color: "var(--nx-color-muted-foreground)",
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
} as const;

/** Room below the area for the open menu in the screenshot. */
const roomForMenu = (Story: React.ComponentType) => (
  <div style={{ paddingBlockEnd: 260, paddingInlineEnd: 200 }}>
    <Story />
  </div>
);

/** Opens the menu with a right click in the middle of the area, as a person would. */
async function rightClick(canvasElement: HTMLElement, name = "Right-click here") {
  const area = within(canvasElement).getByText(name);
  const rect = area.getBoundingClientRect();
  // At the pointer: a third into the area, as a person would click, so the menu opens there.
  const coords = { clientX: rect.left + rect.width / 3, clientY: rect.top + rect.height / 3 };
  await userEvent.pointer({ keys: "[MouseRight]", target: area, coords });
  return within(canvasElement.ownerDocument.body).findByRole("menu");
}

const meta = {
  title: "Overlays/Context Menu",
  component: ContextMenu,
  subcomponents: {
    ContextMenuTrigger,
    ContextMenuContent,
    ContextMenuItem,
    ContextMenuCheckboxItem,
    ContextMenuRadioGroup,
    ContextMenuRadioItem,
    ContextMenuLabel,
    ContextMenuSeparator,
    ContextMenuShortcut,
    ContextMenuGroup,
    ContextMenuSub,
    ContextMenuSubTrigger,
    ContextMenuSubContent,
  },
  tags: ["autodocs"],
  args: { modal: false, variant: "neutral", inset: false, onItemSelect: fn() },
  argTypes: {
    variant: { control: "select", options: ["neutral", "destructive"] },
    inset: { control: "boolean" },
    modal: { control: "boolean" },
  },
  parameters: {
    layout: "padded",
    docs: { story: { inline: false, iframeHeight: 420 } },
  },
  decorators: [roomForMenu],
  render: ({ variant, inset, onItemSelect, ...args }) => (
    <ContextMenu {...args}>
      <ContextMenuTrigger style={areaStyle}>Right-click here</ContextMenuTrigger>
      <ContextMenuContent>
        <ContextMenuGroup>
          {["Back", "Forward", "Reload"].map((item) => (
            <ContextMenuItem
              key={item}
              variant={variant}
              inset={inset}
              onSelect={() => onItemSelect(item)}
            >
              {item}
              {item === "Reload" && <ContextMenuShortcut>Ctrl+R</ContextMenuShortcut>}
            </ContextMenuItem>
          ))}
        </ContextMenuGroup>
        <ContextMenuSeparator />
        <ContextMenuItem variant={variant} inset={inset} disabled>
          Save page as…
        </ContextMenuItem>
        <ContextMenuItem variant={variant} inset={inset} onSelect={() => onItemSelect("Print")}>
          Print <ContextMenuShortcut>Ctrl+P</ContextMenuShortcut>
        </ContextMenuItem>
      </ContextMenuContent>
    </ContextMenu>
  ),
} satisfies Meta<ContextMenuStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A right click opens the menu (focus on the menu); ArrowDown moves, disabled items are skipped,
 * Enter selects and closes, Escape closes. (Shift+F10 and the context-menu key fire the same
 * `contextmenu` event in browsers; a test cannot press them.)
 */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const menu = await rightClick(canvasElement);
    await waitFor(() => expect(menu).toHaveFocus());
    await userEvent.keyboard("{ArrowDown}");
    await expect(within(menu).getByRole("menuitem", { name: "Back" })).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    await expect(within(menu).getByRole("menuitem", { name: "Forward" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(args.onItemSelect).toHaveBeenCalledWith("Forward");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());

    // Disabled items are skipped: from Reload, ArrowDown lands on Print.
    const again = await rightClick(canvasElement);
    await userEvent.keyboard("{ArrowUp}");
    await expect(within(again).getByRole("menuitem", { name: /Print/ })).toHaveFocus();
    await expect(within(again).getByRole("menuitem", { name: "Save page as…" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());
  },
};

/** Open for visual review: the play function right-clicks the area. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const menu = await rightClick(canvasElement);
    await expect(within(menu).getAllByRole("menuitem")).toHaveLength(5);
  },
};

/** Icons, shortcuts, an inset label, a disabled item and a destructive action. */
export const ItemStates: Story = {
  render: () => (
    <ContextMenu modal={false}>
      <ContextMenuTrigger style={areaStyle}>Right-click here</ContextMenuTrigger>
      <ContextMenuContent>
        <ContextMenuLabel>report.pdf</ContextMenuLabel>
        <ContextMenuItem>
          Open <ContextMenuShortcut>Enter</ContextMenuShortcut>
        </ContextMenuItem>
        <ContextMenuItem inset>Inset item</ContextMenuItem>
        <ContextMenuItem disabled>
          Share <ContextMenuShortcut>Ctrl+S</ContextMenuShortcut>
        </ContextMenuItem>
        <ContextMenuSeparator />
        <ContextMenuItem variant="destructive">
          <TrashIcon />
          Move to trash
        </ContextMenuItem>
      </ContextMenuContent>
    </ContextMenu>
  ),
  play: async ({ canvasElement }) => {
    const menu = await rightClick(canvasElement);
    await expect(within(menu).getByText("report.pdf")).not.toHaveAttribute("role");
  },
};

/** Checkbox and radio items; checkbox items toggle without closing the menu. */
export const CheckboxesAndRadios: Story = {
  render: () => {
    const [bookmarks, setBookmarks] = React.useState(true);
    const [urls, setUrls] = React.useState(false);
    const [person, setPerson] = React.useState("ada");
    return (
      <ContextMenu modal={false}>
        <ContextMenuTrigger style={areaStyle}>Right-click here</ContextMenuTrigger>
        <ContextMenuContent>
          <ContextMenuCheckboxItem
            checked={bookmarks}
            onCheckedChange={setBookmarks}
            onSelect={(event) => event.preventDefault()}
          >
            Show bookmarks
          </ContextMenuCheckboxItem>
          <ContextMenuCheckboxItem
            checked={urls}
            onCheckedChange={setUrls}
            onSelect={(event) => event.preventDefault()}
          >
            Show full URLs
          </ContextMenuCheckboxItem>
          <ContextMenuCheckboxItem checked="indeterminate" disabled>
            Sync (mixed)
          </ContextMenuCheckboxItem>
          <ContextMenuSeparator />
          <ContextMenuLabel inset>People</ContextMenuLabel>
          <ContextMenuRadioGroup value={person} onValueChange={setPerson}>
            <ContextMenuRadioItem value="ada">Ada Lovelace</ContextMenuRadioItem>
            <ContextMenuRadioItem value="grace">Grace Hopper</ContextMenuRadioItem>
          </ContextMenuRadioGroup>
        </ContextMenuContent>
      </ContextMenu>
    );
  },
  play: async ({ canvasElement }) => {
    const menu = await rightClick(canvasElement);
    const urls = within(menu).getByRole("menuitemcheckbox", { name: "Show full URLs" });
    await expect(urls).toHaveAttribute("aria-checked", "false");
    await userEvent.keyboard("{ArrowDown}{ArrowDown} ");
    await expect(urls).toHaveAttribute("aria-checked", "true");
    await expect(urls).toHaveFocus();
    await expect(within(menu).getByRole("menuitemradio", { name: "Ada Lovelace" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
  },
};

/** ArrowRight opens the submenu on its first item; ArrowLeft closes it. Ends open for review. */
export const Submenu: Story = {
  render: ({ onItemSelect }) => (
    <ContextMenu modal={false}>
      <ContextMenuTrigger style={areaStyle}>Right-click here</ContextMenuTrigger>
      <ContextMenuContent>
        <ContextMenuItem onSelect={() => onItemSelect("Copy")}>Copy</ContextMenuItem>
        <ContextMenuSub>
          <ContextMenuSubTrigger>Share</ContextMenuSubTrigger>
          <ContextMenuSubContent>
            <ContextMenuItem onSelect={() => onItemSelect("Email")}>Email</ContextMenuItem>
            <ContextMenuItem onSelect={() => onItemSelect("Chat")}>Chat</ContextMenuItem>
          </ContextMenuSubContent>
        </ContextMenuSub>
      </ContextMenuContent>
    </ContextMenu>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await rightClick(canvasElement);
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    const subTrigger = body.getByRole("menuitem", { name: "Share" });
    await waitFor(() => expect(subTrigger).toHaveFocus());
    await expect(subTrigger).toHaveAttribute("aria-haspopup", "menu");
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(body.getByRole("menuitem", { name: "Email" })).toHaveFocus());
    await userEvent.keyboard("{ArrowLeft}");
    await waitFor(() => expect(subTrigger).toHaveFocus());
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(body.getByRole("menuitem", { name: "Email" })).toHaveFocus());
  },
};

const itemStates = ["rest", "highlighted", "disabled"] as const;

/**
 * Both item variants at rest, highlighted (as under the pointer or keyboard focus) and
 * disabled. Radix marks the highlighted item with `data-highlighted`; here the story sets it.
 */
export const States: Story = {
  render: () => (
    <ContextMenu modal={false}>
      <ContextMenuTrigger style={areaStyle}>Right-click here</ContextMenuTrigger>
      <ContextMenuContent>
        {(["neutral", "destructive"] as const).map((variant, index) => (
          <React.Fragment key={variant}>
            {index > 0 && <ContextMenuSeparator />}
            <ContextMenuLabel>{variant[0]!.toUpperCase() + variant.slice(1)}</ContextMenuLabel>
            {itemStates.map((state) => (
              <ContextMenuItem
                key={state}
                variant={variant}
                disabled={state === "disabled"}
                data-highlighted={state === "highlighted" ? "" : undefined}
              >
                {state[0]!.toUpperCase() + state.slice(1)}
              </ContextMenuItem>
            ))}
          </React.Fragment>
        ))}
      </ContextMenuContent>
    </ContextMenu>
  ),
  play: async ({ canvasElement }) => {
    await rightClick(canvasElement);
  },
};
