import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Dialog, DialogContent, DialogTitle } from "../dialog";
import { Field } from "../field";
import { Combobox, type ComboboxOption, type ComboboxProps } from "./combobox";

const fruit: ComboboxOption[] = [
  { value: "apple", label: "Apple" },
  { value: "banana", label: "Banana" },
  { value: "blueberry", label: "Blueberry", disabled: true },
  { value: "cherry", label: "Cherry" },
  { value: "kiwi", label: "Kiwi", keywords: ["chinese gooseberry"] },
];

function Fruit<Multiple extends boolean = false>(props: Partial<ComboboxProps<Multiple>>) {
  return (
    <Field label="Fruit">
      <Combobox<Multiple> items={fruit} placeholder="Pick a fruit" {...props} />
    </Field>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const input = () => screen.getByRole("combobox", { name: "Fruit" });
const optionNames = () => screen.queryAllByRole("option").map((option) => option.textContent);

describe("Combobox", () => {
  it("renders a labelled combobox input, closed, with a button that opens the list", async () => {
    const user = setup();
    render(<Fruit />);
    expect(input()).toHaveAttribute("aria-expanded", "false");
    expect(input()).toHaveAttribute("placeholder", "Pick a fruit");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show options" }));
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    expect(optionNames()).toEqual(["Apple", "Banana", "Blueberry", "Cherry", "Kiwi"]);
  });

  it("filters as you type, fuzzily and by keyword, and chooses with the keyboard", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Fruit onValueChange={onValueChange} />);
    await user.click(input());
    await user.keyboard("chr");
    // Letters in order: Cherry by its label, Kiwi by its keyword ("CHinese gooseberRy"), lower.
    expect(optionNames()).toEqual(["Cherry", "Kiwi"]);
    await user.clear(input());
    await user.keyboard("goose");
    expect(optionNames()).toEqual(["Kiwi"]);
    // The first match is highlighted as you type: Enter chooses it.
    await user.keyboard("{Enter}");
    expect(onValueChange).toHaveBeenLastCalledWith("kiwi");
    expect(input()).toHaveValue("Kiwi");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("moves with the arrow keys past a disabled option, which cannot be chosen, closes on Escape", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Fruit onValueChange={onValueChange} />);
    await user.click(input());
    await user.keyboard("{ArrowDown}");
    const active = () => {
      const id = input().getAttribute("aria-activedescendant");
      return id ? document.getElementById(id)?.textContent : undefined;
    };
    expect(active()).toBe("Apple");
    // Blueberry is disabled: announced as such, skipped by the keys, deaf to clicks.
    const blueberry = screen.getByRole("option", { name: "Blueberry" });
    expect(blueberry).toHaveAttribute("aria-disabled", "true");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(active()).toBe("Cherry");
    await user.keyboard("{ArrowDown}");
    expect(active()).toBe("Kiwi");
    // The list loops: ArrowDown on the last option goes back to the first, ArrowUp back.
    await user.keyboard("{ArrowDown}");
    expect(active()).toBe("Apple");
    await user.keyboard("{ArrowUp}");
    expect(active()).toBe("Kiwi");
    await user.click(blueberry);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(input()).toHaveFocus();
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it("keeps Home and End for the text caret, as the ARIA pattern allows for an editable combobox", async () => {
    const user = setup();
    render(<Fruit />);
    await user.click(input());
    await user.keyboard("cherr{Home}");
    expect((input() as HTMLInputElement).selectionStart).toBe(0);
    await user.keyboard("{End}");
    expect((input() as HTMLInputElement).selectionStart).toBe(5);
    expect(screen.getByRole("listbox")).toBeInTheDocument();
  });

  it("shows the empty message when nothing matches", async () => {
    const user = setup();
    render(<Fruit emptyMessage="No fruit found" />);
    await user.click(input());
    await user.keyboard("zzz");
    expect(await screen.findByText(/^No fruit found/)).toBeInTheDocument();
    expect(screen.queryAllByRole("option")).toHaveLength(0);
  });

  it("chooses several values as chips, removes one with its button and the last with Backspace", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Fruit<true> multiple defaultValue={["apple"]} onValueChange={onValueChange} />);
    expect(screen.getByRole("button", { name: "Remove Apple" })).toBeInTheDocument();
    await user.click(input());
    await user.keyboard("che{Enter}");
    expect(onValueChange).toHaveBeenLastCalledWith(["apple", "cherry"]);
    expect(screen.getByRole("button", { name: "Remove Cherry" })).toBeInTheDocument();
    expect(input()).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Remove Apple" }));
    expect(onValueChange).toHaveBeenLastCalledWith(["cherry"]);
    await user.click(input());
    await user.keyboard("{Backspace}");
    expect(onValueChange).toHaveBeenLastCalledWith([]);
    expect(screen.queryByRole("button", { name: /^Remove/ })).toBeNull();
  });

  it("submits its value with a form under `name`, one entry per value with `multiple`", async () => {
    const user = setup();
    const { container } = render(
      <form>
        <Combobox items={fruit} name="single" aria-label="Single" defaultValue="banana" />
        <Combobox items={fruit} name="many" aria-label="Many" multiple defaultValue={["apple"]} />
      </form>,
    );
    const form = container.querySelector("form")!;
    expect(new FormData(form).getAll("single")).toEqual(["banana"]);
    expect(new FormData(form).getAll("many")).toEqual(["apple"]);
    await user.click(screen.getByRole("combobox", { name: "Many" }));
    await user.keyboard("cherry{Enter}");
    expect(new FormData(form).getAll("many")).toEqual(["apple", "cherry"]);
  });

  it("blocks a form's submission while required and empty, with or without chips", async () => {
    const user = setup();
    const { container } = render(
      <form>
        <Combobox items={fruit} name="one" aria-label="One" required />
        <Combobox items={fruit} name="many" aria-label="Many" multiple required />
      </form>,
    );
    const form = container.querySelector("form")!;
    expect(form.checkValidity()).toBe(false);
    await user.click(screen.getByRole("combobox", { name: "One" }));
    await user.keyboard("kiwi{Enter}");
    expect(screen.getByRole("combobox", { name: "Many" })).toBeRequired();
    await user.click(screen.getByRole("combobox", { name: "Many" }));
    await user.keyboard("apple{Enter}");
    // A chosen value satisfies `required`, although the text input of `multiple` is empty.
    expect(form.checkValidity()).toBe(true);
    expect(new FormData(form).getAll("many")).toEqual(["apple"]);
  });

  it("is controlled by value and onValueChange", async () => {
    const user = setup();
    function Controlled() {
      const [value, setValue] = React.useState<string | null>("apple");
      return (
        <>
          <Fruit value={value} onValueChange={setValue} />
          <output>{value ?? "none"}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(input()).toHaveValue("Apple");
    await user.click(screen.getByRole("button", { name: "Show options" }));
    // The input shows the chosen label: the list is not filtered by it.
    expect(await screen.findAllByRole("option")).toHaveLength(5);
    await user.click(screen.getByRole("option", { name: "Banana" }));
    expect(document.querySelector("output")).toHaveTextContent("banana");
  });

  it("opens and closes under the product's control with open and onOpenChange", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    function Controlled() {
      const [open, setOpen] = React.useState(false);
      return (
        <Fruit
          open={open}
          onOpenChange={(next) => {
            onOpenChange(next);
            setOpen(next);
          }}
        />
      );
    }
    render(<Controlled />);
    await user.click(screen.getByRole("button", { name: "Show options" }));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    expect(input()).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("shows a value set from outside in the input", async () => {
    const user = setup();
    function Outside() {
      const [value, setValue] = React.useState<string | null>("apple");
      return (
        <>
          <Fruit value={value} onValueChange={setValue} />
          <button type="button" onClick={() => setValue("cherry")}>
            Cherry please
          </button>
          <button type="button" onClick={() => setValue(null)}>
            Clear
          </button>
        </>
      );
    }
    render(<Outside />);
    await user.click(screen.getByRole("button", { name: "Cherry please" }));
    expect(input()).toHaveValue("Cherry");
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(input()).toHaveValue("");
  });

  it("offers to create the typed text and chooses what onCreate returns", async () => {
    const user = setup();
    const onCreate = vi.fn((label: string) => ({ value: label.toLowerCase(), label }));
    const onValueChange = vi.fn();
    render(<Fruit<true> multiple onCreate={onCreate} onValueChange={onValueChange} />);
    await user.click(input());
    await user.keyboard("Mango");
    expect(optionNames()).toEqual(["Create “Mango”"]);
    await user.keyboard("{Enter}");
    expect(onCreate).toHaveBeenCalledWith("Mango");
    expect(onValueChange).toHaveBeenLastCalledWith(["mango"]);
    expect(screen.getByRole("button", { name: "Remove Mango" })).toBeInTheDocument();
    // An exact match is not offered again.
    await user.keyboard("apple");
    expect(optionNames()).toEqual(["Apple"]);
  });

  it("lists grouped options under their group headings", async () => {
    const user = setup();
    render(
      <Combobox
        aria-label="Food"
        items={[
          { value: "apple", label: "Apple", group: "Fruit" },
          { value: "leek", label: "Leek", group: "Vegetables" },
          { value: "pear", label: "Pear", group: "Fruit" },
        ]}
      />,
    );
    await user.click(screen.getByRole("combobox", { name: "Food" }));
    const fruitGroup = screen.getByRole("group", { name: "Fruit" });
    expect(
      within(fruitGroup)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Apple", "Pear"]);
    expect(screen.getByRole("group", { name: "Vegetables" })).toBeInTheDocument();
  });

  it("shows the loading row, not the empty message, while options load", async () => {
    const user = setup();
    render(<Combobox aria-label="City" items={[]} loading filter={null} />);
    await user.click(screen.getByRole("combobox", { name: "City" }));
    expect(await screen.findByText(/^Loading…/)).toBeInTheDocument();
    expect(screen.getByRole("listbox", { hidden: true }).closest("[aria-busy]")).toHaveAttribute(
      "aria-busy",
      "true",
    );
    expect(screen.queryByText("No results")).toBeNull();
  });

  it("loads options as the user types (async)", async () => {
    const user = setup();
    const cities = ["Berlin", "Bern", "Boston", "Paris"];
    // The test answers the request itself, so nothing depends on timing.
    let answer: (() => void) | undefined;
    function Async() {
      const [items, setItems] = React.useState<string[]>([]);
      const [loading, setLoading] = React.useState(false);
      return (
        <Combobox
          aria-label="City"
          items={items}
          loading={loading}
          filter={null}
          onInputValueChange={(text) => {
            setLoading(true);
            answer = () => {
              setItems(cities.filter((city) => city.toLowerCase().startsWith(text.toLowerCase())));
              setLoading(false);
            };
          }}
        />
      );
    }
    render(<Async />);
    await user.click(screen.getByRole("combobox", { name: "City" }));
    await user.keyboard("ber");
    expect(await screen.findByText(/^Loading…/)).toBeInTheDocument();
    expect(screen.queryAllByRole("option")).toHaveLength(0);
    act(() => answer?.());
    await waitFor(() => expect(optionNames()).toEqual(["Berlin", "Bern"]));
    expect(screen.queryByText(/^Loading…/)).toBeNull();
  });

  it("closes only its list on Escape inside a dialog; the next Escape closes the dialog", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    render(
      <Dialog defaultOpen onOpenChange={onOpenChange}>
        <DialogContent aria-describedby={undefined}>
          <DialogTitle>New project</DialogTitle>
          <Fruit />
        </DialogContent>
      </Dialog>,
    );
    await user.click(input());
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalled();
    await user.keyboard("{Escape}");
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it("reports each typed character once and keeps the text typed in the middle", async () => {
    const user = setup();
    const onInputValueChange = vi.fn();
    render(<Fruit onInputValueChange={onInputValueChange} />);
    await user.click(input());
    await user.keyboard("chery");
    expect(onInputValueChange.mock.calls.map(([text]) => text)).toEqual([
      "c",
      "ch",
      "che",
      "cher",
      "chery",
    ]);
    // Back two characters and add the missing "r": the caret stays where the user types.
    await user.keyboard("{ArrowLeft}{ArrowLeft}r");
    expect(input()).toHaveValue("cherry");
    expect((input() as HTMLInputElement).selectionStart).toBe(4);
    expect(optionNames()[0]).toBe("Cherry");
  });

  it("opens in the top layer next to its control, placed under it", async () => {
    const user = setup();
    render(<Fruit />);
    await user.click(input());
    const positioner = document.querySelector<HTMLElement>("[data-slot=combobox-positioner]")!;
    // In the DOM right after the control (theme, form and dialog around it apply), not portalled.
    expect(positioner.previousElementSibling).toHaveAttribute("data-slot", "combobox");
    expect(positioner).not.toHaveAttribute("hidden");
    await waitFor(() => expect(positioner).toHaveAttribute("data-side", "bottom"));
    await user.keyboard("{Escape}");
    expect(positioner).toHaveAttribute("hidden");
  });

  it("gets its label, description, error and aria-invalid from a Field", () => {
    render(
      <Field label="Fruit" description="Your favourite." error="Pick one.">
        <Combobox items={fruit} />
      </Field>,
    );
    expect(input()).toHaveAccessibleDescription("Your favourite. Pick one.");
    expect(input()).toHaveAttribute("aria-invalid", "true");
    expect(input().closest("[data-slot=combobox]")).toHaveAttribute("data-invalid");
  });

  it("cannot be opened or typed in when disabled", async () => {
    const user = setup();
    render(<Fruit disabled />);
    expect(input()).toBeDisabled();
    await user.click(input());
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("virtualises long lists: few DOM rows for 10,000 options, any one found by typing", async () => {
    // jsdom lays nothing out: give every element a 320px-high box so the virtualizer has a view.
    const height = vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(320);
    const user = setup();
    const many = Array.from({ length: 10_000 }, (_, index) => `Option ${index + 1}`);
    render(<Combobox aria-label="Many" items={many} />);
    await user.click(screen.getByRole("combobox", { name: "Many" }));
    const rows = await screen.findAllByRole("option");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveAttribute("aria-setsize", "10000");
    await user.keyboard("9999");
    await waitFor(() => expect(optionNames()[0]).toBe("Option 9999"));
    expect(screen.queryAllByRole("option").length).toBeLessThan(100);
    height.mockRestore();
  });

  it("renders the rows scrolled into view of a virtual list", async () => {
    const user = setup();
    const many = Array.from({ length: 10_000 }, (_, index) => `Option ${index + 1}`);
    render(<Combobox aria-label="Many" items={many} />);
    await user.click(screen.getByRole("combobox", { name: "Many" }));
    expect(optionNames()[0]).toBe("Option 1");
    const listbox = screen.getByRole("listbox");
    // jsdom does not scroll: report 100 rows (3,200px) scrolled, as a browser would.
    Object.defineProperty(listbox, "scrollTop", { configurable: true, get: () => 3200 });
    act(() => {
      listbox.dispatchEvent(new Event("scroll"));
    });
    // Row 100 at the top of the view, two rows rendered above it.
    expect(optionNames()[0]).toBe("Option 98");
    // Two above, the eleven rows the view touches, two below.
    expect(optionNames()).toHaveLength(15);
    expect(screen.getByRole("option", { name: "Option 100" })).toHaveAttribute(
      "aria-posinset",
      "100",
    );
  });

  it("opens a virtual list with its rows in the first commit (no second pass after measuring)", async () => {
    const height = vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(318);
    const user = setup();
    const many = Array.from({ length: 10_000 }, (_, index) => `Option ${index + 1}`);
    render(<Combobox aria-label="Many" items={many} />);
    // Rows appended to a sizer already in the page mean a second render and layout pass.
    const appended: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (target.getAttribute?.("data-slot") !== "combobox-virtual-sizer") continue;
        for (const node of record.addedNodes) appended.push((node as Element).textContent ?? "");
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    await user.click(screen.getByRole("combobox", { name: "Many" }));
    // The ten rows in view and two below.
    expect(await screen.findAllByRole("option")).toHaveLength(12);
    await act(async () => {});
    observer.disconnect();
    expect(appended).toEqual([]);
    height.mockRestore();
  });

  it("does not run the filter when it opens with an empty input", async () => {
    const user = setup();
    const filter = vi.fn((option: ComboboxOption, query: string) =>
      option.label.toLowerCase().includes(query.toLowerCase()) ? 1 : 0,
    );
    render(<Fruit filter={filter} />);
    await user.click(input());
    expect(await screen.findAllByRole("option")).toHaveLength(5);
    expect(filter).not.toHaveBeenCalled();
    await user.keyboard("an");
    await waitFor(() => expect(optionNames()).toEqual(["Banana"]));
    expect(filter).toHaveBeenCalled();
  });

  it("throws a clear error for duplicate values", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(<Combobox aria-label="Dup" items={["a", { value: "a", label: "A" }]} />),
    ).toThrow(/two options have the value "a"/);
    vi.mocked(console.error).mockRestore();
  });

  it("renders on the server", () => {
    expect(renderToString(<Combobox aria-label="Fruit" items={fruit} />)).toContain(
      'role="combobox"',
    );
    act(() => {});
  });
});
