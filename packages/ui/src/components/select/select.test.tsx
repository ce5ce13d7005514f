import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import {
  Select,
  SelectContent,
  SelectGroup,
  SelectItem,
  SelectLabel,
  SelectSeparator,
  SelectTrigger,
  SelectValue,
  type SelectProps,
} from "./select";

function Fruit({
  triggerProps,
  ...props
}: SelectProps & { triggerProps?: React.ComponentProps<typeof SelectTrigger> }) {
  return (
    <>
      <label htmlFor="fruit">Fruit</label>
      <Select {...props}>
        <SelectTrigger id="fruit" {...triggerProps}>
          <SelectValue placeholder="Pick a fruit" />
        </SelectTrigger>
        <SelectContent>
          <SelectGroup>
            <SelectLabel>Fruit</SelectLabel>
            <SelectItem value="apple">Apple</SelectItem>
            <SelectItem value="banana">Banana</SelectItem>
            <SelectItem value="blueberry" disabled>
              Blueberry
            </SelectItem>
            <SelectItem value="cherry">Cherry</SelectItem>
          </SelectGroup>
          <SelectSeparator />
          <SelectGroup>
            <SelectLabel>Vegetables</SelectLabel>
            <SelectItem value="carrot">Carrot</SelectItem>
          </SelectGroup>
        </SelectContent>
      </Select>
    </>
  );
}

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const trigger = () => screen.getByRole("combobox", { name: "Fruit" });

