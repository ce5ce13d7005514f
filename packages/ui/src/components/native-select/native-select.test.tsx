import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { NativeSelect, NativeSelectOptGroup, NativeSelectOption } from "./native-select";

function Sizes(props: React.ComponentProps<typeof NativeSelect>) {
  return (
    <NativeSelect name="size" {...props}>
      <NativeSelectOption value="">Choose a size</NativeSelectOption>
      <NativeSelectOptGroup label="Shirts">
        <NativeSelectOption value="s">Small</NativeSelectOption>
        <NativeSelectOption value="m">Medium</NativeSelectOption>
      </NativeSelectOptGroup>
      <NativeSelectOption value="xl" disabled>
        Extra large
      </NativeSelectOption>
    </NativeSelect>
  );
}

describe("NativeSelect", () => {
  it("is a native combobox named by its Field, with Field's aria on the select", () => {
    render(
      <Field label="Size" description="Pick one" error="Required" required>
        <Sizes />
      </Field>,
    );
    const select = screen.getByRole("combobox", { name: "Size" });
    expect(select.tagName).toBe("SELECT");
    expect(select).toHaveAttribute("aria-invalid", "true");
    expect(select).toHaveAttribute("aria-required", "true");
    expect(select).toHaveAccessibleDescription("Pick one Required");
    expect(screen.getByRole("group", { name: "Shirts" })).toHaveAttribute(
      "data-slot",
      "native-select-optgroup",
    );
  });

  it("changes with the keyboard and reports it (uncontrolled)", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Sizes aria-label="Size" onChange={onChange} />);
    const select = screen.getByRole("combobox", { name: "Size" });
    await user.selectOptions(select, "m");
    expect(select).toHaveValue("m");
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it("shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Sizes aria-label="Size" value="s" onChange={() => {}} />);
    const select = screen.getByRole("combobox", { name: "Size" });
    await user.selectOptions(select, "m");
    expect(select).toHaveValue("s");
    rerender(<Sizes aria-label="Size" value="m" onChange={() => {}} />);
    expect(select).toHaveValue("m");
  });

  it("submits the chosen value with a plain form", async () => {
    const user = userEvent.setup();
    let submitted: FormData | undefined;
    render(
      <form
        aria-label="Order"
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <Sizes aria-label="Size" defaultValue="s" />
        <button type="submit">Order</button>
      </form>,
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Size" }), "m");
    await user.click(screen.getByRole("button", { name: "Order" }));
    expect(submitted?.get("size")).toBe("m");
  });

  it("is skipped by Tab when disabled and marks its wrapper", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Sizes aria-label="Locked" disabled />
        <Sizes aria-label="Open" />
      </>,
    );
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Open" })).toHaveFocus();
    const locked = screen.getByRole("combobox", { name: "Locked" });
    expect(locked).toBeDisabled();
    expect(locked.parentElement).toHaveAttribute("data-disabled");
  });

  it("draws a chevron only for a single select", () => {
    const { rerender } = render(<Sizes aria-label="Size" />);
    const wrapper = screen.getByRole("combobox").parentElement!;
    expect(wrapper.querySelector('[data-slot="native-select-chevron"]')).toHaveAttribute(
      "aria-hidden",
      "true",
    );
    rerender(<Sizes aria-label="Size" multiple />);
    expect(screen.getByRole("listbox", { name: "Size" })).toBeInTheDocument();
    expect(wrapper.querySelector('[data-slot="native-select-chevron"]')).toBeNull();
  });

  it("puts the ref on the select, the size on the wrapper and the product's className last", () => {
    const ref = React.createRef<HTMLSelectElement>();
    render(<Sizes ref={ref} aria-label="Size" size="lg" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("combobox"));
    const wrapper = ref.current!.parentElement!;
    expect(wrapper).toHaveAttribute("data-slot", "native-select");
    expect(wrapper).toHaveAttribute("data-size", "lg");
    expect(wrapper).toHaveClass("nx-native-select", "nx-native-select--lg");
    expect(wrapper.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server with the selected option", () => {
    const html = renderToString(<Sizes aria-label="Size" defaultValue="m" />);
    expect(html).toContain("<select");
    expect(html).toMatch(/<option[^>]*value="m"[^>]*selected/);
  });
});
