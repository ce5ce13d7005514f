import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { Button } from "../button/button";
import {
  DataTable,
  actionsColumn,
  selectColumn,
  type DataTableColumnDef,
  type DataTableProps,
  type PaginationState,
  type SortingState,
} from "./data-table";
import { makeProjects, projectColumns, type Project } from "./data-table.fixtures";
import { virtualRows } from "./virtual";

const projects = makeProjects(60);
const columns = projectColumns();

function renderTable(props: Partial<DataTableProps<Project>> = {}) {
  return render(
    <DataTable
      aria-label="Projects"
      columns={columns}
      data={projects}
      getRowId={(row) => row.id}
      {...props}
    />,
  );
}

const bodyRows = () => within(screen.getByRole("table")).getAllByRole("row").slice(1);
const firstCells = (column: number) =>
  bodyRows().map((row) => within(row).getAllByRole("cell")[column]!.textContent);

describe("DataTable", () => {
  it("renders a named table with a header row and the first page of rows", () => {
    renderTable();
    const table = screen.getByRole("table", { name: "Projects" });
    expect(within(table).getAllByRole("columnheader").length).toBe(columns.length);
    expect(bodyRows()).toHaveLength(10);
    expect(screen.getByText("Page 1 of 6")).toBeInTheDocument();
  });

  it("sorts with the header buttons and states it with aria-sort", async () => {
    const user = userEvent.setup();
    renderTable();
    const header = screen.getByRole("columnheader", { name: /Budget/ });
    expect(header).not.toHaveAttribute("aria-sort");
    await user.click(within(header).getByRole("button"));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    const budgets = [...projects].map((p) => p.budget).sort((a, b) => a - b);
    const shown = firstCells(5).map((text) => Number(text!.replace(/[^0-9]/g, "")));
    expect(shown).toEqual(budgets.slice(0, 10));
    await user.click(within(header).getByRole("button"));
    expect(header).toHaveAttribute("aria-sort", "descending");
  });

  it("adds a second sort column with Shift and keeps aria-sort on the first", async () => {
    const user = userEvent.setup();
    const onSortingChange = vi.fn();
    renderTable({ onSortingChange });
    await user.click(
      within(screen.getByRole("columnheader", { name: /Status/ })).getByRole("button"),
    );
    await user.keyboard("{Shift>}");
    await user.click(
      within(screen.getByRole("columnheader", { name: /Owner/ })).getByRole("button"),
    );
    await user.keyboard("{/Shift}");
    expect(onSortingChange).toHaveBeenLastCalledWith([
      { id: "status", desc: false },
      { id: "owner", desc: false },
    ]);
    expect(screen.getByRole("columnheader", { name: /Status/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    expect(screen.getByRole("columnheader", { name: /Owner/ })).not.toHaveAttribute("aria-sort");
    expect(screen.getByRole("columnheader", { name: /Owner/ })).toHaveTextContent("2");
  });

  it("sorts from the keyboard", async () => {
    const user = userEvent.setup();
    renderTable();
    const button = within(screen.getByRole("columnheader", { name: /Project/ })).getByRole(
      "button",
    );
    button.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("columnheader", { name: /Project/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
  });

  it("filters rows with the search box", async () => {
    const user = userEvent.setup();
    renderTable();
    await user.type(screen.getByRole("searchbox", { name: "Search" }), "P-0007");
    expect(bodyRows()).toHaveLength(1);
    expect(firstCells(1)).toEqual(["P-0007"]);
    await user.click(screen.getByRole("button", { name: /Reset/ }));
    expect(bodyRows()).toHaveLength(10);
  });

  it("filters with a faceted filter that shows counts per value", async () => {
    const user = userEvent.setup();
    renderTable({ filters: [{ columnId: "status", title: "Status" }] });
    await user.click(screen.getByRole("button", { name: "Status", expanded: false }));
    const paused = projects.filter((p) => p.status === "Paused").length;
    const option = screen.getByRole("checkbox", { name: "Paused" });
    expect(option.closest("div")).toHaveTextContent(`Paused${paused}`);
    await user.click(option);
    await user.keyboard("{Escape}");
    expect(
      screen.getByRole("button", { name: /^Status\s*,\s*1\s*selected$/, expanded: false }),
    ).toHaveFocus();
    expect(screen.getByText(`Page 1 of ${Math.ceil(paused / 10)}`)).toBeInTheDocument();
    expect(
      new Set(bodyRows().map((row) => within(row).getAllByRole("cell")[4]!.textContent)),
    ).toEqual(new Set(["Paused"]));
  });

  it("fails clearly when a filter names a missing column", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => renderTable({ filters: [{ columnId: "colour", title: "Colour" }] })).toThrow(
      /filter "Colour" names the column "colour", which is not in `columns`/,
    );
  });

  it("hides and shows columns from the column menu", async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole("button", { name: "Columns" }));
    const owner = () => screen.getByRole("menuitemcheckbox", { name: "Owner" });
    expect(owner()).toHaveAttribute("aria-checked", "true");
    await user.click(owner());
    // The menu stays open for more changes.
    expect(owner()).toHaveAttribute("aria-checked", "false");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("columnheader", { name: /Owner/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole("columnheader")).toHaveLength(columns.length - 1);
    await user.click(screen.getByRole("button", { name: "Columns" }));
    await user.click(owner());
    await user.keyboard("{Escape}");
    expect(screen.getByRole("columnheader", { name: /Owner/ })).toBeInTheDocument();
  });

  it("selects rows, announces the count politely and shows the bulk actions", async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    renderTable({
      bulkActions: (rows) => (
        <Button size="sm" onClick={() => onDelete(rows.map((row) => row.id))}>
          Delete
        </Button>
      ),
    });
    const status = screen.getByRole("status");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status).toHaveTextContent("");
    await user.click(screen.getByRole("checkbox", { name: `Select ${projects[0]!.name}` }));
    await user.click(screen.getByRole("checkbox", { name: `Select ${projects[2]!.name}` }));
    expect(status).toHaveTextContent("2 rows selected");
    expect(bodyRows()[0]).toHaveAttribute("data-state", "selected");
    expect(screen.getByRole("checkbox", { name: "Select all rows on this page" })).toHaveAttribute(
      "aria-checked",
      "mixed",
    );
    await user.click(screen.getByRole("button", { name: "Delete" }));
    expect(onDelete).toHaveBeenCalledWith(["P-0001", "P-0003"]);
    await user.click(screen.getByRole("button", { name: "Clear selection" }));
    expect(status).toHaveTextContent("");
  });

  it("selects a range with Shift-click", async () => {
    const user = userEvent.setup();
    const onRowSelectionChange = vi.fn();
    renderTable({ onRowSelectionChange });
    await user.click(screen.getByRole("checkbox", { name: `Select ${projects[1]!.name}` }));
    await user.keyboard("{Shift>}");
    await user.click(screen.getByRole("checkbox", { name: `Select ${projects[4]!.name}` }));
    await user.keyboard("{/Shift}");
    expect(onRowSelectionChange).toHaveBeenLastCalledWith({
      "P-0002": true,
      "P-0003": true,
      "P-0004": true,
      "P-0005": true,
    });
    expect(screen.getByRole("status")).toHaveTextContent("4 rows selected");
  });

  it("selects every row of the page from the header checkbox", async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole("checkbox", { name: "Select all rows on this page" }));
    expect(screen.getByRole("status")).toHaveTextContent("10 rows selected");
  });

  it("opens a row's actions menu and runs an action", async () => {
    const user = userEvent.setup();
    const onAction = vi.fn();
    render(
      <DataTable
        aria-label="Projects"
        columns={projectColumns({ onAction })}
        data={projects.slice(0, 3)}
      />,
    );
    await user.click(screen.getByRole("button", { name: `Actions for ${projects[1]!.name}` }));
    await user.click(screen.getByRole("menuitem", { name: "Duplicate" }));
    expect(onAction).toHaveBeenCalledWith("duplicate", projects[1]);
  });

  it("opens a row's actions menu from the keyboard, and focus returns to its button", async () => {
    const user = userEvent.setup();
    render(
      <DataTable aria-label="Projects" columns={projectColumns()} data={projects.slice(0, 3)} />,
    );
    const name = `Actions for ${projects[0]!.name}`;
    screen.getByRole("button", { name }).focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("menu")).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Open" })).toBeInTheDocument();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    expect(screen.getByRole("button", { name })).toHaveFocus();
    expect(screen.getByRole("button", { name })).toHaveAttribute("aria-haspopup", "menu");
  });

  it("mounts a row's actions menu only when it is first used", async () => {
    const user = userEvent.setup();
    const actions = vi.fn((project: Project) => [
      { label: `Open ${project.id}`, onSelect: () => {} },
    ]);
    const columns: DataTableColumnDef<Project>[] = [
      { accessorKey: "name", header: "Project" },
      actionsColumn<Project>({ rowLabel: (row) => row.name, actions }),
    ];
    render(<DataTable aria-label="Projects" columns={columns} data={projects.slice(0, 5)} />);
    const button = screen.getByRole("button", { name: `Actions for ${projects[2]!.name}` });
    // A plain button that says it opens a menu; no Radix trigger (which has an id) yet.
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).not.toHaveAttribute("id");
    expect(actions).not.toHaveBeenCalled();
    await user.click(button);
    expect(await screen.findByRole("menuitem", { name: `Open ${projects[2]!.id}` })).toBeVisible();
    expect(actions).toHaveBeenCalled();
    // Only the row whose menu was opened asked for its actions.
    expect(actions.mock.calls.every(([project]) => project === projects[2])).toBe(true);
  });

  it("re-renders only the row whose selection changed", async () => {
    const user = userEvent.setup();
    const renders = new Map<string, number>();
    const columns: DataTableColumnDef<Project>[] = [
      selectColumn<Project>({ rowLabel: (row) => row.name }),
      {
        accessorKey: "name",
        header: "Project",
        cell: ({ row }) => {
          renders.set(row.id, (renders.get(row.id) ?? 0) + 1);
          return row.original.name;
        },
      },
    ];
    render(
      <DataTable
        aria-label="Projects"
        columns={columns}
        data={projects.slice(0, 5)}
        getRowId={(row) => row.id}
      />,
    );
    const before = new Map(renders);
    await user.click(screen.getByRole("checkbox", { name: `Select ${projects[1]!.name}` }));
    expect(screen.getByRole("checkbox", { name: `Select ${projects[1]!.name}` })).toBeChecked();
    expect(renders.get(projects[1]!.id)).toBeGreaterThan(before.get(projects[1]!.id)!);
    for (const project of [projects[0]!, projects[2]!, projects[3]!, projects[4]!]) {
      expect(renders.get(project.id), project.id).toBe(before.get(project.id));
    }
    // A change every row shows (sorting) still re-renders them.
    await user.click(screen.getByRole("button", { name: /^Project/ }));
    expect(renders.get(projects[0]!.id)).toBeGreaterThan(before.get(projects[0]!.id)!);
  });

  it("expands a row to show its detail", async () => {
    const user = userEvent.setup();
    render(
      <DataTable
        aria-label="Projects"
        columns={projectColumns({ expandable: true })}
        data={projects.slice(0, 3)}
        renderExpanded={(project) => <p>Owner: {project.owner}</p>}
      />,
    );
    const toggle = screen.getByRole("button", { name: `Details of ${projects[0]!.name}` });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText(`Owner: ${projects[0]!.owner}`)).toBeInTheDocument();
  });

  it("pages with the buttons and changes the page size", async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(screen.getByText("Page 2 of 6")).toBeInTheDocument();
    expect(firstCells(1)[0]).toBe("P-0011");
    await user.click(screen.getByRole("button", { name: "Last page" }));
    expect(screen.getByRole("button", { name: "Next page" })).toBeDisabled();
    await user.click(screen.getByRole("combobox", { name: "Rows per page" }));
    await user.click(screen.getByRole("option", { name: "20" }));
    expect(bodyRows().length).toBe(20);
  });

  it("in server mode reports state changes and renders the rows it is given, unsorted", async () => {
    const user = userEvent.setup();
    const page = projects.slice(0, 10);
    function Server() {
      const [sorting, setSorting] = React.useState<SortingState>([]);
      const [pagination, setPagination] = React.useState<PaginationState>({
        pageIndex: 0,
        pageSize: 10,
      });
      return (
        <>
          <output data-testid="request">{JSON.stringify({ sorting, pagination })}</output>
          <DataTable
            aria-label="Projects"
            columns={columns}
            data={page}
            manual
            rowCount={1234}
            sorting={sorting}
            onSortingChange={setSorting}
            pagination={pagination}
            onPaginationChange={setPagination}
          />
        </>
      );
    }
    render(<Server />);
    expect(screen.getByText("Page 1 of 124")).toBeInTheDocument();
    await user.click(
      within(screen.getByRole("columnheader", { name: /Budget/ })).getByRole("button"),
    );
    await user.click(screen.getByRole("button", { name: "Next page" }));
    expect(JSON.parse(screen.getByTestId("request").textContent!)).toEqual({
      sorting: [{ id: "budget", desc: false }],
      pagination: { pageIndex: 1, pageSize: 10 },
    });
    // The server sorts: the rows stay in the order given.
    expect(firstCells(1)).toEqual(page.map((p) => p.id));
  });

  it("asks for rowCount in server mode", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<DataTable columns={columns} data={[]} manual />)).toThrow(
      /pass `rowCount`/,
    );
  });

  it("fails clearly on the old `virtualize` ({ height } or true) and names the virtual entry", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // @ts-expect-error: virtualize takes the virtual-rows hook with the height
    const old: DataTableProps<Project>["virtualize"] = { height: 480 };
    expect(() => render(<DataTable columns={columns} data={[]} virtualize={old} />)).toThrow(
      /virtualize=\{\{ rows: virtualRows, height: 480 \}\}.*got \{"height":480\}/,
    );
    // @ts-expect-error: virtualize is not a boolean
    const on: DataTableProps<Project>["virtualize"] = true;
    expect(() => render(<DataTable columns={columns} data={[]} virtualize={on} />)).toThrow(
      /@nexod\/ui\/data-table\/virtual.*got true/,
    );
  });

  it("fails clearly on data that is not an array", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    // @ts-expect-error: data must be an array
    expect(() => render(<DataTable columns={columns} data={null} />)).toThrow(
      /`data` must be an array of rows \(got null\)/,
    );
  });

  it("renders at most 100 DOM rows for 100,000 virtualised rows, also after scrolling", async () => {
    // jsdom has no layout: give the scroll container the height it has in a browser.
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(480);
    vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(800);
    const many = makeProjects(100_000);
    renderTable({ data: many, virtualize: { rows: virtualRows, height: 480 } });
    await act(async () => {});
    const table = screen.getByRole("table");
    const domRows = () => within(table).getAllByRole("row");
    expect(domRows().length).toBeGreaterThan(10);
    expect(domRows().length).toBeLessThanOrEqual(100);
    expect(table).toHaveAttribute("aria-rowcount", "100001");
    expect(screen.queryByRole("button", { name: "Next page" })).not.toBeInTheDocument();
    const container = table.parentElement!;
    await act(async () => {
      container.scrollTop = 53 * 50_000;
      container.dispatchEvent(new Event("scroll"));
    });
    expect(domRows().length).toBeLessThanOrEqual(100);
    expect(screen.getByRole("cell", { name: "P-50001" })).toBeInTheDocument();
    expect(screen.queryByRole("cell", { name: "P-0001" })).not.toBeInTheDocument();
  }, 30_000);

  it("shows skeleton rows while loading, an empty message and an error", () => {
    const { rerender } = renderTable({ loading: true });
    expect(screen.getByRole("table")).toHaveAttribute("aria-busy", "true");
    expect(document.querySelectorAll('[data-slot="data-table-skeleton-row"]')).toHaveLength(10);
    rerender(<DataTable aria-label="Projects" columns={columns} data={[]} />);
    expect(screen.getByRole("cell", { name: "No results." })).toBeInTheDocument();
    rerender(
      <DataTable
        aria-label="Projects"
        columns={columns}
        data={[]}
        error="Could not load projects."
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Could not load projects.");
  });

  it("resizes a column from the keyboard", async () => {
    const user = userEvent.setup();
    renderTable();
    const handle = screen.getByRole("separator", { name: "Resize Project" });
    expect(handle).toHaveAttribute("aria-valuenow", "180");
    handle.focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("separator", { name: "Resize Project" })).toHaveAttribute(
      "aria-valuenow",
      "190",
    );
  });

  it("pins columns to the start edge", () => {
    renderTable({ defaultColumnPinning: { start: ["select", "name"] } });
    const headers = screen.getAllByRole("columnheader");
    expect(headers[1]).toHaveTextContent("Project");
    expect(headers[1]).toHaveAttribute("data-pinned", "start");
    expect(headers[1]!.style.insetInlineStart).toBe("44px");
  });

  it("pins and unpins a column from its header menu", async () => {
    const user = userEvent.setup();
    const onColumnPinningChange = vi.fn();
    renderTable({ showColumnMenu: true, onColumnPinningChange });
    const owner = () => screen.getByRole("columnheader", { name: /Owner/ });
    expect(owner()).not.toHaveAttribute("data-pinned");
    const trigger = screen.getByRole("button", { name: "Owner column options" });
    trigger.focus();
    await user.keyboard("{Enter}");
    const pinStart = screen.getByRole("menuitemradio", { name: "Pin to start" });
    expect(pinStart).toHaveAttribute("aria-checked", "false");
    expect(screen.getByRole("menuitemradio", { name: "Not pinned" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.click(pinStart);
    expect(onColumnPinningChange).toHaveBeenLastCalledWith({ start: ["owner"], end: [] });
    expect(owner()).toHaveAttribute("data-pinned", "start");
    expect(owner()).toHaveAttribute("data-pinned-edge", "start");
    // Pinned columns move to their edge: Owner is now the first column.
    expect(screen.getAllByRole("columnheader")[0]).toBe(owner());
    expect(within(bodyRows()[0]!).getAllByRole("cell")[0]).toHaveAttribute("data-pinned", "start");
    expect(screen.getByRole("button", { name: "Owner column options" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.click(screen.getByRole("menuitemradio", { name: "Pin to end" }));
    expect(owner()).toHaveAttribute("data-pinned", "end");
    expect(screen.getAllByRole("columnheader").at(-1)).toBe(owner());
    await user.click(screen.getByRole("button", { name: "Owner column options" }));
    await user.click(screen.getByRole("menuitemradio", { name: "Not pinned" }));
    expect(owner()).not.toHaveAttribute("data-pinned");
    expect(onColumnPinningChange).toHaveBeenLastCalledWith({ start: [], end: [] });
  });

  it("sorts and hides a column from its header menu", async () => {
    const user = userEvent.setup();
    renderTable({ showColumnMenu: true });
    const budget = () => screen.getByRole("columnheader", { name: /Budget/ });
    await user.click(screen.getByRole("button", { name: "Budget column options" }));
    await user.click(screen.getByRole("menuitem", { name: "Sort descending" }));
    expect(budget()).toHaveAttribute("aria-sort", "descending");
    await user.click(screen.getByRole("button", { name: "Budget column options" }));
    expect(screen.getByRole("menuitem", { name: "Sort descending" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await user.click(screen.getByRole("menuitem", { name: "Clear sort" }));
    expect(budget()).not.toHaveAttribute("aria-sort");
    await user.click(screen.getByRole("button", { name: "Budget column options" }));
    await user.click(screen.getByRole("menuitem", { name: "Hide column" }));
    expect(screen.queryByRole("columnheader", { name: /Budget/ })).not.toBeInTheDocument();
    // The trigger went with the column: focus lands on the table's scroll container.
    await waitFor(() => expect(screen.getByRole("table").parentElement).toHaveFocus());
  });

  it("leaves out menu entries a column opts out of, and the menu of fixed columns", async () => {
    const user = userEvent.setup();
    render(
      <DataTable
        aria-label="Projects"
        showColumnMenu
        columns={[
          ...columns.slice(0, 2),
          {
            accessorKey: "name",
            header: "Project",
            enablePinning: false,
            enableHiding: false,
            enableSorting: false,
          },
        ]}
        data={projects.slice(0, 2)}
      />,
    );
    expect(screen.queryByRole("button", { name: "Project column options" })).toBeNull();
    // selectColumn() has none (meta.showColumnMenu: false).
    expect(screen.queryByRole("button", { name: "Select column options" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "ID column options" }));
    expect(screen.getAllByRole("menuitemradio")).toHaveLength(3);
    expect(screen.getAllByRole("menuitem")).toHaveLength(3);
  });

  it("is controlled by columnPinning", () => {
    const { rerender } = renderTable({ columnPinning: { start: ["status"], end: [] } });
    expect(screen.getAllByRole("columnheader")[0]).toHaveTextContent("Status");
    rerender(
      <DataTable
        aria-label="Projects"
        columns={columns}
        data={projects}
        columnPinning={{ start: [], end: ["status"] }}
      />,
    );
    expect(screen.getAllByRole("columnheader").at(-1)).toHaveTextContent("Status");
  });

  describe('keyboardNavigation="grid"', () => {
    const gridProps = {
      keyboardNavigation: "grid",
      showSearch: false,
      showColumnVisibility: false,
    } as const;
    const cell = (name: string) => screen.getByRole("gridcell", { name });

    it("is a grid with a single tab stop", async () => {
      const user = userEvent.setup();
      renderTable(gridProps);
      const grid = screen.getByRole("grid", { name: "Projects" });
      expect(grid).toHaveAttribute("aria-multiselectable", "true");
      expect(within(grid).getAllByRole("row")[1]).toHaveAttribute("aria-selected", "false");
      await user.tab();
      expect(screen.getByRole("checkbox", { name: "Select all rows on this page" })).toHaveFocus();
      // The row checkboxes, sort buttons and action buttons are not tab stops: Tab leaves the grid.
      await user.tab();
      expect(screen.getByRole("combobox", { name: "Rows per page" })).toHaveFocus();
      await user.tab({ shift: true });
      expect(screen.getByRole("checkbox", { name: "Select all rows on this page" })).toHaveFocus();
    });

    it("moves between cells with the arrow keys, Home and End", async () => {
      const user = userEvent.setup();
      renderTable(gridProps);
      await user.tab();
      await user.keyboard("{ArrowDown}");
      // A cell with one checkbox or button focuses it directly.
      expect(screen.getByRole("checkbox", { name: `Select ${projects[0]!.name}` })).toHaveFocus();
      await user.keyboard("{ArrowRight}");
      expect(cell("P-0001")).toHaveFocus();
      await user.keyboard("{ArrowRight}");
      expect(cell(projects[0]!.name)).toHaveFocus();
      await user.keyboard("{ArrowDown}{ArrowDown}");
      expect(cell(projects[2]!.name)).toHaveFocus();
      await user.keyboard("{ArrowLeft}");
      expect(cell("P-0003")).toHaveFocus();
      await user.keyboard("{End}");
      const actions = screen.getByRole("button", { name: `Actions for ${projects[2]!.name}` });
      expect(actions).toHaveFocus();
      // ArrowDown moves on instead of opening the menu.
      await user.keyboard("{ArrowDown}");
      expect(screen.queryByRole("menu")).toBeNull();
      expect(
        screen.getByRole("button", { name: `Actions for ${projects[3]!.name}` }),
      ).toHaveFocus();
      await user.keyboard("{Home}");
      expect(screen.getByRole("checkbox", { name: `Select ${projects[3]!.name}` })).toHaveFocus();
      // Only the focused cell is a tab stop.
      expect(
        within(screen.getByRole("grid"))
          .getAllByRole("checkbox")
          .filter((box) => box.tabIndex === 0),
      ).toHaveLength(1);
      await user.keyboard("{Control>}{End}{/Control}");
      expect(
        screen.getByRole("button", { name: `Actions for ${projects[9]!.name}` }),
      ).toHaveFocus();
      await user.keyboard("{Control>}{Home}{/Control}");
      expect(screen.getByRole("checkbox", { name: "Select all rows on this page" })).toHaveFocus();
      await user.keyboard("{ArrowUp}{ArrowLeft}");
      expect(screen.getByRole("checkbox", { name: "Select all rows on this page" })).toHaveFocus();
    });

    it("moves by a screenful with PageDown and PageUp", async () => {
      const user = userEvent.setup();
      vi.spyOn(window, "innerHeight", "get").mockReturnValue(53 * 5);
      renderTable(gridProps);
      await user.tab();
      await user.keyboard("{ArrowRight}{PageDown}");
      expect(cell("P-0004")).toHaveFocus();
      await user.keyboard("{PageDown}{PageDown}");
      expect(cell("P-0010")).toHaveFocus();
      await user.keyboard("{PageUp}");
      expect(cell("P-0006")).toHaveFocus();
    });

    it("enters a cell's controls with Enter or F2 and leaves with Escape", async () => {
      const user = userEvent.setup();
      renderTable(gridProps);
      await user.tab();
      await user.keyboard("{ArrowRight}");
      const header = screen.getByRole("columnheader", { name: /ID/ });
      expect(header).toHaveFocus();
      await user.keyboard("{Enter}");
      const sort = within(header).getByRole("button");
      expect(sort).toHaveFocus();
      await user.keyboard("{Enter}");
      expect(header).toHaveAttribute("aria-sort", "ascending");
      // Inside the cell, arrows belong to its controls and Tab cycles through them.
      await user.keyboard("{Tab}");
      const resize = within(header).getByRole("separator", { name: "Resize ID" });
      expect(resize).toHaveFocus();
      await user.keyboard("{ArrowRight}");
      expect(resize).toHaveAttribute("aria-valuenow", "90");
      expect(resize).toHaveFocus();
      await user.keyboard("{Tab}");
      expect(sort).toHaveFocus();
      await user.keyboard("{Escape}");
      expect(header).toHaveFocus();
      await user.keyboard("{F2}");
      expect(sort).toHaveFocus();
      await user.keyboard("{F2}");
      expect(header).toHaveFocus();
      await user.keyboard("{ArrowDown}");
      expect(cell("P-0001")).toHaveFocus();
    });

    it("selects rows and opens row menus from the focused control", async () => {
      const user = userEvent.setup();
      const onAction = vi.fn();
      render(
        <DataTable
          aria-label="Projects"
          columns={projectColumns({ onAction })}
          data={projects.slice(0, 3)}
          pageSizes={false}
          {...gridProps}
        />,
      );
      await user.tab();
      await user.keyboard("{ArrowDown} ");
      expect(screen.getAllByRole("row")[1]).toHaveAttribute("aria-selected", "true");
      expect(screen.getByRole("status")).toHaveTextContent("1 row selected");
      await user.keyboard("{End}{Enter}");
      await user.click(await screen.findByRole("menuitem", { name: "Open" }));
      expect(onAction).toHaveBeenCalledWith("open", projects[0]);
      const actions = screen.getByRole("button", { name: `Actions for ${projects[0]!.name}` });
      await waitFor(() => expect(actions).toHaveFocus());
      await user.keyboard("{ArrowUp}");
      expect(screen.getByRole("columnheader", { name: "Actions" })).toHaveFocus();
    });

    it("keeps the focused place when clicking a cell", async () => {
      const user = userEvent.setup();
      renderTable(gridProps);
      await user.click(cell("P-0005"));
      expect(cell("P-0005")).toHaveFocus();
      await user.keyboard("{ArrowDown}");
      expect(cell("P-0006")).toHaveFocus();
    });

    it("scrolls a virtualised row into the DOM before focusing it", async () => {
      vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(480);
      vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(800);
      vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockReturnValue(40 + 53 * 2_000);
      const scrollTo = vi.fn(function (this: HTMLElement, options: ScrollToOptions) {
        this.scrollTop = options.top ?? this.scrollTop;
        this.dispatchEvent(new Event("scroll"));
      });
      // jsdom does not scroll: TanStack Virtual's scrollToIndex calls scrollTo.
      const original = HTMLElement.prototype.scrollTo;
      HTMLElement.prototype.scrollTo = scrollTo as unknown as typeof original;
      onTestFinished(() => {
        HTMLElement.prototype.scrollTo = original;
      });
      const user = userEvent.setup();
      renderTable({
        ...gridProps,
        data: makeProjects(2_000),
        virtualize: { rows: virtualRows, height: 480 },
      });
      await act(async () => {});
      expect(screen.queryByRole("gridcell", { name: "P-2000" })).toBeNull();
      await user.tab();
      await user.keyboard("{ArrowRight}{Control>}{End}{/Control}");
      await waitFor(() =>
        expect(document.activeElement?.closest("tr")).toHaveAttribute("aria-rowindex", "2001"),
      );
      expect(scrollTo).toHaveBeenCalled();
      await user.keyboard("{Home}{ArrowRight}");
      expect(cell("P-2000")).toHaveFocus();
      await user.keyboard("{ArrowUp}");
      expect(cell("P-1999")).toHaveFocus();
    }, 30_000);

    it("leaves the default table alone: Tab visits every control", async () => {
      const user = userEvent.setup();
      renderTable({ showSearch: false, showColumnVisibility: false });
      expect(screen.queryByRole("grid")).toBeNull();
      expect(screen.getAllByRole("cell")[0]).not.toHaveAttribute("tabindex");
      await user.tab();
      expect(screen.getByRole("table").parentElement).toHaveFocus();
      await user.tab();
      expect(screen.getByRole("checkbox", { name: "Select all rows on this page" })).toHaveFocus();
      await user.tab();
      expect(
        within(screen.getByRole("columnheader", { name: /ID/ })).getByRole("button"),
      ).toHaveFocus();
    });

    it("gives the controls their tab stops back when grid navigation is turned off", () => {
      const { rerender } = renderTable(gridProps);
      const checkbox = () => screen.getByRole("checkbox", { name: `Select ${projects[0]!.name}` });
      expect(checkbox()).toHaveAttribute("tabindex", "-1");
      expect(screen.getByRole("gridcell", { name: "P-0001" })).toHaveAttribute("tabindex", "-1");
      rerender(
        <DataTable
          aria-label="Projects"
          columns={columns}
          data={projects}
          getRowId={(row) => row.id}
          showSearch={false}
          showColumnVisibility={false}
        />,
      );
      expect(checkbox()).not.toHaveAttribute("tabindex");
      expect(screen.getByRole("cell", { name: "P-0001" })).not.toHaveAttribute("tabindex");
      expect(screen.getByRole("separator", { name: "Resize ID" })).toHaveAttribute("tabindex", "0");
    });

    it("fails clearly on an unknown keyboardNavigation", () => {
      vi.spyOn(console, "error").mockImplementation(() => {});
      // @ts-expect-error: "grid" or "tab"
      expect(() => renderTable({ keyboardNavigation: "arrows" })).toThrow(
        /`keyboardNavigation` must be "tab" or "grid" \(got "arrows"\)/,
      );
    });
  });

  it("keeps the common case short and typed", () => {
    const simple: DataTableColumnDef<{ name: string }>[] = [
      { accessorKey: "name", header: "Name" },
    ];
    render(<DataTable columns={simple} data={[{ name: "Ada" }]} />);
    expect(screen.getByRole("cell", { name: "Ada" })).toBeInTheDocument();
  });

  it("renders on the server", () => {
    const html = renderToString(
      <DataTable aria-label="Projects" columns={columns} data={projects} />,
    );
    expect(html).toContain("Page 1 of 6");
    expect(html).toContain("P-0010");
  });
});
