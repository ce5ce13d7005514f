import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { ErrorBlock } from "./error";

/** What Next passes in production: a generic message and the digest of the logged error. */
const serverError = Object.assign(new Error("An error occurred in the Server Components render."), {
  digest: "3618794022",
});

const meta = {
  title: "Blocks/Error",
  component: ErrorBlock,
  parameters: { layout: "fullscreen" },
  args: { error: serverError, reset: fn(), homeHref: "/" },
} satisfies Meta<typeof ErrorBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 1, name: "Something went wrong" }),
    ).toBeVisible();
    // The error's own message is for the logs, not the page.
    await expect(canvas.queryByText(/Server Components render/)).toBeNull();
    await expect(canvas.getByText("3618794022")).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Back to home" })).toHaveAttribute("href", "/");

    // Keyboard: Tab reaches "Try again" first; Enter calls reset.
    await userEvent.click(canvas.getByRole("heading", { level: 1 }));
    await userEvent.tab();
    await expect(canvas.getByRole("button", { name: "Try again" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(args.reset).toHaveBeenCalledTimes(1);
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "Back to home" })).toHaveFocus();
  },
};

/** With a support address: the way to report it, quoting the error ID. */
export const WithSupport: Story = {
  args: { supportHref: "/support" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("link", { name: "Contact support" })).toHaveAttribute(
      "href",
      "/support",
    );
    await expect(canvas.getByText(/and quote the error ID/)).toBeVisible();
  },
};

/** An error thrown in the browser has no digest: no ID line. */
export const WithoutDigest: Story = {
  args: { error: new Error("Cannot read properties of undefined") },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText(/Error ID/)).toBeNull();
  },
};
