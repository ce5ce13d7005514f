import { toast, Toaster } from "@nexod/ui";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, screen, userEvent, waitFor, within } from "storybook/test";
import type { SettingsData } from "./schema";
import { SettingsBlock } from "./settings";

/** A drawn profile picture as a data: URI: stories load nothing from the network. */
const avatarSrc = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#c7d2fe"/><circle cx="32" cy="25" r="11" fill="#4338ca"/><path d="M12 60c2-12 10-18 20-18s18 6 20 18z" fill="#4338ca"/></svg>',
)}`;

const data = {
  profile: {
    name: "Ada Lovelace",
    email: "ada@example.com",
    bio: "Writes the first programs for engines that do not exist yet.",
    avatarSrc,
  },
  account: { language: "en", timeZone: "Europe/London" },
  notifications: {
    email: true,
    push: false,
    topics: ["comments", "mentions"],
    digest: "weekly",
  },
  billing: {
    plan: "Team",
    renews: "1 March 2027",
    seatsUsed: 12,
    seats: 20,
    card: "Visa ending in 4242",
    invoices: [
      { id: "INV-2043", date: "1 March 2026", amount: "€480.00", href: "/billing/invoices/2043" },
      { id: "INV-1988", date: "1 March 2025", amount: "€480.00", href: "/billing/invoices/1988" },
      { id: "INV-1920", date: "1 March 2024", amount: "€360.00", href: "/billing/invoices/1920" },
    ],
  },
} satisfies SettingsData;

const meta = {
  title: "Blocks/Settings",
  component: SettingsBlock,
  parameters: { layout: "fullscreen" },
  args: {
    data,
    onSaveProfile: fn(async () => {}),
    onSaveAccount: fn(async () => {}),
    onSaveNotifications: fn(async () => {}),
    onDeleteAccount: fn(async () => {}),
  },
  // A product mounts the Toaster once in its layout; the story does it here. A story closes its
  // toast once checked, so a screenshot never catches one leaving; none is left for the next.
  beforeEach: () => {
    toast.dismiss();
  },
  decorators: [
    (Story) => (
      <>
        <Story />
        <Toaster duration={Infinity} />
      </>
    ),
  ],
} satisfies Meta<typeof SettingsBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The profile tab; saving posts the form and confirms with a toast. */
export const Profile: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(canvas.getByRole("tab", { name: "Profile" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(canvas.getByRole("heading", { level: 2, name: "Profile" })).toBeVisible();
    await expect(canvas.getByRole("textbox", { name: /Name/ })).toHaveValue("Ada Lovelace");
    await expect(canvas.getByLabelText("Profile picture")).toHaveAttribute("type", "file");

    // Arrow keys move between the tabs (and select them); Tab leaves the list for the panel.
    await userEvent.click(canvas.getByRole("tab", { name: "Profile" }));
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("tab", { name: "Account" })).toHaveFocus();
    await userEvent.keyboard("{ArrowLeft}");
    await expect(canvas.getByRole("tab", { name: "Profile" })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    await userEvent.click(canvas.getByRole("button", { name: "Save profile" }));
    await waitFor(() => expect(args.onSaveProfile).toHaveBeenCalledTimes(1));
    const data = (args.onSaveProfile as ReturnType<typeof fn>).mock.calls[0]![0] as FormData;
    await expect(data.get("name")).toBe("Ada Lovelace");
    await expect(await screen.findByText("Profile saved")).toBeVisible();
    toast.dismiss();
    await waitFor(() => expect(screen.queryByText("Profile saved")).toBeNull());
  },
};

/** An emptied name and a broken email: inline messages, focus on the first, nothing saved. */
export const ProfileErrors: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const name = canvas.getByRole("textbox", { name: /Name/ });
    const email = canvas.getByRole("textbox", { name: /Email/ });
    await userEvent.clear(name);
    await userEvent.clear(email);
    await userEvent.type(email, "ada@{Enter}");
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    await expect(name).toHaveFocus();
    await expect(name).toHaveAccessibleDescription("Enter your name.");
    await expect(email).toHaveAccessibleDescription(
      /We send sign-in links and receipts here\. Enter an email address like name@example\.com\./,
    );
    await expect(args.onSaveProfile).not.toHaveBeenCalled();
  },
};

/** Language and region, and the danger zone. */
export const Account: Story = {
  args: { defaultTab: "account" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole("heading", { level: 2, name: "Language and region" }),
    ).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Language" }), "de");
    await userEvent.click(canvas.getByRole("button", { name: "Save preferences" }));
    await waitFor(() => expect(args.onSaveAccount).toHaveBeenCalledTimes(1));
    const data = (args.onSaveAccount as ReturnType<typeof fn>).mock.calls[0]![0] as FormData;
    await expect(data.get("language")).toBe("de");
    await expect(await screen.findByText("Preferences saved")).toBeVisible();
    // Closed again, so the screenshot shows the form at rest.
    toast.dismiss();
    await waitFor(() => expect(screen.queryByText("Preferences saved")).toBeNull());
    await expect(canvas.getByRole("heading", { level: 2, name: "Delete account" })).toBeVisible();
  },
};

/** "Delete account" asks first; the dialog opens on the safe choice and Escape keeps the account. */
export const DeleteAccount: Story = {
  args: { defaultTab: "account" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Delete account" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Delete your account?" });
    await expect(within(dialog).getByRole("button", { name: "Keep my account" })).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    await expect(args.onDeleteAccount).not.toHaveBeenCalled();

    await userEvent.click(canvas.getByRole("button", { name: "Delete account" }));
    const again = await screen.findByRole("alertdialog");
    await expect(again).toHaveAccessibleDescription(/deleted for good/);
  },
};

/** Switches, a checkbox group and radio cards; all of it is posted. */
export const Notifications: Story = {
  args: { defaultTab: "notifications" },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("switch", { name: "Email" })).toBeChecked();
    await expect(canvas.getByRole("switch", { name: "Push notifications" })).not.toBeChecked();
    await expect(canvas.getByRole("group", { name: "Notify me about" })).toBeVisible();
    await expect(canvas.getByRole("radiogroup", { name: "Summary email" })).toBeVisible();
    await userEvent.click(canvas.getByRole("switch", { name: "Push notifications" }));
    await userEvent.click(canvas.getByRole("checkbox", { name: /Billing/ }));
    await userEvent.click(canvas.getByRole("radio", { name: /Daily/ }));
    await userEvent.click(canvas.getByRole("button", { name: "Save notifications" }));
    await waitFor(() => expect(args.onSaveNotifications).toHaveBeenCalledTimes(1));
    const data = (args.onSaveNotifications as ReturnType<typeof fn>).mock.calls[0]![0] as FormData;
    await expect(data.getAll("topics")).toEqual(["comments", "mentions", "billing"]);
    await expect(data.get("digest")).toBe("daily");
    await expect(data.get("push")).toBe("on");
    await expect(await screen.findByText("Notification settings saved")).toBeVisible();
    // Closed again, so the screenshot shows the form at rest.
    toast.dismiss();
    await waitFor(() => expect(screen.queryByText("Notification settings saved")).toBeNull());
  },
};

/** The plan with its seats and the invoices. */
export const Billing: Story = {
  args: { defaultTab: "billing" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("progressbar", { name: "Seats" })).toHaveAttribute(
      "aria-valuetext",
      "12 of 20 seats",
    );
    await expect(canvas.getAllByRole("row")).toHaveLength(4);
    await expect(canvas.getByRole("link", { name: "Download INV-2043 as PDF" })).toHaveAttribute(
      "href",
      "/billing/invoices/2043",
    );
  },
};
