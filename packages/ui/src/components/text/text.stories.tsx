import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Text } from "./text";

const variants = ["body", "body-strong", "caption", "label", "code"] as const;
const sizes = ["xs", "sm", "base", "lg", "xl"] as const;
const weights = ["regular", "medium", "semibold", "bold"] as const;
const long =
  "Invoices are sent on the first working day of the month. Reminders follow after seven and fourteen days, and the account is paused after thirty days without payment.";

const meta = {
  title: "Data display/Text",
  component: Text,
  tags: ["autodocs"],
  args: { children: "Invoices are sent on the first working day of the month." },
  argTypes: {
    variant: { control: "select", options: variants },
    size: { control: "select", options: [undefined, ...sizes] },
    weight: { control: "select", options: [undefined, ...weights] },
    as: { control: "select", options: ["p", "span", "div", "label", "strong", "small"] },
    muted: { control: "boolean" },
    truncate: { control: "boolean" },
    lineClamp: { control: "number" },
  },
} satisfies Meta<typeof Text>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const text = within(canvasElement).getByText(/Invoices are sent/);
    await expect(text.tagName).toBe("P");
    await expect(getComputedStyle(text).fontSize).toBe("14px");
  },
};

/** The named text styles. */
export const Variants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      {variants.map((variant) => (
        <Text {...args} key={variant} variant={variant}>
          {variant}: Invoices are sent on the first working day.
        </Text>
      ))}
    </div>
  ),
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8 }}>
      {sizes.map((size) => (
        <Text {...args} key={size} size={size}>
          {size}: Invoices are sent on the first working day.
        </Text>
      ))}
    </div>
  ),
};

export const Weights: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 8 }}>
      {weights.map((weight) => (
        <Text {...args} key={weight} weight={weight}>
          {weight}: Invoices are sent on the first working day.
        </Text>
      ))}
    </div>
  ),
};

export const Muted: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 4 }}>
      <Text {...args} variant="body-strong">
        Acme Corp
      </Text>
      <Text {...args} variant="caption" muted>
        Last invoice 3 May 2026
      </Text>
    </div>
  ),
};

/** One line with an ellipsis; the whole text stays in the accessibility tree. */
export const Truncate: Story = {
  args: { truncate: true, children: long },
  render: (args) => (
    <div style={{ width: 280 }}>
      <Text {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const text = within(canvasElement).getByText(long);
    await expect(text.scrollWidth).toBeGreaterThan(text.clientWidth);
  },
};

/** Two lines, then an ellipsis. */
export const LineClamp: Story = {
  args: { lineClamp: 2, children: long },
  render: (args) => (
    <div style={{ width: 280 }}>
      <Text {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const text = within(canvasElement).getByText(long);
    // Two 20px lines of the body style.
    await expect(text.getBoundingClientRect().height).toBe(40);
  },
};

/** `as` renders another element: inline text inside a paragraph, a small print. */
export const AsElements: Story = {
  render: () => (
    <div style={{ display: "grid", gap: 8 }}>
      <Text>
        Total due:{" "}
        <Text as="strong" variant="body-strong">
          €1,240.00
        </Text>
      </Text>
      <Text as="small" variant="caption" muted>
        Prices include VAT.
      </Text>
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("€1,240.00").tagName).toBe("STRONG");
  },
};
