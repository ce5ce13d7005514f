import type { Meta, StoryObj } from "@storybook/react-vite";
import { Skeleton } from "./skeleton";

const meta = {
  title: "Feedback/Skeleton",
  component: Skeleton,
  tags: ["autodocs"],
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
