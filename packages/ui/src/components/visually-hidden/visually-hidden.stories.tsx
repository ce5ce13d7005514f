import { TrashIcon } from "@nexod/icons";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { Button } from "../button";
import { VisuallyHidden } from ".";

const meta = {
  title: "Layout/Visually Hidden",
  component: VisuallyHidden,
  tags: ["autodocs"],
  args: { children: "Delete invoice INV-2041" },
  render: (args) => (
    <Button variant="outline" size="icon">
      <TrashIcon aria-hidden />
      <VisuallyHidden {...args} />
    </Button>
  ),
} satisfies Meta<typeof VisuallyHidden>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The icon button's name comes from text that is read but not shown. */
export const IconButtonLabel: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole("button", { name: "Delete invoice INV-2041" });
    const text = within(button).getByText("Delete invoice INV-2041");
    const { width, height } = text.getBoundingClientRect();
    await expect(width * height).toBeLessThanOrEqual(1);
  },
};

/** `focusable` with `asChild`: a skip link that appears when a keyboard user tabs to it. */
export const SkipLink: Story = {
  render: () => (
    <div style={{ fontFamily: "var(--nx-font-family-sans)", fontSize: "var(--nx-font-size-sm)" }}>
      <VisuallyHidden asChild focusable>
        <a href="#main-content" style={{ color: "var(--nx-color-foreground)" }}>
          Skip to content
        </a>
      </VisuallyHidden>
      <p id="main-content" style={{ margin: 0 }}>
        Main content
      </p>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: "Skip to content" });
    await expect(link.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await expect(link.getBoundingClientRect().width).toBeGreaterThan(20);
  },
};

/** A caption read with the table but not drawn, when the heading above already says it. */
export const TableCaption: Story = {
  render: () => (
    <table
      style={{
        fontFamily: "var(--nx-font-family-sans)",
        fontSize: "var(--nx-font-size-sm)",
        borderCollapse: "collapse",
      }}
    >
      <caption>
        <VisuallyHidden>Invoices due in December 2026</VisuallyHidden>
      </caption>
      <thead>
        <tr>
          <th style={{ textAlign: "start", paddingInlineEnd: 24 }}>Invoice</th>
          <th style={{ textAlign: "start" }}>Due</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td style={{ paddingInlineEnd: 24 }}>INV-2041</td>
          <td>3 December 2026</td>
        </tr>
      </tbody>
    </table>
  ),
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("table", { name: "Invoices due in December 2026" }),
    ).toBeInTheDocument();
  },
};
