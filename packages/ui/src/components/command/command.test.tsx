import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
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
  commandFilter,
} from "./command";
import { fuzzyScore } from "../../shared/fuzzy-filter";

function Palette({ onSelect = () => {} }: { onSelect?: (value: string) => void }) {
  return (
    <>
      <CommandInput placeholder="Type a command or search…" />
      <CommandEmpty>No results</CommandEmpty>
      <CommandList>
        <CommandGroup heading="Suggestions">
          <CommandItem onSelect={onSelect}>Calendar</CommandItem>
          <CommandItem onSelect={onSelect} keywords={["emoji"]}>
            Search emoji
          </CommandItem>
          <CommandItem onSelect={onSelect} disabled>
            Calculator
          </CommandItem>
        </CommandGroup>
        <CommandSeparator />
        <CommandGroup heading="Settings">
          <CommandItem onSelect={onSelect}>
            Profile
            <CommandShortcut>⌘P</CommandShortcut>
          </CommandItem>
          <CommandItem onSelect={onSelect}>
            Billing
            <CommandShortcut>⌘B</CommandShortcut>
          </CommandItem>
        </CommandGroup>
      </CommandList>
    </>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const options = () => screen.queryAllByRole("option").map((option) => option.textContent);
const selected = () =>
  screen.queryAllByRole("option").find((option) => option.getAttribute("aria-selected") === "true")
    ?.textContent;

describe("Command", () => {
  it("renders a search combobox controlling a listbox of grouped options with shortcuts", () => {
    render(
      <Command label="Commands">
        <Palette />
      </Command>,
    );
    const input = screen.getByRole("combobox");
    expect(input).toHaveAttribute("aria-controls", screen.getByRole("listbox").id);
    expect(screen.getByRole("group", { name: "Settings" })).toBeInTheDocument();
    expect(options()).toEqual(["Calendar", "Search emoji", "Calculator", "Profile⌘P", "Billing⌘B"]);
    expect(screen.getByText("⌘P").tagName).toBe("KBD");
  });

  it("filters with the fuzzy filter Combobox uses, best match first, and by keyword", async () => {
    const user = setup();
    render(
      <Command label="Commands">
        <Palette />
      </Command>,
    );
    await user.type(screen.getByRole("combobox"), "bil");
    expect(options()).toEqual(["Billing⌘B"]);
    await user.clear(screen.getByRole("combobox"));
    await user.type(screen.getByRole("combobox"), "emoji");
    expect(options()).toEqual(["Search emoji"]);
    await user.clear(screen.getByRole("combobox"));
    await user.type(screen.getByRole("combobox"), "zzz");
    expect(options()).toEqual([]);
    expect(screen.getByText("No results")).toBeInTheDocument();
    expect(commandFilter("Billing", "bil")).toBe(fuzzyScore("Billing", "bil"));
  });

  it("moves with the arrow keys, Home and End, skips disabled items and runs one with Enter", async () => {
    const user = setup();
    const onSelect = vi.fn();
    render(
      <Command label="Commands">
        <Palette onSelect={onSelect} />
      </Command>,
    );
    await user.click(screen.getByRole("combobox"));
    expect(selected()).toBe("Calendar");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(selected()).toBe("Profile⌘P");
    await user.keyboard("{End}");
    expect(selected()).toBe("Billing⌘B");
    await user.keyboard("{Home}");
    expect(selected()).toBe("Calendar");
    await user.keyboard("{ArrowUp}");
    expect(selected()).toBe("Billing⌘B");
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith("Billing⌘B");
  });

  it("shows a loading row", () => {
    render(
      <Command label="Search">
        <CommandInput aria-label="Search" />
        <CommandLoading />
        <CommandList />
      </Command>,
    );
    expect(screen.getByRole("progressbar", { name: "Loading…" })).toHaveTextContent("Loading…");
  });

  it("CommandDialog opens with Ctrl+K and ⌘K, focuses the search, closes with Escape", async () => {
    const user = setup();
    render(
      <>
        <button type="button">Before</button>
        <CommandDialog shortcut="k">
          <Palette />
        </CommandDialog>
      </>,
    );
    const before = screen.getByRole("button", { name: "Before" });
    before.focus();
    expect(screen.queryByRole("dialog")).toBeNull();
    await user.keyboard("{Control>}k{/Control}");
    const dialog = await screen.findByRole("dialog", { name: "Command palette" });
    expect(dialog).toHaveAccessibleDescription("Search for a command to run.");
    await waitFor(() => expect(screen.getByRole("combobox")).toHaveFocus());
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    await waitFor(() => expect(before).toHaveFocus());
    fireEvent.keyDown(document, { key: "k", metaKey: true });
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    fireEvent.keyDown(document, { key: "k", metaKey: true });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("CommandDialog is controlled by open and onOpenChange", async () => {
    const onOpenChange = vi.fn();
    function Controlled() {
      const [open, setOpen] = React.useState(true);
      return (
        <CommandDialog
          open={open}
          onOpenChange={(next) => {
            onOpenChange(next);
            setOpen(next);
          }}
        >
          <Palette />
        </CommandDialog>
      );
    }
    const user = setup();
    render(<Controlled />);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenCalledWith(false);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  it("rejects a shortcut that is not one key", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<CommandDialog shortcut="ctrl+k" />)).toThrow(/one key pressed with/);
    vi.mocked(console.error).mockRestore();
  });

  it("renders on the server", () => {
    expect(
      renderToString(
        <Command label="Commands">
          <Palette />
        </Command>,
      ),
    ).toContain("Calendar");
  });
});
