import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Button } from "../button";
import { Spinner } from "./spinner";

const sizes = ["sm", "md", "lg", "xl"] as const;

const meta = {
  title: "Feedback/Spinner",
  component: Spinner,
  tags: ["autodocs"],
  argTypes: {
    size: { control: "inline-radio", options: sizes },
    showLabel: { control: "boolean" },
  },
} satisfies Meta<typeof Spinner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole("status");
    await expect(status).toHaveTextContent("Loading");
    await expect(status.querySelector(".nx-spinner__ring")).toHaveAttribute("aria-hidden", "true");
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "flex", gap: 16, alignItems: "center" }}>
      {sizes.map((size) => (
        <Spinner {...args} key={size} size={size} label={`Loading (${size})`} />
      ))}
    </div>
  ),
};

/** The label shown beside the ring. */
export const WithLabel: Story = {
  args: { showLabel: true, label: "Loading invoices" },
  play: async ({ canvasElement }) => {
    const label = within(canvasElement).getByText("Loading invoices");
    await expect(label).toBeVisible();
    await expect(label.getBoundingClientRect().width).toBeGreaterThan(1);
  },
};

/** The ring takes the colour of the text around it: here a primary button's. */
export const InButton: Story = {
  render: (args) => (
    <Button disabled>
      <Spinner {...args} size="sm" label="Saving" showLabel />
    </Button>
  ),
};

/** A panel whose content is loading: the region says it is busy, the spinner says what. */
export const InPanel: Story = {
  render: (args) => (
    <section
      aria-label="Invoices"
      aria-busy="true"
      style={{
        display: "grid",
        placeItems: "center",
        width: 320,
        height: 160,
        border: "1px solid var(--nx-color-border)",
        borderRadius: "var(--nx-radius-lg)",
        color: "var(--nx-color-muted-foreground)",
      }}
    >
      <Spinner {...args} size="xl" label="Loading invoices" />
    </section>
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole("region", { name: "Invoices" });
    await expect(region).toHaveAttribute("aria-busy", "true");
    await expect(within(region).getByRole("status")).toHaveTextContent("Loading invoices");
  },
};
