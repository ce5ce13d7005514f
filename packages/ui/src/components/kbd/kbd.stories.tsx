import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Kbd, KbdGroup } from "./kbd";

const sizes = ["sm", "md"] as const;
const row = { display: "flex", gap: 12, alignItems: "center" } as const;
const text = {
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-sm)",
  lineHeight: "var(--nx-font-line-height-sm)",
  color: "var(--nx-color-foreground)",
} as const;

const meta = {
  title: "Data display/Kbd",
  component: Kbd,
  tags: ["autodocs"],
  args: { children: "Esc" },
  argTypes: { size: { control: "inline-radio", options: sizes } },
} satisfies Meta<typeof Kbd>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Sizes: Story = {
  render: (args) => (
    <div style={row}>
      {sizes.map((size) => (
        <Kbd {...args} key={size} size={size}>
          {size === "sm" ? "Tab" : "Enter"}
        </Kbd>
      ))}
    </div>
  ),
};

/** ⌘ K: the symbol is printed, and screen readers say "Command K". */
export const Combination: Story = {
  render: (args) => (
    <KbdGroup>
      <Kbd {...args}>⌘</Kbd>
      <Kbd {...args}>K</Kbd>
    </KbdGroup>
  ),
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector('[data-slot="kbd-group"]');
    await expect(group?.tagName).toBe("KBD");
    await expect(group).toHaveTextContent("⌘CommandK");
    await expect(within(canvasElement).getByText("⌘")).toHaveAttribute("aria-hidden", "true");
  },
};

/** Windows and Linux write the plus between the keys. */
export const WithSeparator: Story = {
  render: (args) => (
    <KbdGroup separator="+">
      <Kbd {...args}>Ctrl</Kbd>
      <Kbd {...args}>Shift</Kbd>
      <Kbd {...args}>P</Kbd>
    </KbdGroup>
  ),
};

/** Keys inside running text and in a menu-like row. */
export const InText: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 12, maxWidth: 360 }}>
      <p style={{ ...text, margin: 0 }}>
        Press <Kbd>Esc</Kbd> to close the dialog, or{" "}
        <KbdGroup>
          <Kbd>⌘</Kbd>
          <Kbd>↵</Kbd>
        </KbdGroup>{" "}
        to send.
      </p>
      <div style={{ ...row, justifyContent: "space-between", ...text }}>
        <span>Search</span>
        <KbdGroup>
          <Kbd size="sm">⌘</Kbd>
          <Kbd size="sm">K</Kbd>
        </KbdGroup>
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText("Command")).toHaveLength(2);
    await expect(within(canvasElement).getByText("Enter")).toBeInTheDocument();
  },
};
