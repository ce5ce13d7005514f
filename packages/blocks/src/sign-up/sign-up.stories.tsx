import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SignUpBlock } from "./sign-up";

const meta = {
  title: "Blocks/Sign Up",
  component: SignUpBlock,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof SignUpBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

const passwordOf = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLInputElement>('input[name="password"]')!;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 1, name: "Create an account" }),
    ).toBeVisible();
    await expect(canvas.getByRole("form", { name: "Create an account" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in");
    await expect(canvas.getByRole("progressbar", { name: "Password strength" })).toHaveAttribute(
      "aria-valuetext",
      "0 of 3 requirements met",
    );
    // A password manager offers a new password here, not the saved one.
    await expect(passwordOf(canvasElement)).toHaveAttribute("autocomplete", "new-password");
    // The requirements describe the password field.
    await expect(passwordOf(canvasElement)).toHaveAccessibleDescription(
      /At least 12 characters \(not met yet\)/,
    );

    await userEvent.click(canvas.getByRole("heading", { level: 1 }));
    await userEvent.tab();
    await expect(canvas.getByRole("textbox", { name: /Name/ })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("textbox", { name: /Email/ })).toHaveFocus();
    await userEvent.tab();
    await expect(passwordOf(canvasElement)).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Show password" })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("checkbox", { name: /I accept the terms/ })).toHaveFocus();
  },
};

/** The checklist and the bar follow the password as it is typed. */
export const PasswordRequirements: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole("progressbar", { name: "Password strength" });
    await userEvent.type(passwordOf(canvasElement), "lovelace");
    await expect(bar).toHaveAttribute("aria-valuetext", "0 of 3 requirements met");
    await userEvent.type(passwordOf(canvasElement), "Analytical");
    await expect(bar).toHaveAttribute("aria-valuetext", "2 of 3 requirements met");
    await expect(canvas.getByText("At least 12 characters").closest("li")).toHaveAttribute(
      "data-met",
      "true",
    );
    await expect(canvas.getByText("A number or a symbol").closest("li")).toHaveAttribute(
      "data-met",
      "false",
    );
  },
};

/** Submitting an empty form: every field says what is missing; the first one has focus. */
export const EmptySubmit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create account" }));
    const name = canvas.getByRole("textbox", { name: /Name/ });
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    await expect(name).toHaveFocus();
    await expect(name).toHaveAccessibleDescription("Enter your name.");
    await expect(canvas.getByRole("checkbox", { name: /I accept the terms/ })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(canvas.getByText("Accept the terms to create an account.")).toBeVisible();
  },
};

/** Everything valid, Enter submits; the action says the email is taken, and that field gets focus. */
export const EmailTaken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: /Name/ }), "Ada Lovelace");
    await userEvent.type(canvas.getByRole("textbox", { name: /Email/ }), "ada@example.com");
    await userEvent.type(passwordOf(canvasElement), "Analytical-Engine-1843");
    await userEvent.click(canvas.getByRole("checkbox", { name: /I accept the terms/ }));
    await userEvent.type(canvas.getByRole("textbox", { name: /Name/ }), "{Enter}");
    const email = canvas.getByRole("textbox", { name: /Email/ });
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(
        "An account with this email exists. Sign in instead.",
      ),
    );
    await waitFor(() => expect(email).toHaveFocus());
  },
};
