import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Progress } from "./progress";

const sizes = ["sm", "md", "lg"] as const;
const variants = ["primary", "success", "warning", "destructive"] as const;
const column = { display: "grid", gap: 16, width: 320 } as const;

const meta = {
  title: "Feedback/Progress",
  component: Progress,
  tags: ["autodocs"],
  args: { value: 40, label: "Uploading invoice.pdf" },
  argTypes: {
    shape: { control: "inline-radio", options: ["linear", "circular"] },
    size: { control: "inline-radio", options: sizes },
    variant: { control: "select", options: variants },
    value: { control: { type: "range", min: 0, max: 100 } },
    showValue: { control: "boolean" },
  },
  render: (args) => (
    <div style={{ width: 320 }}>
      <Progress {...args} />
    </div>
  ),
} satisfies Meta<typeof Progress>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  args: { showValue: true },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole("progressbar", { name: "Uploading invoice.pdf" });
    await expect(bar).toHaveAttribute("aria-valuenow", "40");
    await expect(bar).toHaveAttribute("aria-valuemin", "0");
    await expect(bar).toHaveAttribute("aria-valuemax", "100");
    await expect(bar).toHaveAttribute("aria-valuetext", "40%");
    await expect(within(bar).getByText("40%")).toBeVisible();
    const track = bar.querySelector(".nx-progress__track") as HTMLElement;
    const fill = bar.querySelector(".nx-progress__indicator") as HTMLElement;
    await expect(fill.getBoundingClientRect().width).toBeCloseTo(track.clientWidth * 0.4, 0);
  },
};

/** No measure yet: the bar slides (or, with reduced motion, fades) and no value is read. */
export const Indeterminate: Story = {
  args: { value: null, label: "Preparing export" },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole("progressbar", { name: "Preparing export" });
    await expect(bar).not.toHaveAttribute("aria-valuenow");
    await expect(bar).not.toHaveAttribute("aria-valuetext");
    await expect(bar).toHaveAttribute("data-state", "indeterminate");
  },
};

/** The value text from `getValueLabel`: read as "3 of 8 files". */
export const CustomValueText: Story = {
  args: {
    value: 3,
    max: 8,
    label: "Importing files",
    showValue: true,
    getValueLabel: (value, max) => `${value} of ${max} files`,
  },
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole("progressbar", { name: "Importing files" });
    await expect(bar).toHaveAttribute("aria-valuetext", "3 of 8 files");
    await expect(bar).toHaveAttribute("aria-valuemax", "8");
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={column}>
      {sizes.map((size) => (
        <Progress {...args} key={size} size={size} label={`Size ${size}`} />
      ))}
    </div>
  ),
};

export const Variants: Story = {
  render: (args) => (
    <div style={column}>
      <Progress {...args} variant="primary" value={40} label="Uploading" showValue />
      <Progress {...args} variant="success" value={100} label="Uploaded" showValue />
      <Progress {...args} variant="warning" value={85} label="Storage used" showValue />
      <Progress {...args} variant="destructive" value={100} label="Over the limit" showValue />
    </div>
  ),
};

/** Without a visible label the bar still needs a name: `aria-label`. */
export const WithoutVisibleLabel: Story = {
  args: { label: undefined, "aria-label": "Upload progress", value: 65 },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("progressbar", { name: "Upload progress" }),
    ).toHaveAttribute("aria-valuenow", "65");
  },
};

export const Circular: Story = {
  args: { shape: "circular", showValue: true },
  render: (args) => (
    <div style={{ display: "grid", gap: 16 }}>
      {sizes.map((size) => (
        <Progress {...args} key={size} size={size} label={`Syncing (${size})`} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const ring = within(canvasElement).getByRole("progressbar", { name: "Syncing (md)" });
    await expect(ring).toHaveAttribute("data-shape", "circular");
    await expect(ring).toHaveAttribute("aria-valuetext", "40%");
    await expect(ring.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  },
};

export const CircularStates: Story = {
  args: { shape: "circular", size: "lg" },
  render: (args) => (
    <div style={{ display: "flex", gap: 24, alignItems: "center" }}>
      <Progress {...args} value={0} aria-label="Not started" label={undefined} />
      <Progress {...args} value={25} aria-label="A quarter" label={undefined} />
      <Progress {...args} value={75} aria-label="Three quarters" label={undefined} />
      <Progress {...args} value={100} variant="success" aria-label="Done" label={undefined} />
      <Progress {...args} value={null} aria-label="Waiting" label={undefined} />
    </div>
  ),
};

/** Right to left: the bar fills from the right. */
export const RightToLeft: Story = {
  args: { value: 30, label: "جارٍ الرفع", showValue: true },
  render: (args) => (
    <div dir="rtl" style={{ width: 320 }}>
      <Progress {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const bar = within(canvasElement).getByRole("progressbar");
    const track = (bar.querySelector(".nx-progress__track") as HTMLElement).getBoundingClientRect();
    const fill = (
      bar.querySelector(".nx-progress__indicator") as HTMLElement
    ).getBoundingClientRect();
    await expect(Math.round(fill.right)).toBe(Math.round(track.right));
  },
};
