import type { Meta, StoryObj } from "@storybook/react-vite";
import { Separator } from "./separator";

const meta = {
  title: "Layout/Separator",
  component: Separator,
  tags: ["autodocs"],
  argTypes: {
    orientation: { control: "inline-radio", options: ["horizontal", "vertical"] },
    decorative: { control: "boolean" },
  },
} satisfies Meta<typeof Separator>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Horizontal: Story = {
  render: (args) => (
    <div style={{ maxWidth: 320 }}>
      <p>Account</p>
      <Separator {...args} />
      <p>Billing</p>
    </div>
  ),
};

export const Vertical: Story = {
  args: { orientation: "vertical", decorative: false },
  render: (args) => (
    <div style={{ display: "flex", gap: 12, height: 24, alignItems: "center" }}>
      <span>Docs</span>
      <Separator {...args} />
      <span>Blog</span>
    </div>
  ),
};
