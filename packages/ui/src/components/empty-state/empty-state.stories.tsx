import { FileTextIcon, FolderOpenIcon, PlusIcon, SearchIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Button } from "../button";
import {
  EmptyState,
  EmptyStateActions,
  EmptyStateDescription,
  EmptyStateIcon,
  EmptyStateTitle,
} from "./empty-state";

const sizes = ["sm", "md", "lg"] as const;

const meta = {
  title: "Feedback/Empty State",
  component: EmptyState,
  tags: ["autodocs"],
  argTypes: {
    size: { control: "inline-radio", options: sizes },
    variant: { control: "inline-radio", options: ["plain", "dashed"] },
  },
  render: (args) => (
    <div style={{ width: 480 }}>
      <EmptyState {...args}>
        <EmptyStateIcon>
          <FileTextIcon />
        </EmptyStateIcon>
        <EmptyStateTitle>No invoices yet</EmptyStateTitle>
        <EmptyStateDescription>
          Invoices you create or import show up here. Start with your first customer.
        </EmptyStateDescription>
        <EmptyStateActions>
          <Button>
            <PlusIcon />
            Create invoice
          </Button>
          <Button variant="outline">Import</Button>
        </EmptyStateActions>
      </EmptyState>
    </div>
  ),
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 2, name: "No invoices yet" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Create invoice" })).toBeEnabled();
    const icon = canvasElement.querySelector('[data-slot="empty-state-icon"]');
    await expect(icon).toHaveAttribute("aria-hidden", "true");
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 24, width: 480 }}>
      {sizes.map((size) => (
        <EmptyState {...args} key={size} size={size} variant="dashed">
          <EmptyStateIcon>
            <FolderOpenIcon />
          </EmptyStateIcon>
          <EmptyStateTitle level={3}>Empty folder ({size})</EmptyStateTitle>
          <EmptyStateDescription>Drop files here or upload them.</EmptyStateDescription>
        </EmptyState>
      ))}
    </div>
  ),
};

/** A search that found nothing: say what was searched and how to widen it. */
export const NoResults: Story = {
  render: (args) => (
    <div style={{ width: 480 }}>
      <EmptyState {...args} size="sm">
        <EmptyStateIcon>
          <SearchIcon />
        </EmptyStateIcon>
        <EmptyStateTitle level={3}>No results for “acme”</EmptyStateTitle>
        <EmptyStateDescription>
          Check the spelling or search all years instead of 2026.
        </EmptyStateDescription>
        <EmptyStateActions>
          <Button variant="outline" size="sm">
            Clear filters
          </Button>
        </EmptyStateActions>
      </EmptyState>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("heading", { level: 3, name: "No results for “acme”" }),
    ).toBeInTheDocument();
  },
};

/** A place content is added to: a dashed border. */
export const Dashed: Story = { args: { variant: "dashed" } };

/** Title and description only: the smallest useful empty state. */
export const TextOnly: Story = {
  render: (args) => (
    <div style={{ width: 360 }}>
      <EmptyState {...args} size="sm">
        <EmptyStateTitle level={3}>No comments</EmptyStateTitle>
        <EmptyStateDescription>Be the first to comment on this invoice.</EmptyStateDescription>
      </EmptyState>
    </div>
  ),
};
