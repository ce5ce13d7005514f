import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "../dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from "../dropdown-menu";
import {
  Popover,
  PopoverContent,
  PopoverDescription,
  PopoverTitle,
  PopoverTrigger,
} from "../popover";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "../select";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "../tabs";
import {
  Toast,
  ToastClose,
  ToastDescription,
  ToastProvider,
  ToastTitle,
  ToastViewport,
} from "../toast";
import { Tooltip, TooltipContent, TooltipTrigger } from "../tooltip";
import { DirectionProvider } from "./direction";

/** The element's box in the window. */
const box = (element: Element) => element.getBoundingClientRect();

/** Two edges line up, give or take a pixel of rounding. */
async function expectAligned(actual: number, expected: number) {
  await expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1);
}

/**
 * Every story renders the way a right-to-left product does: `<html dir="rtl">` (set here before
 * the story and restored after it) and `DirectionProvider dir="rtl"` around the app. Stories use
 * English text so reviewers can read them; the layout is what is under test (sentences carry no
 * final full stop: in a right-to-left paragraph it would show at the left end of Latin text).
 */
const meta = {
  title: "Layout/Direction",
  component: DirectionProvider,
  tags: ["autodocs"],
  args: { dir: "rtl" },
  argTypes: { dir: { control: false } },
  parameters: {
    // `<html dir>` changes the whole document: each story gets its own frame in the docs page.
    docs: { story: { inline: false, height: "420px" } },
  },
  beforeEach: ({ args }) => {
    const root = document.documentElement;
    const previous = root.getAttribute("dir");
    root.setAttribute("dir", args.dir);
    return () => {
      if (previous === null) root.removeAttribute("dir");
      else root.setAttribute("dir", previous);
    };
  },
  decorators: [
    (Story, { args }) => (
      <DirectionProvider dir={args.dir}>
        {/* Centred, so a menu, popover or tooltip has room on both sides and could open either way. */}
        <div
          dir={args.dir}
          style={{ display: "flex", justifyContent: "center", paddingBlock: "var(--nx-spacing-4)" }}
        >
          <Story />
        </div>
      </DirectionProvider>
    ),
  ],
} satisfies Meta<typeof DirectionProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The submenu opens to the left, ArrowLeft opens it and ArrowRight closes it; its chevron points
 * left. The menu itself lines up with the trigger's right edge (`align="start"`).
 */
export const DropdownMenuWithSubmenu: Story = {
  render: () => (
    // Non-modal, as the open stories of Overlays/DropdownMenu: a modal menu hides the trigger
    // from screen readers while it stays focusable, which axe reports.
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button variant="outline">Document</Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem>Rename</DropdownMenuItem>
        <DropdownMenuSub>
          <DropdownMenuSubTrigger>Share</DropdownMenuSubTrigger>
          <DropdownMenuSubContent>
            <DropdownMenuItem>Email</DropdownMenuItem>
            <DropdownMenuItem>Messages</DropdownMenuItem>
            <DropdownMenuItem>Copy link</DropdownMenuItem>
          </DropdownMenuSubContent>
        </DropdownMenuSub>
        <DropdownMenuSeparator />
        <DropdownMenuItem>Move to trash</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole("button", { name: "Document" });
    await userEvent.click(trigger);
    const menu = await body.findByRole("menu", { name: "Document" });
    await expectAligned(box(menu).right, box(trigger).right);

    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    const share = within(menu).getByRole("menuitem", { name: "Share" });
    await expect(share).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    const submenu = await body.findByRole("menu", { name: "Share" });
    await waitFor(() =>
      expect(within(submenu).getByRole("menuitem", { name: "Email" })).toHaveFocus(),
    );
    await expect(submenu).toHaveAttribute("data-side", "left");
    await expect(box(submenu).right).toBeLessThanOrEqual(box(share).left);
    await expect(box(submenu).left).toBeLessThan(box(menu).left);

    await userEvent.keyboard("{ArrowRight}");
    await waitFor(() => expect(body.queryByRole("menu", { name: "Share" })).toBeNull());
    await expect(share).toHaveFocus();

    // Open again for the screenshot.
    await userEvent.keyboard("{ArrowLeft}");
    await body.findByRole("menu", { name: "Share" });
  },
};

/**
 * The first tab sits at the right and the list runs leftwards; ArrowLeft moves to the next tab
 * and ArrowRight to the previous one. The vertical list's bar is on its inline end (left).
 */
