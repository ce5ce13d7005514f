import type { Meta, StoryObj } from "@storybook/react-vite";
import * as React from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Button } from "../button";
import {
  DataTable,
  type ColumnFiltersState,
  type PaginationState,
  type SortingState,
} from "./data-table";
import { makeProjects, projectColumns, type Project } from "./data-table.fixtures";
import { virtualRows } from "./virtual";

const projects = makeProjects(48);
const columns = projectColumns();
const statusFilter = [{ columnId: "status", title: "Status" }];

const meta = {
  title: "Data display/Data Table",
  component: DataTable<Project>,
  tags: ["autodocs"],
  args: {
    "aria-label": "Projects",
    columns: columns,
    data: projects,
    getRowId: (row) => row.id,
    filters: statusFilter,
  },
  argTypes: {
    density: { control: "inline-radio", options: ["comfortable", "compact"] },
    dividers: { control: "inline-radio", options: ["rows", "grid", "none"] },
    loading: { control: "boolean" },
    columns: { control: false },
    data: { control: false },
  },
  parameters: { layout: "padded" },
} satisfies Meta<typeof DataTable<Project>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sorting, search, a status filter with counts, columns menu, selection, actions, paging. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const header = canvas.getByRole("columnheader", { name: /Budget/ });
    const sortBudget = within(header).getByRole("button");
    await user.click(sortBudget);
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    sortBudget.focus();
    await user.keyboard("{Enter}");
    await expect(header).toHaveAttribute("aria-sort", "descending");
    // Shift adds a second sort column; aria-sort stays on the first.
    await user.keyboard("{Shift>}");
    await user.click(
      within(canvas.getByRole("columnheader", { name: /Owner/ })).getByRole("button"),
    );
    await user.keyboard("{/Shift}");
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await expect(canvas.getByRole("columnheader", { name: /Owner/ })).not.toHaveAttribute(
      "aria-sort",
    );
  },
};

/** Checking rows shows the bulk-actions bar and announces the count politely. */
export const Selection: Story = {
  args: {
    bulkActions: (rows) => (
      <>
        <Button size="sm" variant="outline" onClick={fn()}>
          Archive {rows.length}
        </Button>
        <Button size="sm" variant="destructive" onClick={fn()}>
          Delete
        </Button>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    await user.click(canvas.getByRole("checkbox", { name: `Select ${projects[0]!.name}` }));
    await user.keyboard("{Shift>}");
    await user.click(canvas.getByRole("checkbox", { name: `Select ${projects[2]!.name}` }));
    await user.keyboard("{/Shift}");
    await expect(canvas.getByRole("status")).toHaveTextContent("3 rows selected");
    await expect(canvas.getByRole("button", { name: "Archive 3" })).toBeVisible();
    // Space toggles the focused row checkbox.
    const fourth = canvas.getByRole("checkbox", { name: `Select ${projects[3]!.name}` });
    fourth.focus();
    await user.keyboard(" ");
    await expect(canvas.getByRole("status")).toHaveTextContent("4 rows selected");
  },
};

/** The status filter: a popover of checkboxes with the number of rows per status. */
export const FacetedFilter: Story = {
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await user.click(canvas.getByRole("button", { name: "Status", expanded: false }));
    await user.click(await body.findByRole("checkbox", { name: "Paused" }));
    await user.keyboard("{Escape}");
    const trigger = canvas.getByRole("button", { name: /^Status\s*,\s*1\s*selected$/ });
    await expect(trigger).toHaveFocus();
    const rows = within(canvas.getByRole("table")).getAllByRole("row").slice(1);
    for (const row of rows) await expect(row).toHaveTextContent("Paused");
    await user.type(canvas.getByRole("searchbox", { name: "Search" }), "zzz");
    await expect(canvas.getByRole("cell", { name: "No results." })).toBeVisible();
    await user.click(canvas.getByRole("button", { name: /Reset/ }));
    await expect(canvas.getByText("Page 1 of 5")).toBeVisible();
  },
};

