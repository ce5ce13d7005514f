import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { inAppShellMain } from "../story-helpers";
import { DetailPageBlock } from "./detail-page";

const meta = {
  title: "Blocks/Detail Page",
  component: DetailPageBlock,
  parameters: { layout: "fullscreen", nextPathname: "/projects/prj-1040" },
  args: { onDelete: fn(), onSaveSettings: fn() },
  decorators: [inAppShellMain],
} satisfies Meta<typeof DetailPageBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The breadcrumb back to the list, the title with its actions, the key fields and the overview
 * tab with the members; arrow keys move between the tabs.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const breadcrumb = canvas.getByRole("navigation", { name: "Breadcrumb" });
    await expect(within(breadcrumb).getByRole("link", { name: "Projects" })).toHaveAttribute(
      "href",
      "/projects",
    );
    await expect(canvas.getByRole("heading", { level: 1, name: "Website relaunch" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Edit" })).toHaveAttribute(
      "href",
      "/projects/prj-1040/edit",
    );
    await expect(canvas.getAllByRole("term").map((term) => term.textContent)).toEqual([
      "Status",
      "Owner",
      "Client",
      "Start",
      "Due",
      "Budget",
    ]);
    await expect(canvas.getByRole("tab", { name: "Overview" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(
      within(canvas.getByRole("list", { name: "Members" })).getAllByRole("listitem"),
    ).toHaveLength(4);
    canvas.getByRole("tab", { name: "Overview" }).focus();
    await userEvent.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("tab", { name: "Activity" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await userEvent.keyboard("{ArrowLeft}");
    await expect(canvas.getByRole("tab", { name: "Overview" })).toHaveFocus();
  },
};

/** The activity tab: the project's history on a timeline, newest first. */
export const Activity: Story = {
  args: { defaultTab: "activity" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const timeline = canvas.getByRole("list", { name: "Activity" });
    await expect(within(timeline).getAllByRole("listitem")).toHaveLength(6);
    await expect(within(timeline).getAllByRole("listitem")[0]).toHaveTextContent(
      "Pricing wireframes.pdf",
    );
  },
};

/** The settings tab: an empty name is refused with a message; a valid form is saved. */
export const Settings: Story = {
  args: { defaultTab: "settings" },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const name = canvas.getByRole("textbox", { name: /Project name/ });
    await userEvent.clear(name);
    await userEvent.click(canvas.getByRole("button", { name: "Save changes" }));
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription(/Enter the project's name/);
    await expect(args.onSaveSettings).not.toHaveBeenCalled();
    await userEvent.type(name, "Globex website");
    await userEvent.click(canvas.getByRole("button", { name: "Save changes" }));
    await waitFor(() =>
      expect(args.onSaveSettings).toHaveBeenCalledWith({
        name: "Globex website",
        description: expect.stringContaining("Globex") as string,
        notify: true,
      }),
    );
    await expect(await canvas.findByRole("status")).toHaveTextContent("Changes saved.");
  },
};

/** "More actions" → Delete asks first; confirming calls `onDelete`. */
export const DeleteConfirmation: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole("button", { name: "More actions" }));
    await userEvent.click(await body.findByRole("menuitem", { name: "Delete project" }));
    const dialog = await body.findByRole("alertdialog", { name: "Delete Website relaunch?" });
    await expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await expect(args.onDelete).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole("button", { name: "Delete project" }));
    await waitFor(() => expect(args.onDelete).toHaveBeenCalledOnce());
    await waitFor(() => expect(body.queryByRole("alertdialog")).toBeNull());
  },
};
