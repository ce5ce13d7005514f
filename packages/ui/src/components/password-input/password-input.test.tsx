import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import { Field } from "../field";
import { Form, FormField } from "../form";
import { PasswordInput } from "./password-input";

const toggle = () => screen.getByRole("button", { name: "Show password" });

describe("PasswordInput", () => {
  it("is a password field with a toggle button that controls it", () => {
    render(<PasswordInput aria-label="Password" name="password" />);
    const input = screen.getByLabelText("Password");
    expect(input).toHaveAttribute("type", "password");
    expect(input).toHaveAttribute("name", "password");
    expect(input).toHaveAttribute("autocomplete", "current-password");
    expect(input).toHaveAttribute("data-slot", "input");
    expect(toggle()).toHaveAttribute("type", "button");
    expect(toggle()).toHaveAttribute("aria-pressed", "false");
    expect(toggle()).toHaveAttribute("aria-controls", input.id);
    expect(input.id).not.toBe("");
    const group = input.closest('[data-slot="password-input"]')!;
    expect(group).toHaveClass("nx-input-group", "nx-password-input");
  });

  it("shows and hides the password with a click, Enter and Space; the name stays, aria-pressed changes", async () => {
    const user = userEvent.setup();
    render(<PasswordInput aria-label="Password" defaultValue="hunter2" />);
    const input = screen.getByLabelText("Password");
    await user.click(toggle());
    expect(input).toHaveAttribute("type", "text");
    expect(toggle()).toHaveAttribute("aria-pressed", "true");
    expect(input.closest('[data-slot="password-input"]')).toHaveAttribute("data-visible");
    await user.tab({ shift: true });
    await user.tab();
    expect(toggle()).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(input).toHaveAttribute("type", "password");
    await user.keyboard(" ");
    expect(input).toHaveAttribute("type", "text");
    expect(toggle()).toHaveFocus();
    // Shown as text, nothing spell-checks or capitalises it.
    expect(input).toHaveAttribute("spellcheck", "false");
    expect(input).toHaveAttribute("autocapitalize", "off");
    expect(input).toHaveValue("hunter2");
  });

  it("keeps the focus and the caret in the field when the toggle is clicked", async () => {
    const user = userEvent.setup();
    render(<PasswordInput aria-label="Password" defaultValue="correct horse" />);
    const input = screen.getByLabelText<HTMLInputElement>("Password");
    await user.click(input);
    input.setSelectionRange(3, 7);
    await user.click(toggle());
    expect(input).toHaveAttribute("type", "text");
    expect(input).toHaveFocus();
    await waitFor(() => expect([input.selectionStart, input.selectionEnd]).toEqual([3, 7]));
    await user.keyboard("X");
    expect(input).toHaveValue("corX horse");
  });

  it("never submits its form; the value posts under the field's name shown or hidden", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      return Object.fromEntries(new FormData(event.currentTarget));
    });
    render(
      <form onSubmit={onSubmit}>
        <PasswordInput aria-label="Password" name="password" defaultValue="s3cret" />
        <button type="submit">Sign in</button>
      </form>,
    );
    await user.click(toggle());
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.results[0]?.value).toEqual({ password: "s3cret" });
  });

  it("is controlled with visible and onVisibleChange", async () => {
    const user = userEvent.setup();
    const onVisibleChange = vi.fn();
    const { rerender } = render(
      <PasswordInput aria-label="Password" visible={false} onVisibleChange={onVisibleChange} />,
    );
    await user.click(toggle());
    expect(onVisibleChange).toHaveBeenLastCalledWith(true);
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    rerender(<PasswordInput aria-label="Password" visible onVisibleChange={onVisibleChange} />);
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "text");
    expect(toggle()).toHaveAttribute("aria-pressed", "true");
  });

  it("takes Field's id, label, description, error and required on the <input>", () => {
    render(
      <Field label="Password" description="At least 12 characters" error="Too short" required>
        <PasswordInput autoComplete="new-password" />
      </Field>,
    );
    const input = screen.getByLabelText(/^Password/);
    expect(input.tagName).toBe("INPUT");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAttribute("aria-required", "true");
    expect(input).toHaveAttribute("autocomplete", "new-password");
    expect(input).toHaveAccessibleDescription(/At least 12 characters.*Too short/);
    expect(toggle()).toHaveAttribute("aria-controls", input.id);
    const group = input.closest('[data-slot="password-input"]')!;
    expect(group).toHaveAttribute("data-invalid");
    expect(group).not.toHaveAttribute("id");
  });

  it("binds to a FormField: its value, and the focus on the first error", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    function SignIn() {
      const form = useForm<{ password: string }>({ defaultValues: { password: "" } });
      return (
        <Form form={form} onSubmit={onSubmit}>
          <FormField name="password" label="Password" rules={{ required: "Enter your password." }}>
            <PasswordInput />
          </FormField>
          <button type="submit">Sign in</button>
        </Form>
      );
    }
    render(<SignIn />);
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Enter your password.")).toBeInTheDocument();
    const input = screen.getByLabelText("Password");
    expect(input).toHaveFocus();
    await user.type(input, "pa55word");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ password: "pa55word" });
  });

  it("disables the field and the toggle together", () => {
    render(<PasswordInput aria-label="Password" disabled />);
    expect(screen.getByLabelText("Password")).toBeDisabled();
    expect(toggle()).toBeDisabled();
  });

  it("forwards its ref to the <input> and puts the product's className on the box", () => {
    const ref = React.createRef<HTMLInputElement>();
    render(<PasswordInput aria-label="Password" ref={ref} className="product-class" />);
    expect(ref.current).toBe(screen.getByLabelText("Password"));
    const group = ref.current!.closest('[data-slot="password-input"]')!;
    expect(group.className.split(" ").at(-1)).toBe("product-class");
  });

  it("renders on the server as a plain password field with its toggle", () => {
    const html = renderToString(<PasswordInput aria-label="Password" name="password" />);
    expect(html).toContain('type="password"');
    expect(html).toContain('name="password"');
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain('type="button"');
  });
});
