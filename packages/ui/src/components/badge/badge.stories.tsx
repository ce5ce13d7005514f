import type { Meta, StoryObj } from "@storybook/react-vite";
import { Badge } from "./badge";

const meta = {
  title: "Data display/Badge",
  component: Badge,
  tags: ["autodocs"],
  args: { children: "New" },
  argTypes: {
    variant: {
      control: "select",
      options: ["neutral", "primary", "outline", "success", "warning", "destructive", "info"],
    },
  },
} satisfies Meta<typeof Badge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Variants: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
      {(
        ["neutral", "primary", "outline", "success", "warning", "destructive", "info"] as const
      ).map((variant) => (
        <Badge {...args} key={variant} variant={variant}>
          {variant}
        </Badge>
      ))}
    </div>
  ),
};

export const AsLink: Story = {
  args: { asChild: true, children: <a href="#inbox">3 unread</a> },
};
