import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { OTPInput, type OTPInputProps } from "./otp-input";

// input-otp looks for password-manager badges beside the field; jsdom has no layout.
document.elementFromPoint ??= () => null;

function boxes() {
  return Array.from(document.querySelectorAll('[data-slot="otp-input-slot"]')).map(
    (slot) => slot.textContent,
  );
}

describe("OTPInput", () => {
  it("is one text input for the whole code, with autocomplete one-time-code and a number pad", () => {
    render(<OTPInput aria-label="Verification code" />);
    const inputs = screen.getAllByRole("textbox");
    expect(inputs).toHaveLength(1);
    const input = screen.getByRole("textbox", { name: "Verification code" });
    expect(input).toHaveAttribute("autocomplete", "one-time-code");
    expect(input).toHaveAttribute("inputmode", "numeric");
    expect(input).toHaveAttribute("maxlength", "6");
    expect(boxes()).toHaveLength(6);
    // The boxes only draw the value: hidden from screen readers.
    expect(document.querySelector(".nx-otp-input-groups")).toHaveAttribute("aria-hidden", "true");
  });

  it("fills a box per typed digit, refuses letters, and calls onComplete with the code", async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    const onValueChange = vi.fn();
    render(
      <OTPInput
        aria-label="Code"
        length={4}
        onComplete={onComplete}
        onValueChange={onValueChange}
      />,
    );
    const input = screen.getByRole("textbox", { name: "Code" });
    await user.click(input);
    await user.keyboard("1a2");
    expect(input).toHaveValue("12");
    expect(boxes()).toEqual(["1", "2", "", ""]);
    expect(onComplete).not.toHaveBeenCalled();
    await user.keyboard("34");
    expect(onComplete).toHaveBeenCalledWith("1234");
    expect(onValueChange).toHaveBeenLastCalledWith("1234");
    await user.keyboard("{Backspace}");
    expect(input).toHaveValue("123");
  });

  it("fills every box from a pasted code, dropping spaces and dashes", async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<OTPInput aria-label="Code" groups={[3, 3]} onComplete={onComplete} />);
    await user.click(screen.getByRole("textbox"));
    await user.paste("123-456");
    expect(screen.getByRole("textbox")).toHaveValue("123456");
    expect(boxes()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(onComplete).toHaveBeenCalledWith("123456");
  });

  it('takes letters and digits with pattern="alphanumeric"', async () => {
    const user = userEvent.setup();
    render(<OTPInput aria-label="Code" length={4} pattern="alphanumeric" />);
    const input = screen.getByRole("textbox");
    expect(input).toHaveAttribute("inputmode", "text");
    await user.click(input);
    await user.keyboard("a1-B");
    expect(input).toHaveValue("a1B");
  });

  it("splits the boxes into groups with a separator between them", () => {
    render(<OTPInput aria-label="Code" length={6} groups={[2, 2, 2]} />);
    expect(document.querySelectorAll('[data-slot="otp-input-group"]')).toHaveLength(3);
    expect(document.querySelectorAll('[data-slot="otp-input-separator"]')).toHaveLength(2);
  });

  it("shows only the value it is given when controlled", async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(
      <OTPInput aria-label="Code" length={4} value="12" onValueChange={onValueChange} />,
    );
    await user.click(screen.getByRole("textbox"));
    await user.keyboard("3");
    expect(onValueChange).toHaveBeenCalledWith("123");
    expect(boxes()).toEqual(["1", "2", "", ""]);
    rerender(<OTPInput aria-label="Code" length={4} value="123" onValueChange={onValueChange} />);
    expect(boxes()).toEqual(["1", "2", "3", ""]);
  });

  it("takes its name, description and error from a Field", () => {
    render(
      <Field
        label="Verification code"
        description="We sent it to +44 7700 900123."
        error="That code has expired."
      >
        <OTPInput />
      </Field>,
    );
    const input = screen.getByRole("textbox", { name: "Verification code" });
    expect(input).toHaveAccessibleDescription(
      "We sent it to +44 7700 900123. That code has expired.",
    );
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input.closest('[data-slot="otp-input"]')).toHaveAttribute("data-invalid");
    expect(screen.getByText("Verification code").closest("label")).toHaveAttribute("for", input.id);
  });

  it("is not focusable when disabled", async () => {
    const user = userEvent.setup();
    render(<OTPInput aria-label="Code" disabled />);
    expect(screen.getByRole("textbox")).toBeDisabled();
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it("submits the code under its name", async () => {
    const user = userEvent.setup();
    let submitted: FormData | undefined;
    render(
      <form
        aria-label="Verify"
        onSubmit={(event) => {
          event.preventDefault();
          submitted = new FormData(event.currentTarget);
        }}
      >
        <OTPInput aria-label="Code" name="code" length={4} />
        <button type="submit">Verify</button>
      </form>,
    );
    await user.click(screen.getByRole("textbox"));
    await user.keyboard("4821");
    await user.click(screen.getByRole("button", { name: "Verify" }));
    expect(submitted?.get("code")).toBe("4821");
  });

  it("throws a clear error on impossible props", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const renderWith = (props: OTPInputProps) => () =>
      render(<OTPInput aria-label="X" {...props} />);
    expect(renderWith({ length: 0 })).toThrow("length must be a whole number of 1 or more, not 0");
    expect(renderWith({ length: 6, groups: [3, 2] })).toThrow(
      "groups [3, 2] add up to 5, not to length 6",
    );
    spy.mockRestore();
  });

  it("applies size, forwards its ref to the input and puts className on the outer element", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<OTPInput ref={ref} aria-label="Code" size="lg" className="product-class" />);
    expect(ref.current).toBe(screen.getByRole("textbox"));
    const root = ref.current!.closest('[data-slot="otp-input"]')!;
    expect(root).toHaveClass("nx-otp-input", "nx-otp-input--lg");
    expect(root.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server", () => {
    const html = renderToString(<OTPInput aria-label="Code" defaultValue="12" length={4} />);
    expect(html).toMatch(/autocomplete="one-time-code"/i);
    expect(html.match(/<input/g)).toHaveLength(1);
  });
});
