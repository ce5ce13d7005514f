import { KeyIcon, MailIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { SignInBlock } from "./sign-in";

const meta = {
  title: "Blocks/Sign In",
  component: SignInBlock,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof SignInBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(canvas.getByRole("form", { name: "Sign in" })).toBeVisible();
    await expect(canvas.getByRole("textbox", { name: /Email/ })).toHaveAttribute(
      "autocomplete",
      "email",
    );
    await expect(canvas.getByRole("link", { name: "Forgot password?" })).toHaveAttribute(
      "href",
      "/forgot-password",
    );
    await expect(canvas.getByRole("link", { name: "Sign up" })).toHaveAttribute("href", "/sign-up");

    // Tab order: email, password, show password, forgot password, remember me, submit.
    await userEvent.click(canvas.getByRole("heading", { level: 1 }));
    await userEvent.tab();
    await expect(canvas.getByRole("textbox", { name: /Email/ })).toHaveFocus();
    await userEvent.tab();
    await expect(canvasElement.querySelector('input[name="password"]')).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Show password" })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "Forgot password?" })).toHaveFocus();
    await userEvent.tab();
    await expect(
      canvas.getByRole("checkbox", { name: "Remember me on this device" }),
    ).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Sign in" })).toHaveFocus();
  },
};

/** Other ways in under the form: links that start the provider's flow (no brand logos). */
export const WithProviders: Story = {
  args: {
    providers: [
      { label: "Continue with single sign-on", href: "/sso", icon: <KeyIcon /> },
      { label: "Email me a sign-in link", href: "/sign-in/link", icon: <MailIcon /> },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("link", { name: "Continue with single sign-on" }),
    ).toHaveAttribute("href", "/sso");
    await expect(canvas.getByRole("link", { name: "Email me a sign-in link" })).toBeVisible();
  },
};

/** Submitting an empty form: each field says what is missing, and the first one has focus. */
export const EmptySubmit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    const email = canvas.getByRole("textbox", { name: /Email/ });
    await waitFor(() => expect(email).toHaveAttribute("aria-invalid", "true"));
    await expect(email).toHaveFocus();
    await expect(email).toHaveAccessibleDescription("Enter your email address.");
    const password = canvasElement.querySelector<HTMLInputElement>('input[name="password"]')!;
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("Enter your password.");
    await expect(canvas.getAllByRole("alert")).toHaveLength(2);
  },
};

/** Enter in a field submits; an address without "@" is refused before anything is sent. */
export const InvalidEmail: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByRole("textbox", { name: /Email/ });
    await userEvent.type(email, "ada.example.com");
    await userEvent.type(
      canvasElement.querySelector<HTMLInputElement>('input[name="password"]')!,
      "secret{Enter}",
    );
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription("Enter an email address like name@example.com."),
    );
    await expect(email).toHaveFocus();
  },
};

/** The action refused the credentials: one message for the attempt, the email kept. */
export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: /Email/ }), "ada@example.com");
    const password = canvasElement.querySelector<HTMLInputElement>('input[name="password"]')!;
    await userEvent.type(password, "not my password");
    await userEvent.click(canvas.getByRole("button", { name: "Show password" }));
    await expect(canvas.getByRole("button", { name: "Show password" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(password).toHaveAttribute("type", "text");
    // A click on the toggle leaves the focus in the field (PasswordInput).
    await expect(password).toHaveFocus();
    await expect(password).toHaveAttribute("autocomplete", "current-password");
    await userEvent.click(canvas.getByRole("button", { name: "Sign in" }));
    await expect(
      await canvas.findByText(/That email and password don't match an account/),
    ).toBeVisible();
    await expect(canvas.getByRole("textbox", { name: /Email/ })).toHaveValue("ada@example.com");
  },
};

/** What the server renders after a post without JavaScript: its messages, inline. */
export const ServerErrors: Story = {
  args: {
    initialState: {
      email: "ada@example",
      errors: {
        email: "Enter an email address like name@example.com.",
        password: "Enter your password.",
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByRole("textbox", { name: /Email/ });
    await expect(email).toHaveValue("ada@example");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(
      "Enter an email address like name@example.com.",
    );
  },
};
