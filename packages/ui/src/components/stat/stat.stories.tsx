import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Sparkline } from "../chart";
import { Stat } from "./stat";

const meta = {
  title: "Data display/Stat",
  component: Stat,
  tags: ["autodocs"],
  args: {
    label: "Monthly revenue",
    value: "€48,200",
    delta: { value: "12%", direction: "up", meaning: "positive", period: "vs October" },
  },
  render: (args) => (
    <div style={{ maxWidth: 280 }}>
      <Stat {...args} />
    </div>
  ),
} satisfies Meta<typeof Stat>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // A description list: the label names the value; the delta reads as one phrase.
    await expect(canvas.getByRole("term")).toHaveTextContent("Monthly revenue");
    const [value, delta] = canvas.getAllByRole("definition");
    await expect(value).toHaveTextContent("€48,200");
    await expect(delta).toHaveTextContent("up 12% vs October");
    await expect(delta).toHaveAttribute("data-meaning", "positive");
  },
};

/** Fewer errors is good news: the arrow points down, the colour says positive. */
export const DownIsGood: Story = {
  args: {
    label: "Failed payments",
    value: "31",
    delta: { value: "8", direction: "down", meaning: "positive", period: "vs last week" },
  },
};

export const Negative: Story = {
  args: {
    label: "Churned accounts",
    value: "14",
    delta: { value: "4", direction: "up", meaning: "negative", period: "vs last month" },
  },
};

export const Flat: Story = {
  args: {
    label: "Active projects",
    value: "128",
    delta: { value: "0%", direction: "flat", period: "vs last month" },
    description: "Across 12 teams",
  },
};

export const WithSparkline: Story = {
  args: {
    sparkline: (
      <Sparkline
        aria-label="Revenue, last 12 weeks: rising from €36k to €48k"
        data={[36, 37, 36.5, 39, 40, 39.2, 41, 43, 42.5, 45, 46.8, 48.2]}
      />
    ),
  },
};

/** Direction × meaning: the colour follows the meaning only. */
export const States: Story = {
  render: () => (
    <StatesGrid
      states={["positive", "negative", "neutral"]}
      rows={(["up", "down", "flat"] as const).map((direction) => ({
        name: direction,
        cells: (["positive", "negative", "neutral"] as const).map((meaning) => (
          <Stat
            key={meaning}
            label="Orders"
            value="1,204"
            delta={{ value: "5%", direction, meaning }}
          />
        )),
      }))}
    />
  ),
};
