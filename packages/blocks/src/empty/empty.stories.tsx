import { CreditCardIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { EmptyBlock } from "./empty";

const meta = {
  title: "Blocks/Empty",
  component: EmptyBlock,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof EmptyBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await expect(canvas.getByRole("heading", { level: 2, name: "No projects yet" })).toBeVisible();
    await expect(canvas.getByRole("region", { name: "Next steps" })).toBeVisible();
    await expect(canvas.getAllByRole("heading", { level: 3 })).toHaveLength(3);

    // Tab order: the primary action, Import, then the next steps.
    await userEvent.click(canvas.getByRole("heading", { level: 1 }));
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "New project" })).toHaveFocus();
    await expect(canvas.getByRole("link", { name: "New project" })).toHaveAttribute(
      "href",
      "/projects/new",
    );
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "Import" })).toHaveFocus();
    await userEvent.tab();
    await expect(
      canvas.getByRole("link", { name: "Read the getting-started guide" }),
    ).toHaveFocus();
  },
};

/** Only the primary action, and no next steps. */
export const Minimal: Story = {
  args: {
    title: "Invoices",
    emptyTitle: "No invoices yet",
    description: "Invoices appear here once your first payment goes through.",
    createHref: "/billing",
    createLabel: "Add a payment method",
    importHref: null,
    steps: [],
    icon: <CreditCardIcon />,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("link")).toHaveLength(1);
    await expect(canvas.queryByRole("region", { name: "Next steps" })).toBeNull();
  },
};
