import type { Meta, StoryObj } from "@storybook/react-vite";
import { Sheet } from "./sheet";

const sizes = ["sm", "md"] as const;
const row = { display: "flex", gap: 8, alignItems: "center" } as const;

const meta = {
  // "<sidebar group>/<Name>", the group one of Forms, Overlays, Feedback, Navigation,
  // Data display, Layout (the README's component table shows it too).
  title: "Data display/Sheet",
  component: Sheet,
  tags: ["autodocs"],
  args: { children: "Sheet" },
  argTypes: { size: { control: "inline-radio", options: sizes } },
  parameters: {
    // Link the Figma frame designers compare against:
    // design: { type: "figma", url: "https://www.figma.com/design/…?node-id=…" },
  },
} satisfies Meta<typeof Sheet>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every variant side by side; add a row per variant and state designers review. */
export const States: Story = {
  render: (args) => (
    <div style={row}>
      {sizes.map((size) => (
        <Sheet {...args} key={size} size={size}>
          {size}
        </Sheet>
      ))}
    </div>
  ),
};
