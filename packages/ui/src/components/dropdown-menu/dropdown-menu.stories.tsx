import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
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
  type DropdownMenuItemProps,
  type DropdownMenuProps,
} from ".";

type DropdownMenuStoryArgs = DropdownMenuProps &
  Pick<DropdownMenuItemProps, "variant" | "inset"> & {
    /** Called with the chosen item's label. */
    onItemSelect: (item: string) => void;
  };

function TrashIcon() {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Open-for-review stories stay open when focus moves elsewhere: side by side, the light and the
 * dark copy each take focus on open and would otherwise close each other.
 */
const keepOpenForReview = (event: Event) => event.preventDefault();

const meta = {
  title: "Overlays/DropdownMenu",
  component: DropdownMenu,
  subcomponents: {
    DropdownMenuTrigger,
    DropdownMenuContent,
    DropdownMenuItem,
    DropdownMenuCheckboxItem,
    DropdownMenuRadioGroup,
    DropdownMenuRadioItem,
    DropdownMenuLabel,
    DropdownMenuSeparator,
    DropdownMenuShortcut,
    DropdownMenuGroup,
    DropdownMenuSub,
    DropdownMenuSubTrigger,
    DropdownMenuSubContent,
  },
  tags: ["autodocs"],
  args: { modal: true, variant: "neutral", inset: false, onItemSelect: fn() },
  argTypes: {
    variant: { control: "select", options: ["neutral", "destructive"] },
    inset: { control: "boolean" },
    modal: { control: "boolean" },
  },
  parameters: {
    layout: "centered",
    // Open menus are portalled to <body>; give each story its own frame in the docs page.
    docs: { story: { inline: false, iframeHeight: 360 } },
  },
  render: ({ variant, inset, onItemSelect, ...args }) => (
    <DropdownMenu {...args}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">Open menu</Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent onFocusOutside={args.defaultOpen ? keepOpenForReview : undefined}>
        <DropdownMenuLabel inset={inset}>My account</DropdownMenuLabel>
        <DropdownMenuGroup>
          {["Profile", "Billing", "Settings"].map((item) => (
            <DropdownMenuItem
              key={item}
              variant={variant}
              inset={inset}
              onSelect={() => onItemSelect(item)}
            >
              {item}
              {item === "Settings" && <DropdownMenuShortcut>Ctrl+,</DropdownMenuShortcut>}
            </DropdownMenuItem>
          ))}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant={variant} inset={inset} disabled>
          API keys
        </DropdownMenuItem>
        <DropdownMenuItem variant={variant} inset={inset} onSelect={() => onItemSelect("Log out")}>
          Log out <DropdownMenuShortcut>Shift+Ctrl+Q</DropdownMenuShortcut>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  ),
} satisfies Meta<DropdownMenuStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Keyboard: Enter opens on the first item, ArrowDown moves, Enter selects, Escape returns focus. */
export const Default: Story = {
  play: async ({ args, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole("button", { name: "Open menu" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const menu = await body.findByRole("menu");
    await waitFor(() =>
      expect(within(menu).getByRole("menuitem", { name: "Profile" })).toHaveFocus(),
    );
    await userEvent.keyboard("{ArrowDown}");
    await expect(within(menu).getByRole("menuitem", { name: "Billing" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(args.onItemSelect).toHaveBeenCalledWith("Billing");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());
    await expect(trigger).toHaveFocus();

    await userEvent.keyboard("{ArrowDown}");
    await body.findByRole("menu");
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAttribute("aria-expanded", "false");
  },
};

/** Open for visual review (non-modal, so the rest of the page stays usable in the docs). */
export const Open: Story = {
  args: { defaultOpen: true, modal: false },
};

/** Icons, shortcuts, an inset label, a disabled item and a destructive action. */
export const ItemStates: Story = {
  args: { defaultOpen: true, modal: false },
  render: (args) => (
    <DropdownMenu defaultOpen={args.defaultOpen} modal={args.modal}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">File</Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent onFocusOutside={keepOpenForReview}>
        <DropdownMenuLabel>File</DropdownMenuLabel>
        <DropdownMenuItem>
          New file <DropdownMenuShortcut>Ctrl+N</DropdownMenuShortcut>
        </DropdownMenuItem>
        <DropdownMenuItem inset>Inset item</DropdownMenuItem>
        <DropdownMenuItem disabled>
          Share <DropdownMenuShortcut>Ctrl+S</DropdownMenuShortcut>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive">
          <TrashIcon />
          Delete file
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  ),
};

/** Checkbox items toggle without closing the menu (`onSelect` prevents the default). */
export const Checkboxes: Story = {
  render: (args) => {
    const [columns, setColumns] = React.useState({ status: true, owner: false, updated: true });
    const toggle = (key: keyof typeof columns) => (checked: boolean) =>
      setColumns((current) => ({ ...current, [key]: checked }));
    return (
      <DropdownMenu modal={args.modal} defaultOpen={args.defaultOpen}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline">Columns</Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent onFocusOutside={keepOpenForReview}>
          <DropdownMenuLabel inset>Visible columns</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuCheckboxItem
            checked={columns.status}
            onCheckedChange={toggle("status")}
            onSelect={(event) => event.preventDefault()}
          >
            Status
          </DropdownMenuCheckboxItem>
          <DropdownMenuCheckboxItem
            checked={columns.owner}
            onCheckedChange={toggle("owner")}
            onSelect={(event) => event.preventDefault()}
          >
            Owner
          </DropdownMenuCheckboxItem>
          <DropdownMenuCheckboxItem
            checked={columns.updated}
            onCheckedChange={toggle("updated")}
            onSelect={(event) => event.preventDefault()}
          >
            Last updated
          </DropdownMenuCheckboxItem>
          <DropdownMenuCheckboxItem checked="indeterminate" disabled>
            Tags (mixed)
          </DropdownMenuCheckboxItem>
        </DropdownMenuContent>
      </DropdownMenu>
    );
  },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole("button", { name: "Columns" });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const owner = await body.findByRole("menuitemcheckbox", { name: "Owner" });
    await expect(owner).toHaveAttribute("aria-checked", "false");
    await userEvent.keyboard("{ArrowDown} ");
    await expect(owner).toHaveAttribute("aria-checked", "true");
    await expect(owner).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** Radio items: one choice at a time. */
export const RadioGroup: Story = {
  args: { defaultOpen: true, modal: false },
  render: (args) => {
    const [density, setDensity] = React.useState("comfortable");
    return (
      <DropdownMenu modal={args.modal} defaultOpen={args.defaultOpen}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline">Density</Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent onFocusOutside={keepOpenForReview}>
          <DropdownMenuLabel inset>Row density</DropdownMenuLabel>
          <DropdownMenuRadioGroup value={density} onValueChange={setDensity}>
            <DropdownMenuRadioItem value="compact">Compact</DropdownMenuRadioItem>
            <DropdownMenuRadioItem value="comfortable">Comfortable</DropdownMenuRadioItem>
            <DropdownMenuRadioItem value="spacious">Spacious</DropdownMenuRadioItem>
          </DropdownMenuRadioGroup>
        </DropdownMenuContent>
      </DropdownMenu>
    );
  },
};

/** ArrowRight opens the submenu on its first item; ArrowLeft closes it. */
export const Submenu: Story = {
  // Non-modal: the story ends with the submenu open, and the page stays in the accessibility tree.
  args: { modal: false },
  render: ({ onItemSelect, modal }) => (
    <DropdownMenu modal={modal}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">Share</Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem onSelect={() => onItemSelect("Copy link")}>Copy link</DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>Send to</DropdownMenuSubTrigger>
          <DropdownMenuSubContent>
            <DropdownMenuItem onSelect={() => onItemSelect("Email")}>Email</DropdownMenuItem>
            <DropdownMenuItem onSelect={() => onItemSelect("Chat")}>Chat</DropdownMenuItem>
          </DropdownMenuSubContent>
        </DropdownMenuSub>
      </DropdownMenuContent>
    </DropdownMenu>
  ),
  // Ends with the submenu open, so the story shows it; choosing an item is in the unit tests.
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    // A click (not focus + Enter) also works in the Storybook UI, where the preview frame may
    // not have keyboard focus yet.
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Share" }));
    await body.findByRole("menu");
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    const subTrigger = body.getByRole("menuitem", { name: "Send to" });
    await waitFor(() => expect(subTrigger).toHaveFocus());
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(body.getByRole("menuitem", { name: "Email" })).toHaveFocus());
    await userEvent.keyboard("{ArrowLeft}");
    await waitFor(() => expect(subTrigger).toHaveFocus());
    await expect(body.queryByRole("menuitem", { name: "Email" })).toBeNull();
    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(body.getByRole("menuitem", { name: "Email" })).toHaveFocus());
  },
};

const itemStates = ["rest", "highlighted", "disabled"] as const;

/**
 * Both item variants at rest, highlighted (as under the pointer or keyboard focus) and
 * disabled, in an open non-modal menu. Radix marks the highlighted item with
 * `data-highlighted`; here the story sets it on one item per variant.
 */
export const States: Story = {
  args: { defaultOpen: true, modal: false },
  render: (args) => (
    <DropdownMenu defaultOpen={args.defaultOpen} modal={args.modal}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">Open menu</Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {(["neutral", "destructive"] as const).map((variant, index) => (
          <React.Fragment key={variant}>
            {index > 0 && <DropdownMenuSeparator />}
            <DropdownMenuLabel>{variant[0]!.toUpperCase() + variant.slice(1)}</DropdownMenuLabel>
            {itemStates.map((state) => (
              <DropdownMenuItem
                key={state}
                variant={variant}
                disabled={state === "disabled"}
                data-highlighted={state === "highlighted" ? "" : undefined}
              >
                {state[0]!.toUpperCase() + state.slice(1)}
              </DropdownMenuItem>
            ))}
          </React.Fragment>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  ),
};
