import {
  CalendarIcon,
  CreditCardIcon,
  FileTextIcon,
  SettingsIcon,
  UserIcon,
  UsersIcon,
} from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { Button } from "../button";
import {
  Command,
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
  CommandLoading,
  CommandSeparator,
  CommandShortcut,
} from "./command";
import { listClasses } from "../../shared/list-classes";
import { StatesGrid } from "../../stories/states-grid";

function PaletteItems({ onSelect }: { onSelect?: (value: string) => void }) {
  return (
    <>
      <CommandInput placeholder="Type a command or search…" />
      <CommandEmpty>No results</CommandEmpty>
      <CommandList>
        <CommandGroup heading="Suggestions">
          <CommandItem onSelect={onSelect}>
            <CalendarIcon size="sm" className={listClasses.itemIcon} />
            Calendar
          </CommandItem>
          <CommandItem onSelect={onSelect} keywords={["people", "members"]}>
            <UsersIcon size="sm" className={listClasses.itemIcon} />
            Team
          </CommandItem>
          <CommandItem onSelect={onSelect} disabled>
            <FileTextIcon size="sm" className={listClasses.itemIcon} />
            Reports (no access)
          </CommandItem>
        </CommandGroup>
        <CommandSeparator />
        <CommandGroup heading="Settings">
          <CommandItem onSelect={onSelect}>
            <UserIcon size="sm" className={listClasses.itemIcon} />
            Profile
            <CommandShortcut>⌘P</CommandShortcut>
          </CommandItem>
          <CommandItem onSelect={onSelect}>
            <CreditCardIcon size="sm" className={listClasses.itemIcon} />
            Billing
            <CommandShortcut>⌘B</CommandShortcut>
          </CommandItem>
          <CommandItem onSelect={onSelect}>
            <SettingsIcon size="sm" className={listClasses.itemIcon} />
            Settings
            <CommandShortcut>⌘,</CommandShortcut>
          </CommandItem>
        </CommandGroup>
      </CommandList>
    </>
  );
}

const frameStyle: React.CSSProperties = { width: "var(--nx-spacing-96)" };

const highlighted = (root: HTMLElement) =>
  within(root)
    .queryAllByRole("option")
    .find((option) => option.getAttribute("aria-selected") === "true");

const meta = {
  title: "Forms/Command",
  component: Command,
  subcomponents: {
    CommandInput,
    CommandList,
    CommandGroup,
    CommandItem,
    CommandShortcut,
    CommandEmpty,
    CommandSeparator,
    CommandLoading,
    CommandDialog,
  },
  tags: ["autodocs"],
  args: { label: "Commands" },
  render: (args) => (
    <Command {...args} style={frameStyle}>
      <PaletteItems />
    </Command>
  ),
} satisfies Meta<typeof Command>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Arrows, Home and End move; Enter runs; typing filters with the fuzzy filter of Combobox. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole("combobox");
    await userEvent.click(input);
    await expect(highlighted(canvasElement)).toHaveTextContent("Calendar");
    // The disabled "Reports" is skipped.
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    await expect(highlighted(canvasElement)).toHaveTextContent("Profile");
    await userEvent.keyboard("{End}");
    await expect(highlighted(canvasElement)).toHaveTextContent("Settings");
    await userEvent.keyboard("{Home}");
    await expect(highlighted(canvasElement)).toHaveTextContent("Calendar");
    await userEvent.type(input, "bil");
    await waitFor(() =>
      expect(canvas.getAllByRole("option").map((o) => o.textContent)).toEqual(["Billing⌘B"]),
    );
    await userEvent.clear(input);
    await userEvent.type(input, "members");
    await waitFor(() =>
      expect(canvas.getAllByRole("option").map((o) => o.textContent)).toEqual(["Team"]),
    );
    await userEvent.clear(input);
  },
};

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("combobox"), "zzz");
    await expect(canvas.getByText("No results")).toBeVisible();
    await expect(canvas.queryAllByRole("option")).toHaveLength(0);
  },
};

export const Loading: Story = {
  render: (args) => (
    <Command {...args} shouldFilter={false} style={frameStyle}>
      <CommandInput placeholder="Search issues…" />
      <CommandLoading label="Searching issues…" />
      <CommandList />
    </Command>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("progressbar", { name: "Searching issues…" }),
    ).toBeInTheDocument();
  },
};

/** ⌘K or Ctrl+K opens the palette anywhere on the page (`shortcut="k"`); so does the button. */
export const Dialog: Story = {
  render: function DialogStory(args) {
    const [open, setOpen] = React.useState(false);
    return (
      <>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Open the palette <kbd>⌘K</kbd>
        </Button>
        <CommandDialog {...args} open={open} onOpenChange={setOpen} shortcut="k">
          <PaletteItems onSelect={() => setOpen(false)} />
        </CommandDialog>
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement.ownerDocument.body);
    const button = page.getByRole("button", { name: /Open the palette/ });
    button.focus();
    await userEvent.keyboard("{Control>}k{/Control}");
    const dialog = await page.findByRole("dialog", { name: "Command palette" });
    await waitFor(() => expect(within(dialog).getByRole("combobox")).toHaveFocus());
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(page.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(button).toHaveFocus());
    await userEvent.keyboard("{Meta>}k{/Meta}");
    await page.findByRole("dialog");
    await userEvent.keyboard("prof{Enter}");
    await waitFor(() => expect(page.queryByRole("dialog")).toBeNull());
  },
};

/** The palette open, as designers review it. */
export const DialogOpen: Story = {
  parameters: { docs: { story: { inline: false, height: "520px" } } },
  render: (args) => (
    <>
      <p>The palette opens over the page.</p>
      <CommandDialog {...args} defaultOpen>
        <PaletteItems />
      </CommandDialog>
    </>
  ),
};

const itemStates = ["rest", "highlighted", "disabled"] as const;

/** An item at rest, highlighted (keyboard or pointer) and disabled; plain and with icon and shortcut. */
export const States: Story = {
  render: () => (
    <StatesGrid
      states={itemStates}
      rows={(["plain", "icon and shortcut"] as const).map((row) => ({
        name: row,
        cells: itemStates.map((state) => (
          <Command
            key={state}
            label={`Item, ${row}, ${state}`}
            value={state === "highlighted" ? "Profile" : "none"}
            style={{ width: "var(--nx-spacing-48)" }}
          >
            <CommandList aria-label={`Items, ${row}, ${state}`}>
              <CommandItem value="Profile" disabled={state === "disabled"}>
                {row === "icon and shortcut" && (
                  <UserIcon size="sm" className={listClasses.itemIcon} />
                )}
                Profile
                {row === "icon and shortcut" && <CommandShortcut>⌘P</CommandShortcut>}
              </CommandItem>
            </CommandList>
          </Command>
        )),
      }))}
    />
  ),
  play: async ({ canvasElement }) => {
    const options = within(canvasElement).getAllByRole("option");
    await expect(options.map((o) => o.getAttribute("aria-selected"))).toEqual([
      "false",
      "true",
      "false",
      "false",
      "true",
      "false",
    ]);
    await expect(options[2]).toHaveAttribute("aria-disabled", "true");
  },
};
