import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Skeleton, SkeletonCard, SkeletonTable, SkeletonText } from "./skeleton";

const meta = {
  title: "Feedback/Skeleton",
  component: Skeleton,
  tags: ["autodocs"],
  argTypes: {
    shape: { control: "inline-radio", options: ["rect", "circle", "text"] },
    size: { control: "inline-radio", options: [undefined, "sm", "md", "lg"] },
  },
} satisfies Meta<typeof Skeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { style: { width: 240, height: 16 } },
};

export const ProfileLoading: Story = {
  render: () => (
    <section aria-label="Profile" aria-busy="true" style={{ display: "flex", gap: 12 }}>
      <Skeleton style={{ width: 40, height: 40, borderRadius: 9999 }} />
      <div style={{ display: "grid", gap: 8 }}>
        <Skeleton style={{ width: 200, height: 14 }} />
        <Skeleton style={{ width: 140, height: 14 }} />
      </div>
    </section>
  ),
};

/** The three shapes: a block, a circle in the avatar sizes, a line of text. */
export const Shapes: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 16, width: 320 }}>
      <Skeleton shape="rect" style={{ height: 64 }} />
      <div style={{ display: "flex", gap: 12, alignItems: "center" }}>
        <Skeleton shape="circle" size="sm" />
        <Skeleton shape="circle" size="md" />
        <Skeleton shape="circle" size="lg" />
      </div>
      <Skeleton shape="text" />
    </div>
  ),
};

/** A paragraph: three lines, the last one shorter. */
export const Text: Story = {
  render: () => (
    <section aria-label="Description" aria-busy="true" style={{ width: 320 }}>
      <SkeletonText lines={3} />
    </section>
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole("region", { name: "Description" });
    await expect(region).toHaveAttribute("aria-busy", "true");
    const lines = region.querySelectorAll('[data-slot="skeleton"]');
    await expect(lines).toHaveLength(3);
    const first = (lines[0] as HTMLElement).getBoundingClientRect().width;
    const last = (lines[2] as HTMLElement).getBoundingClientRect().width;
    await expect(last).toBeLessThan(first);
  },
};

export const Card: Story = {
  render: () => (
    <div
      role="region"
      aria-label="Customers"
      aria-busy="true"
      style={{ display: "grid", gap: 16, gridTemplateColumns: "repeat(2, 260px)" }}
    >
      <SkeletonCard />
      <SkeletonCard showMedia lines={3} />
    </div>
  ),
};

export const Table: Story = {
  render: () => (
    <section aria-label="Invoices" aria-busy="true" style={{ width: 560 }}>
      <SkeletonTable rows={4} columns={4} />
    </section>
  ),
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('[data-slot="skeleton-table"]') as HTMLElement;
    await expect(table).toHaveAttribute("aria-hidden", "true");
    await expect(table.querySelectorAll('[data-slot="skeleton"]')).toHaveLength(20);
  },
};
