import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { inAppShellMain } from "../story-helpers";
import { DashboardBlock } from "./dashboard";

const meta = {
  title: "Blocks/Dashboard",
  component: DashboardBlock,
  parameters: { layout: "fullscreen", nextPathname: "/dashboard" },
  decorators: [inAppShellMain],
} satisfies Meta<typeof DashboardBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The page's outline (one h1, a section per card), the key figures with their change spelled
 * out, the chart named and described, and the period menu.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(canvas.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Revenue",
      "Recent activity",
      "Top projects",
    ]);
    const figures = canvas.getByRole("region", { name: "Key figures" });
    await expect(within(figures).getAllByRole("definition").length).toBeGreaterThanOrEqual(4);
    await expect(figures).toHaveTextContent("€78,420");
    await expect(canvas.getByRole("figure", { name: /Revenue by source/ })).toBeVisible();
    await expect(
      within(canvas.getByRole("list", { name: "Recent activity" })).getAllByRole("listitem"),
    ).toHaveLength(5);
    await expect(canvas.getByRole("table", { name: "Top projects" })).toBeVisible();
    await expect(
      canvas.getByRole("progressbar", { name: "Budget spent on Mobile app" }),
    ).toHaveAttribute("aria-valuenow", "88");
    const period = canvas.getByRole("combobox", { name: "Period" });
    await expect(period).toHaveTextContent("Last 30 days");
    await userEvent.click(period);
    const body = within(canvasElement.ownerDocument.body);
    await expect(await body.findByRole("option", { name: "Last 12 months" })).toBeVisible();
    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(body.queryByRole("listbox")).toBeNull());
  },
};

/** Twelve months: the chart, the headline figure and the comparison follow the period. */
export const TwelveMonths: Story = {
  args: { period: "12m" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("combobox", { name: "Period" })).toHaveTextContent(
      "Last 12 months",
    );
    await expect(canvas.getByRole("region", { name: "Key figures" })).toHaveTextContent("€604,800");
  },
};