export const TabsInRtl: Story = {
  name: "Tabs",
  render: () => (
    <div style={{ display: "grid", gap: "var(--nx-spacing-8)", width: "var(--nx-spacing-96)" }}>
      <Tabs defaultValue="overview">
        <TabsList aria-label="Project">
          <TabsTrigger value="overview">Overview</TabsTrigger>
          <TabsTrigger value="activity">Activity</TabsTrigger>
          <TabsTrigger value="settings">Settings</TabsTrigger>
        </TabsList>
        <TabsContent value="overview">Summary of the project</TabsContent>
        <TabsContent value="activity">Recent changes</TabsContent>
        <TabsContent value="settings">Name and members</TabsContent>
      </Tabs>
      <Tabs defaultValue="general" orientation="vertical">
        <TabsList aria-label="Settings sections">
          <TabsTrigger value="general">General</TabsTrigger>
          <TabsTrigger value="members">Members</TabsTrigger>
        </TabsList>
        <TabsContent value="general">Name, language and time zone</TabsContent>
        <TabsContent value="members">Who can see the project</TabsContent>
      </Tabs>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = canvas.getByRole("tablist", { name: "Project" });
    const [overview, activity, settings] = within(list).getAllByRole("tab");
    await expectAligned(box(overview!).right, box(list).right);
    await expect(box(activity!).right).toBeLessThanOrEqual(box(overview!).left);
    await expect(box(settings!).right).toBeLessThanOrEqual(box(activity!).left);

    await userEvent.click(overview!);
    await userEvent.keyboard("{ArrowLeft}");
    await expect(activity).toHaveFocus();
    await expect(activity).toHaveAttribute("aria-selected", "true");
    await expect(canvas.getByRole("tabpanel", { name: "Activity" })).toBeVisible();
    await userEvent.keyboard("{ArrowRight}");
    await expect(overview).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(activity).toHaveAttribute("aria-selected", "true");

    // Vertical: the tabs on the right, their panel to their left.
    const sections = canvas.getByRole("tablist", { name: "Settings sections" });
    const panel = canvas.getByRole("tabpanel", { name: "General" });
    await expect(box(panel).right).toBeLessThanOrEqual(box(sections).left);
  },
};

/**
 * The open list: the check mark of the selected item on its left (inline end), the text from
 * the right (inline start); the trigger's chevron on the left.
 */
export const SelectOpen: Story = {
  name: "Select",
  parameters: {
    // As in Forms/Select's open stories: Radix hides the page behind the open list and traps
    // focus in it, which axe cannot see.
    a11y: { config: { rules: [{ id: "aria-hidden-focus", reviewOnFail: true }] } },
  },
  render: () => (
    <div style={{ width: "var(--nx-spacing-64)" }}>
      <Select defaultValue="banana">
        <SelectTrigger aria-label="Fruit">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="apple">Apple</SelectItem>
          <SelectItem value="banana">Banana</SelectItem>
          <SelectItem value="cherry">Cherry</SelectItem>
        </SelectContent>
      </Select>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = body.getByRole("combobox", { name: "Fruit" });
    const value = within(trigger).getByText("Banana");
    const chevron = trigger.querySelector("svg")!;
    await expect(box(chevron).right).toBeLessThanOrEqual(box(value).left);

    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const listbox = await body.findByRole("listbox");
    const banana = within(listbox).getByRole("option", { name: "Banana" });
    await waitFor(() => expect(banana).toHaveFocus());
    await expectAligned(box(listbox).right, box(trigger).right);

    const check = banana.querySelector("svg")!;
    const text = within(banana).getByText("Banana");
    await expect(box(check).right).toBeLessThanOrEqual(box(text).left);
    await expect(box(check).left - box(banana).left).toBeLessThan(box(banana).width / 4);
    await expect(box(banana).right - box(text).right).toBeLessThan(box(banana).width / 4);

    await userEvent.keyboard("{ArrowDown}");
    await expect(within(listbox).getByRole("option", { name: "Cherry" })).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}");
    await expect(banana).toHaveFocus();
  },
};

/**
 * `align="start"` lines the popover up with the trigger's right edge. Sides stay physical:
 * `side="right"` is the right in both directions (see the tooltip story).
 */
export const PopoverAlignStart: Story = {
  render: () => (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline">Details</Button>
      </PopoverTrigger>
      <PopoverContent align="start">
        <PopoverTitle>Details</PopoverTitle>
        <PopoverDescription>Aligned with the start of its trigger</PopoverDescription>
      </PopoverContent>
    </Popover>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole("button", { name: "Details" });
    await userEvent.click(trigger);
    const popover = await body.findByRole("dialog", { name: "Details" });
    await waitFor(() => expect(popover).toHaveAttribute("data-align", "start"));
    await expectAligned(box(popover).right, box(trigger).right);
    await expect(box(popover).left).toBeLessThan(box(trigger).left);
    await expect(box(popover).top).toBeGreaterThan(box(trigger).bottom);
    await expect(within(popover).getByText("Aligned with the start of its trigger")).toHaveStyle({
      textAlign: "start",
      direction: "rtl",
    });
  },
};