/** The columns menu hides and shows columns; it stays open for several changes. */
export const ColumnVisibility: Story = {
  args: { defaultColumnVisibility: { id: false, updated: false } },
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await user.click(canvas.getByRole("button", { name: "Columns" }));
    const item = await body.findByRole("menuitemcheckbox", { name: "ID" });
    await expect(item).toHaveAttribute("aria-checked", "false");
    await user.keyboard("{Escape}");
    await expect(canvas.queryByRole("columnheader", { name: /^ID/ })).not.toBeInTheDocument();
  },
};

/** Selection and name columns pinned to the start edge, actions to the end; the table scrolls. */
export const PinnedAndResizable: Story = {
  args: { defaultColumnPinning: { start: ["select", "name"], end: ["actions"] } },
  render: (args) => (
    <div style={{ maxWidth: 640 }}>
      <DataTable {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const handle = canvas.getByRole("separator", { name: "Resize Project" });
    handle.focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    await expect(handle).toHaveAttribute("aria-valuenow", "200");
  },
};

/**
 * `showColumnMenu`: each header's "⋮" menu sorts, pins the column to the start or end edge (or
 * unpins it) and hides it. Pinned columns keep a border and a shadow over the columns that
 * scroll beneath them.
 */
export const Pinning: Story = {
  args: {
    showColumnMenu: true,
    defaultColumnPinning: { start: ["select"], end: ["actions"] },
    defaultColumnVisibility: { updated: false },
  },
  render: (args) => (
    <div style={{ maxWidth: 640 }}>
      <DataTable {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const header = () => canvas.getByRole("columnheader", { name: /^Project/ });
    const menu = canvas.getByRole("button", { name: "Project column options" });
    menu.focus();
    await user.keyboard("{Enter}");
    const pinStart = await body.findByRole("menuitemradio", { name: "Pin to start" });
    await expect(pinStart).toHaveAttribute("aria-checked", "false");
    await expect(body.getByRole("menuitemradio", { name: "Not pinned" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.keyboard("{ArrowDown}{ArrowDown}");
    await expect(pinStart).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(body.queryByRole("menu")).toBeNull());
    await expect(header()).toHaveAttribute("data-pinned", "start");
    await expect(header()).toHaveAttribute("data-pinned-edge", "start");
    await expect(menu).toHaveFocus();
    // Scrolled sideways, the pinned columns stay and the rest pass beneath their edge.
    await user.click(canvas.getByRole("checkbox", { name: `Select ${projects[1]!.name}` }));
    const container = canvas.getByRole("table").parentElement!;
    const start = header().getBoundingClientRect().left;
    container.scrollLeft = 120;
    await waitFor(() => expect(container.scrollLeft).toBe(120));
    await expect(header().getBoundingClientRect().left).toBe(start);
    await expect(canvas.getByRole("columnheader", { name: /^ID/ })).not.toHaveAttribute(
      "data-pinned",
    );
    // Back to the start for the screenshot (the layout check counts cells scrolled off the page).
    container.scrollLeft = 0;
  },
};

/**
 * `keyboardNavigation="grid"`: one tab stop; arrows move between cells, Home/End, Ctrl+Home/End,
 * PageUp/PageDown; Enter or F2 enter a cell's controls, Escape leaves. With pinned columns and
 * 500 virtualised rows.
 */
export const GridKeyboard: Story = {
  args: {
    keyboardNavigation: "grid",
    showColumnMenu: true,
    data: makeProjects(500),
    virtualize: { rows: virtualRows, height: 360 },
    defaultColumnPinning: { start: ["select", "name"], end: ["actions"] },
  },
  render: (args) => (
    <div style={{ maxWidth: 720 }}>
      <DataTable {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const grid = canvas.getByRole("grid", { name: "Projects" });
    const selectAll = canvas.getByRole("checkbox", { name: "Select all rows on this page" });
    canvas.getByRole("button", { name: "Columns" }).focus();
    await user.tab();
    await expect(selectAll).toHaveFocus();
    // Row checkbox: Space selects the row (aria-selected on the grid row).
    await user.keyboard("{ArrowDown} ");
    const firstRow = within(grid).getAllByRole("row")[1]!;
    await expect(firstRow).toHaveAttribute("aria-selected", "true");
    // Along the row: the pinned name, then the first scrolling column.
    await user.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("gridcell", { name: projects[0]!.name })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    await expect(canvas.getByRole("gridcell", { name: "P-0001" })).toHaveFocus();
    // End: the row's actions button; Enter opens its menu, Escape returns to it.
    await user.keyboard("{End}");
    const actions = canvas.getByRole("button", { name: `Actions for ${projects[0]!.name}` });
    await expect(actions).toHaveFocus();
    await user.keyboard("{Enter}");
    await expect(await body.findByRole("menuitem", { name: "Open" })).toBeVisible();
    await user.keyboard("{Escape}");
    // The menu mounts on first use: the button is now its Radix trigger (same name and place).
    await waitFor(() =>
      expect(
        canvas.getByRole("button", { name: `Actions for ${projects[0]!.name}` }),
      ).toHaveFocus(),
    );
    // Ctrl+End: the last of 500 rows, scrolled into the DOM and into view.
    await user.keyboard("{Control>}{End}{/Control}");
    await waitFor(() =>
      expect(canvasElement.ownerDocument.activeElement?.closest("tr")).toHaveAttribute(
        "aria-rowindex",
        "501",
      ),
    );
    // Ctrl+Home back to the first header cell; into the Owner header and its sort button.
    await user.keyboard("{Control>}{Home}{/Control}");
    await expect(selectAll).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    const owner = canvas.getByRole("columnheader", { name: /^Owner/ });
    await expect(owner).toHaveFocus();
    await user.keyboard("{Enter}");
    await expect(within(owner).getByRole("button", { name: "Owner" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await expect(owner).toHaveAttribute("aria-sort", "ascending");
    await user.keyboard("{Escape}{ArrowDown}{ArrowDown}");
    // Ctrl+Home scrolled the rows back to the top: the second row's Owner cell has the focus.
    await expect(canvas.getAllByRole("gridcell", { name: "Ada Lovelace" })[1]).toHaveFocus();
  },
};

/** `renderExpanded` and `expandColumn()`: a detail row under an expanded row. */
export const Expandable: Story = {
  args: {
    columns: projectColumns({ expandable: true }),
    renderExpanded: (row) => {
      const project = row as Project;
      return (
        <span>
          {project.name} is {project.progress}% done, owned by {project.owner}; last update{" "}
          {project.updated}.
        </span>
      );
    },
  },
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole("button", { name: `Details of ${projects[1]!.name}` });
    await user.click(toggle);
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(canvas.getByText(/is \d+% done/)).toBeVisible();
  },
};

export const Compact: Story = { args: { density: "compact", dividers: "grid" } };

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = {
  args: { data: [], emptyState: "No projects yet. Create one to get started." },
};

export const ErrorState: Story = {
  args: { data: [], error: "Could not load projects. Check your connection and try again." },
};

/**
 * 20,000 rows, generated after mount (the server render shows the first 1,000). The 100,000-row
 * case (at most 100 DOM rows, also after scrolling) is a jsdom test in data-table.test.tsx and a
 * bench figure: on the shared test machine building TanStack's row models for 100,000 rows in
 * the browser took longer than a story test may take.
 */
function VirtualizedExample(props: React.ComponentProps<typeof DataTable<Project>>) {
  const [data, setData] = React.useState(() => makeProjects(1_000));
  React.useEffect(() => {
    const timer = setTimeout(() => setData(makeProjects(20_000)));
    return () => clearTimeout(timer);
  }, []);
  return <DataTable {...props} data={data} virtualize={{ rows: virtualRows, height: 420 }} />;
}

/** 20,000 rows with TanStack Virtual: only the rows in view (and a few more) are in the DOM. */
export const Virtualized: Story = {
  render: (args) => <VirtualizedExample {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table");
    await waitFor(() => expect(table).toHaveAttribute("aria-rowcount", "20001"), {
      timeout: 12_000,
    });
    const container = table.parentElement!;
    container.scrollTop = 53 * 15_000;
    await waitFor(() => expect(canvas.getByRole("cell", { name: "P-15001" })).toBeVisible());
    await expect(within(table).getAllByRole("row").length).toBeLessThanOrEqual(100);
    container.scrollTop = 0;
    // Wait for the whole window (rows in view plus overscan), not just the first row, so the
    // screenshot never catches a half-rendered range.
    await waitFor(() => expect(canvas.getByRole("cell", { name: "P-0001" })).toBeVisible());
    await waitFor(() => expect(canvas.getByRole("cell", { name: "P-0012" })).toBeInTheDocument());
  },
};

/** Server mode: the story plays the server, sorting and paging a page at a time from state. */
function ServerExample() {
  const [sorting, setSorting] = React.useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = React.useState<ColumnFiltersState>([]);
  const [pagination, setPagination] = React.useState<PaginationState>({
    pageIndex: 0,
    pageSize: 10,
  });
  const all = React.useMemo(() => makeProjects(240, 7), []);
  const statuses =
    (columnFilters.find((f) => f.id === "status")?.value as string[] | undefined) ?? [];
  const matching = statuses.length ? all.filter((p) => statuses.includes(p.status)) : all;
  const sorted = [...matching].sort((a, b) => {
    for (const { id, desc } of sorting) {
      const x = a[id as keyof Project];
      const y = b[id as keyof Project];
      if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  });
  const start = pagination.pageIndex * pagination.pageSize;
  const counts = (["Active", "Paused", "Done", "Archived"] as const).map((value) => ({
    value,
    count: all.filter((p) => p.status === value).length,
  }));
  return (
    <DataTable
      aria-label="Projects"
      columns={columns}
      data={sorted.slice(start, start + pagination.pageSize)}
      getRowId={(row) => row.id}
      manual
      rowCount={matching.length}
      showSearch={false}
      filters={[{ columnId: "status", title: "Status", options: counts }]}
      sorting={sorting}
      onSortingChange={setSorting}
      columnFilters={columnFilters}
      onColumnFiltersChange={(next) => {
        setColumnFilters(next);
        setPagination((p) => ({ ...p, pageIndex: 0 }));
      }}
      pagination={pagination}
      onPaginationChange={setPagination}
    />
  );
}

export const ServerMode: Story = {
  render: () => <ServerExample />,
  play: async ({ canvasElement }) => {
    const user = userEvent.setup();
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Page 1 of 24")).toBeVisible();
    await user.click(canvas.getByRole("button", { name: "Next page" }));
    await expect(canvas.getByText("Page 2 of 24")).toBeVisible();
    await user.click(canvas.getByRole("button", { name: "First page" }));
  },
};

const stateColumns = [columns[1]!, columns[4]!];

/** Loading, empty and error next to a populated table, in both densities. */
export const States: Story = {
  render: (args) => (
    <StatesGrid
      states={["rows", "loading", "empty", "error"]}
      rows={(["comfortable", "compact"] as const).map((density) => ({
        name: density,
        cells: [
          <DataTable
            key="rows"
            {...args}
            aria-label={`${density} rows`}
            density={density}
            data={projects.slice(0, 3)}
            columns={stateColumns}
            showSearch={false}
            showColumnVisibility={false}
            filters={undefined}
            pageSizes={false}
          />,
          <DataTable
            key="loading"
            {...args}
            aria-label={`${density} loading`}
            density={density}
            loading
            columns={stateColumns}
            showSearch={false}
            showColumnVisibility={false}
            filters={undefined}
            pageSizes={false}
          />,
          <DataTable
            key="empty"
            {...args}
            aria-label={`${density} empty`}
            density={density}
            data={[]}
            columns={stateColumns}
            showSearch={false}
            showColumnVisibility={false}
            filters={undefined}
            pageSizes={false}
          />,
          <DataTable
            key="error"
            {...args}
            aria-label={`${density} error`}
            density={density}
            data={[]}
            error="Could not load."
            columns={stateColumns}
            showSearch={false}
            showColumnVisibility={false}
            filters={undefined}
            pageSizes={false}
          />,
        ],
      }))}
    />
  ),
};
