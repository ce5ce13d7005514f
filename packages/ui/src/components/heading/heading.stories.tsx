import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Heading } from "./heading";

const sizes = ["display", "title-lg", "title-md", "title-sm", "heading"] as const;
const levels = [1, 2, 3, 4, 5, 6] as const;

const meta = {
  title: "Data display/Heading",
  component: Heading,
  tags: ["autodocs"],
  args: { children: "Quarterly invoices" },
  argTypes: {
    level: { control: "inline-radio", options: levels },
    size: { control: "select", options: [undefined, ...sizes] },
    weight: { control: "select", options: [undefined, "regular", "medium", "semibold", "bold"] },
  },
} satisfies Meta<typeof Heading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("heading", { level: 2, name: "Quarterly invoices" }),
    ).toBeInTheDocument();
  },
};

/** Every text style a heading can take. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      {sizes.map((size) => (
        <Heading {...args} key={size} size={size}>
          {size}: Quarterly invoices
        </Heading>
      ))}
    </div>
  ),
};

/** Without `size`, each level takes its default look. */
export const Levels: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: 12 }}>
      {levels.map((level) => (
        <Heading {...args} key={level} level={level}>
          Level {level}
        </Heading>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const level of levels) {
      await expect(
        within(canvasElement).getByRole("heading", { level, name: `Level ${level}` }),
      ).toBeInTheDocument();
    }
  },
};

/** The outline and the look are separate: an `h2` that looks like a card title. */
export const LevelIndependentOfSize: Story = {
  args: { level: 2, size: "title-sm", children: "Billing address" },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole("heading", { level: 2 });
    await expect(heading).toHaveAttribute("data-size", "title-sm");
  },
};

export const Truncated: Story = {
  render: (args) => (
    <div style={{ width: 240 }}>
      <Heading {...args} level={3} truncate title="Invoices overdue for more than ninety days">
        Invoices overdue for more than ninety days
      </Heading>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole("heading", { level: 3 });
    await expect(heading.scrollWidth).toBeGreaterThan(heading.clientWidth);
  },
};

export const AsLink: Story = {
  args: {
    level: 3,
    size: "heading",
    asChild: true,
    children: <a href="#invoice-1042">Invoice 1042</a>,
  },
  render: (args) => (
    <h3 style={{ margin: 0 }}>
      <Heading {...args} />
    </h3>
  ),
};