/**
 * `side` names a physical side and does not mirror: `side="right"` shows the tooltip on the
 * right of its trigger in right-to-left pages too. Keyboard focus opens it, Escape closes it.
 */
export const TooltipSideRight: Story = {
  render: () => (
    <Tooltip>
      <TooltipTrigger asChild>
        <Button variant="outline">Bookmark</Button>
      </TooltipTrigger>
      <TooltipContent side="right">Add to library</TooltipContent>
    </Tooltip>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole("button", { name: "Bookmark" });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    const hint = await body.findByRole("tooltip", { name: "Add to library" });
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("tooltip")).toBeNull());
    await expect(hint).not.toBeInTheDocument();

    // Focus again (away and back) for the position check and the screenshot.
    trigger.blur();
    await userEvent.tab();
    const tooltip = (await body.findByRole("tooltip", { name: "Add to library" })).closest(
      '[data-slot="tooltip-content"]',
    )!;
    await waitFor(() => expect(tooltip).toHaveAttribute("data-side", "right"));
    await expect(box(tooltip).left).toBeGreaterThanOrEqual(box(trigger).right);
    await expect(tooltip).toHaveStyle({ direction: "rtl" });
  },
};

/**
 * The close button at the top left (inline end), the title from the right and the footer's
 * buttons packed to the left with the primary action leftmost. Escape closes and focus returns.
 */
export const DialogInRtl: Story = {
  name: "Dialog",
  render: () => (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="outline">Edit profile</Button>
      </DialogTrigger>
      <DialogContent size="sm">
        <DialogHeader>
          <DialogTitle>Edit profile</DialogTitle>
          <DialogDescription>Your name is visible to your team</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button>Save</Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const trigger = within(canvasElement).getByRole("button", { name: "Edit profile" });
    await userEvent.click(trigger);
    await body.findByRole("dialog", { name: "Edit profile" });
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(trigger).toHaveFocus());

    await userEvent.keyboard("{Enter}");
    const dialog = await body.findByRole("dialog", { name: "Edit profile" });
    const close = within(dialog).getByRole("button", { name: "Close" });
    const title = within(dialog).getByRole("heading", { name: "Edit profile" });
    const cancel = within(dialog).getByRole("button", { name: "Cancel" });
    const save = within(dialog).getByRole("button", { name: "Save" });
    await expect(box(close).left - box(dialog).left).toBeLessThanOrEqual(24);
    await expect(box(close).right).toBeLessThanOrEqual(box(title).left);
    await expect(box(dialog).right - box(title).right).toBeLessThanOrEqual(32);
    await expect(title).toHaveStyle({ direction: "rtl" });
    await expect(box(save).right).toBeLessThanOrEqual(box(cancel).left);
    await expect(box(dialog).right - box(cancel).right).toBeGreaterThan(box(dialog).width / 2);
  },
};

/**
 * Toast positions name screen corners and do not mirror: `bottom-right` stays at the bottom
 * right. Inside a toast the layout mirrors: the close button sits at the top left (inline end),
 * the text starts at the right. F8 moves focus to the notifications.
 */
export const ToastInRtl: Story = {
  name: "Toast",
  render: () => (
    <ToastProvider>
      <Toast duration={Infinity}>
        <div style={{ display: "grid", gap: "var(--nx-spacing-1)", flex: 1 }}>
          <ToastTitle>Changes saved</ToastTitle>
          <ToastDescription>Your profile is up to date</ToastDescription>
        </div>
        <ToastClose />
      </Toast>
      <ToastViewport position="bottom-right" />
    </ToastProvider>
  ),
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const region = body.getByRole("region", { name: "Notifications (F8)" });
    const item = await within(region).findByRole("listitem");
    const list = item.parentElement!;
    await expectAligned(box(list).right, canvasElement.ownerDocument.documentElement.clientWidth);

    const close = within(item).getByRole("button", { name: "Close" });
    const title = within(item).getByText("Changes saved");
    await expect(box(close).left - box(item).left).toBeLessThanOrEqual(12);
    await expect(box(close).right).toBeLessThanOrEqual(box(title).left);
    await expect(box(item).right - box(title).right).toBeLessThanOrEqual(20);

    await userEvent.keyboard("[F8]");
    await waitFor(() => expect(list).toHaveFocus());
    await userEvent.tab();
    await expect(item).toHaveFocus();
    await userEvent.tab();
    await expect(close).toHaveFocus();
  },
};
