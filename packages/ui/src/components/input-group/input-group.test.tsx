import { SearchIcon } from "@nexod/icons";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { Input } from "../input";
import { InputGroup, InputGroupAddon, InputGroupButton } from "./index";

describe("InputGroup", () => {
  it("hands Field's id, label, description, error and required to the Input, not the group", () => {
    render(
      <Field label="Website" description="Your shop" error="Enter an address" required>
        <InputGroup>
          <InputGroupAddon>https://</InputGroupAddon>
          <Input name="website" aria-describedby="own" />
        </InputGroup>
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Website" });
    const group = input.parentElement!;
    expect(group).toHaveAttribute("data-slot", "input-group");
    expect(group).not.toHaveAttribute("id");
    expect(group).not.toHaveAttribute("aria-labelledby");
    expect(group).toHaveAttribute("data-invalid");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAttribute("aria-required", "true");
    expect(input.getAttribute("aria-describedby")?.split(" ")[0]).toBe("own");
    expect(input).toHaveClass("nx-input", "nx-input-group-control");
  });

  it("focuses the Input when its label or an addon is clicked", async () => {
    const user = userEvent.setup();
    render(
      <Field label="Search">
        <InputGroup>
          <InputGroupAddon>
            <SearchIcon />
          </InputGroupAddon>
          <Input />
        </InputGroup>
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Search" });
    await user.click(screen.getByText("Search"));
    expect(input).toHaveFocus();
    input.blur();
    await user.click(document.querySelector('[data-slot="input-group-addon"]')!);
    expect(input).toHaveFocus();
  });

  it("lets Tab move from the Input to its buttons, which act with Enter", async () => {
    const user = userEvent.setup();
    const onClear = vi.fn();
    render(
      <InputGroup>
        <Input aria-label="Search" />
        <InputGroupButton size="icon" aria-label="Clear search" onClick={onClear}>
          x
        </InputGroupButton>
      </InputGroup>,
    );
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Search" })).toHaveFocus();
    await user.tab();
    const clear = screen.getByRole("button", { name: "Clear search" });
    expect(clear).toHaveFocus();
    expect(clear).toHaveAttribute("type", "button");
    await user.keyboard("{Enter}");
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it("submits the Input's value with a plain form, and a submit button inside submits it", async () => {
    const user = userEvent.setup();
    let submitted: FormData | undefined;
    render(
      <form
        aria-label="Search"
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <InputGroup>
          <Input aria-label="Query" name="q" defaultValue="invoices" />
          <InputGroupButton type="submit">Search</InputGroupButton>
        </InputGroup>
      </form>,
    );
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(submitted?.get("q")).toBe("invoices");
  });

  it("disables the Input and its buttons, and Field's label sees it", () => {
    render(
      <Field label="Amount">
        <InputGroup disabled>
          <InputGroupAddon>€</InputGroupAddon>
          <Input />
          <InputGroupButton>Max</InputGroupButton>
        </InputGroup>
      </Field>,
    );
    expect(screen.getByRole("textbox", { name: "Amount" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Max" })).toBeDisabled();
    expect(screen.getByText("Amount")).toHaveAttribute("data-disabled");
  });

  it("gives the Input the group's size", () => {
    render(
      <InputGroup size="lg">
        <Input aria-label="Amount" size="sm" />
      </InputGroup>,
    );
    expect(screen.getByRole("textbox")).toHaveAttribute("data-size", "lg");
  });

  it("throws a clear error without exactly one Input", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() =>
      render(
        <InputGroup>
          <InputGroupAddon>€</InputGroupAddon>
          <input aria-label="Amount" />
        </InputGroup>,
      ),
    ).toThrow(/exactly one <Input> among its direct children \(found 0\)/);
    expect(() =>
      render(
        <InputGroup>
          <Input aria-label="From" />
          <Input aria-label="To" />
        </InputGroup>,
      ),
    ).toThrow(/found 2/);
    vi.mocked(console.error).mockRestore();
  });

  it("finds the Input inside a fragment, forwards its ref and appends the className last", () => {
    const ref = React.createRef<HTMLDivElement>();
    render(
      <InputGroup ref={ref} className="product-class">
        <>
          <Input aria-label="Amount" />
        </>
      </InputGroup>,
    );
    expect(ref.current).toHaveAttribute("data-slot", "input-group");
    expect(ref.current).toHaveClass("nx-input-group", "nx-input-group--md");
    expect(ref.current?.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    const html = renderToString(
      <InputGroup aria-invalid>
        <InputGroupAddon>€</InputGroupAddon>
        <Input aria-label="Amount" />
      </InputGroup>,
    );
    expect(html).toContain('data-slot="input-group"');
    expect(html).toContain('aria-invalid="true"');
  });
});
