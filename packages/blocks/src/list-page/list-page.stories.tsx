import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { inAppShellMain } from "../story-helpers";
import { ListPageBlock } from "./list-page";

const meta = {
  title: "Blocks/List Page",
  component: ListPageBlock,
  parameters: { layout: "fullscreen", nextPathname: "/projects" },
  decorators: [inAppShellMain],
} satisfies Meta<typeof ListPageBlock>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first page of projects: sorting by budget, and the way to a new project. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "New project" })).toHaveAttribute(
      "href",
      "/projects/new",
    );
    const table = canvas.getByRole("table", { name: "Projects" });
    // A header row and the first page of ten.
    await expect(within(table).getAllByRole("row")).toHaveLength(11);
    const budget = canvas.getByRole("columnheader", { name: /Budget/ });
    await user.click(within(budget).getByRole("button"));
    await expect(budget).toHaveAttribute("aria-sort", "ascending");
    const firstRow = within(table).getAllByRole("row")[1]!;
    await expect(firstRow).toHaveTextContent("€4,000");
    await user.click(within(budget).getByRole("button"));
    await expect(budget).toHaveAttribute("aria-sort", "descending");
    // Back to the page's own order, for the screenshot.
    await user.click(within(budget).getByRole("button"));
    await expect(budget).not.toHaveAttribute("aria-sort");
  },
};

/** The status filter narrows the rows; a search with no match shows the table's empty state. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await user.click(canvas.getByRole("button", { name: "Status", expanded: false }));
    await user.click(await body.findByRole("checkbox", { name: /Paused/ }));
    await user.keyboard("{Escape}");
    const table = canvas.getByRole("table", { name: "Projects" });
    // A header row and the four paused projects.
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(5));
    for (const row of within(table).getAllByRole("row").slice(1)) {
      await expect(row).toHaveTextContent("Paused");
    }
    await user.type(canvas.getByRole("searchbox", { name: "Search" }), "zzz");
    await expect(canvas.getByRole("heading", { name: "No projects match" })).toBeVisible();
    await user.clear(canvas.getByRole("searchbox", { name: "Search" }));
  },
};

/** Selected rows get the bulk actions; deleting removes them and announces the change. */
export const BulkActions: Story = {
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    await user.click(canvas.getByRole("checkbox", { name: "Select Website relaunch" }));
    await user.click(canvas.getByRole("checkbox", { name: "Select Mobile app" }));
    await expect(canvas.getByRole("status")).toHaveTextContent("2 rows selected");
    await user.click(canvas.getByRole("button", { name: "Delete 2" }));
    await expect(canvas.queryByText("Website relaunch")).toBeNull();
    await expect(canvas.queryByText("Mobile app")).toBeNull();
    await user.click(canvas.getByRole("checkbox", { name: "Select Brand refresh" }));
    await expect(canvas.getByRole("button", { name: "Delete 1" })).toBeVisible();
  },
};

/** No projects at all: an invitation to create the first, instead of an empty table. */
export const Empty: Story = {
  args: { projects: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole("table")).toBeNull();
    await expect(canvas.getByRole("heading", { level: 2, name: "No projects yet" })).toBeVisible();
    await expect(canvas.getByRole("link", { name: "New project" })).toHaveAttribute(
      "href",
      "/projects/new",
    );
  },
};

/** While the projects load: skeleton rows, and the table marked busy. */
export const Loading: Story = {
  args: { loading: true, projects: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("table", { name: "Projects" })).toHaveAttribute(
      "aria-busy",
      "true",
    );
  },
};