describe("Select", () => {
  it("renders a labelled combobox showing the placeholder and a chevron", () => {
    render(<Fruit />);
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    expect(trigger()).toHaveTextContent("Pick a fruit");
    expect(trigger()).toHaveAttribute("data-placeholder");
    expect(trigger().querySelector("svg")).toHaveAttribute("aria-hidden", "true");
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("opens a listbox of options with a pointer and chooses one", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Fruit onValueChange={onValueChange} />);
    await user.click(trigger());
    const listbox = screen.getByRole("listbox");
    expect(listbox).toHaveAttribute("data-slot", "select-content");
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Apple",
      "Banana",
      "Blueberry",
      "Cherry",
      "Carrot",
    ]);
    expect(screen.getByRole("group", { name: "Vegetables" })).toBeInTheDocument();
    await user.click(screen.getByRole("option", { name: "Cherry" }));
    expect(onValueChange).toHaveBeenCalledWith("cherry");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(trigger()).toHaveTextContent("Cherry");
    expect(trigger()).not.toHaveAttribute("data-placeholder");
  });

  it.each([
    ["Enter", "{Enter}"],
    ["Space", " "],
    ["ArrowDown", "{ArrowDown}"],
  ])("opens with %s on the focused trigger", async (_key, keys) => {
    const user = setup();
    render(<Fruit />);
    await user.tab();
    expect(trigger()).toHaveFocus();
    await user.keyboard(keys);
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    // While the list is open, Radix hides the rest of the page (the trigger too) from the a11y tree.
    expect(screen.getByRole("combobox", { hidden: true })).toHaveAttribute("aria-expanded", "true");
  });

  it("moves with the arrow keys, skips disabled items, selects with Enter and refocuses the trigger", async () => {
    const user = setup();
    render(<Fruit defaultValue="apple" />);
    await user.tab();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("option", { name: "Apple" })).toHaveFocus());
    expect(screen.getByRole("option", { name: "Apple" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("option", { name: "Cherry" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("option", { name: "Banana" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(trigger()).toHaveTextContent("Banana");
    expect(trigger()).toHaveFocus();
  });

  it("jumps to an item by typing its first letters", async () => {
    const user = setup();
    render(<Fruit />);
    await user.tab();
    await user.keyboard("{Enter}");
    await user.keyboard("ca");
    expect(screen.getByRole("option", { name: "Carrot" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(trigger()).toHaveTextContent("Carrot");
  });

  it("closes on Escape without changing the value and returns focus to the trigger", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Fruit defaultValue="apple" onValueChange={onValueChange} />);
    await user.click(trigger());
    await user.keyboard("{ArrowDown}{Escape}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveTextContent("Apple");
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it("shows defaultValue and marks the selected option when uncontrolled", async () => {
    const user = setup();
    render(<Fruit defaultValue="banana" />);
    expect(trigger()).toHaveTextContent("Banana");
    await user.click(trigger());
    expect(screen.getByRole("option", { name: "Banana" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("option", { name: "Apple" })).toHaveAttribute("aria-selected", "false");
  });

  it("follows value when controlled and reports choices through onValueChange", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<Fruit value="apple" onValueChange={onValueChange} />);
    await user.click(trigger());
    await user.click(screen.getByRole("option", { name: "Cherry" }));
    expect(onValueChange).toHaveBeenCalledWith("cherry");
    expect(trigger()).toHaveTextContent("Apple");
    rerender(<Fruit value="cherry" onValueChange={onValueChange} />);
    expect(trigger()).toHaveTextContent("Cherry");
  });

  it("follows open when controlled and starts open with defaultOpen", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    const { rerender, unmount } = render(<Fruit open={false} onOpenChange={onOpenChange} />);
    await user.click(trigger());
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole("listbox")).toBeNull();
    rerender(<Fruit open onOpenChange={onOpenChange} />);
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    unmount();
    render(<Fruit defaultOpen />);
    expect(screen.getByRole("listbox")).toBeInTheDocument();
  });

  it("cannot be opened or focused when disabled", async () => {
    const user = setup();
    const onOpenChange = vi.fn();
    render(<Fruit disabled onOpenChange={onOpenChange} />);
    expect(trigger()).toBeDisabled();
    await user.click(trigger());
    await user.tab();
    expect(trigger()).not.toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(onOpenChange).not.toHaveBeenCalled();
  });

  it("does not choose a disabled item", async () => {
    const user = setup();
    const onValueChange = vi.fn();
    render(<Fruit onValueChange={onValueChange} />);
    await user.click(trigger());
    const blueberry = screen.getByRole("option", { name: "Blueberry" });
    expect(blueberry).toHaveAttribute("aria-disabled", "true");
    await user.click(blueberry);
    expect(onValueChange).not.toHaveBeenCalled();
    expect(screen.getByRole("listbox")).toBeInTheDocument();
  });

  it("passes aria-invalid, sizes the trigger and appends the product's className last", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(
      <Fruit
        triggerProps={{ ref, size: "lg", "aria-invalid": true, className: "product-class" }}
      />,
    );
    expect(ref.current).toBe(trigger());
    expect(trigger()).toBeInvalid();
    expect(trigger()).toHaveAttribute("data-size", "lg");
    expect(trigger()).toHaveClass("nx-select-trigger", "nx-select-trigger--lg");
    expect(trigger().className.split(" ").at(-1)).toBe("product-class");
  });

  it("takes a Field around the whole Select: id, name, description and error go on the trigger", () => {
    const ref = React.createRef<HTMLButtonElement>();
    render(
      <Field label="Team" description="Who owns it." error="Choose a team." required>
        <Select ref={ref} defaultValue="apple">
          <SelectTrigger aria-describedby="own-hint">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="apple">Apple</SelectItem>
          </SelectContent>
        </Select>
      </Field>,
    );
    const team = screen.getByRole("combobox", { name: "Team" });
    expect(ref.current).toBe(team);
    expect(team.id).not.toBe("");
    expect(screen.getByText("Team").closest("label")).toHaveAttribute("for", team.id);
    expect(team).toHaveAttribute("aria-invalid", "true");
    expect(team).toHaveAttribute("aria-required", "true");
    expect(team.getAttribute("aria-describedby")?.split(" ")).toEqual([
      `${team.id}-description`,
      `${team.id}-error`,
      "own-hint",
    ]);
    expect(team).toHaveAccessibleDescription("Who owns it. Choose a team.");
  });

  it("calls onBlur when focus leaves the closed select, not when the list opens", async () => {
    const user = setup();
    const onBlur = vi.fn();
    render(
      <>
        <Fruit onBlur={onBlur} />
        <button type="button">Next</button>
      </>,
    );
    await user.tab();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    expect(onBlur).not.toHaveBeenCalled();
    await user.keyboard("{Escape}");
    expect(trigger()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it("shows the placeholder again when a controlled value becomes undefined", async () => {
    const user = setup();
    function Resettable() {
      const [value, setValue] = React.useState<string | undefined>(undefined);
      return (
        <>
          <Fruit value={value} onValueChange={setValue} />
          <button type="button" onClick={() => setValue(undefined)}>
            Reset
          </button>
        </>
      );
    }
    render(<Resettable />);
    await user.click(trigger());
    await user.click(screen.getByRole("option", { name: "Cherry" }));
    expect(trigger()).toHaveTextContent("Cherry");
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(trigger()).toHaveTextContent("Pick a fruit");
    expect(trigger()).toHaveAttribute("data-placeholder");
  });

  it("submits its value under name with a form", async () => {
    const user = setup();
    render(
      <form aria-label="Order">
        <Fruit name="fruit" defaultValue="apple" />
      </form>,
    );
    const form = screen.getByRole("form", { name: "Order" }) as HTMLFormElement;
    await waitFor(() => expect(new FormData(form).get("fruit")).toBe("apple"));
    await user.click(trigger());
    await user.click(screen.getByRole("option", { name: "Carrot" }));
    await waitFor(() => expect(new FormData(form).get("fruit")).toBe("carrot"));
  });

  it("renders on the server, closed and open", () => {
    const html = renderToString(<Fruit defaultValue="apple" />);
    expect(html).toContain('role="combobox"');
    expect(() => renderToString(<Fruit defaultOpen />)).not.toThrow();
  });
});
