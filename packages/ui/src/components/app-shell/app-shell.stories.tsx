import type { Meta, StoryObj } from "@storybook/react-vite";
import { AppShell } from "./app-shell";

const sizes = ["sm", "md"] as const;
const row = { display: "flex", gap: 8, alignItems: "center" } as const;

const meta = {
  // "<sidebar group>/<Name>", the group one of Forms, Overlays, Feedback, Navigation,
  // Data display, Layout (the README's component table shows it too).
  title: "Data display/AppShell",
  component: AppShell,
  tags: ["autodocs"],
  args: { children: "App shell" },
  argTypes: { size: { control: "inline-radio", options: sizes } },
  parameters: {
    // Link the Figma frame designers compare against:
    // design: { type: "figma", url: "https://www.figma.com/design/…?node-id=…" },
  },
} satisfies Meta<typeof AppShell>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every variant side by side; add a row per variant and state designers review. */
export const States: Story = {
  render: (args) => (
    <div style={row}>
      {sizes.map((size) => (
        <AppShell {...args} key={size} size={size}>
          {size}
        </AppShell>
      ))}
    </div>
  ),
};
