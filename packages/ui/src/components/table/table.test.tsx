import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  type TableProps,
} from "./table";

function Example(props: TableProps) {
  return (
    <Table {...props}>
      <TableCaption>Invoices</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Client</TableHead>
          <TableHead align="end">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow data-state="selected">
          <TableCell>Acme</TableCell>
          <TableCell align="end">1,250.00</TableCell>
        </TableRow>
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell>Total</TableCell>
          <TableCell align="end">1,250.00</TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}

describe("Table", () => {
  it("renders a native table named by its caption, with column headers", () => {
    render(<Example />);
    const table = screen.getByRole("table", { name: "Invoices" });
    expect(table).toHaveAttribute("data-slot", "table");
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => h.textContent)).toEqual(["Client", "Amount"]);
    expect(headers[0]).toHaveAttribute("scope", "col");
    expect(within(table).getAllByRole("rowgroup")).toHaveLength(3);
  });

  it("states density and dividers as classes and data attributes", () => {
    render(<Example density="compact" dividers="grid" stickyHeader />);
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("data-density", "compact");
    expect(table).toHaveAttribute("data-dividers", "grid");
    expect(table.className).toContain("nx-table--compact");
    expect(table.className).toContain("nx-table--grid");
    expect(table.className).toContain("nx-table--sticky-header");
  });

  it("defaults to comfortable rows with row dividers", () => {
    render(<Example />);
    const table = screen.getByRole("table");
    expect(table).toHaveAttribute("data-density", "comfortable");
    expect(table).toHaveAttribute("data-dividers", "rows");
    expect(table.className).not.toContain("sticky");
  });

  it("aligns numeric cells at the end with tabular figures", () => {
    render(<Example />);
    const cell = screen.getAllByRole("cell", { name: "1,250.00" })[0]!;
    expect(cell).toHaveAttribute("data-align", "end");
    expect(cell.className).toContain("nx-table-cell--end");
    expect(screen.getByRole("columnheader", { name: "Amount" }).className).toContain(
      "nx-table-head--end",
    );
  });

  it("fails with a clear message on a wrong align", () => {
    // @ts-expect-error: "right" is not an alignment; a logical one is.
    expect(() => render(<TableCell align="right">1</TableCell>)).toThrow(
      /TableCell: align must be "start", "center" or "end" \(got "right"\)/,
    );
  });

  it("keeps the selected state on the row for its look", () => {
    render(<Example />);
    expect(screen.getByRole("row", { name: /Acme/ })).toHaveAttribute("data-state", "selected");
  });

  it("wraps the table in a focusable scroll container, a named region when labelled", async () => {
    const { rerender } = render(<Example />);
    const container = screen.getByRole("table").parentElement!;
    expect(container).toHaveAttribute("data-slot", "table-container");
    expect(container).not.toHaveAttribute("role");
    await userEvent.tab();
    expect(container).toHaveFocus();
    rerender(<Example containerProps={{ "aria-label": "Invoices table", className: "mine" }} />);
    const region = screen.getByRole("region", { name: "Invoices table" });
    expect(region.className.split(" ").at(-1)).toBe("mine");
  });

  it("appends the product's className last on every part", () => {
    render(
      <Table className="p-table">
        <TableBody className="p-body">
          <TableRow className="p-row">
            <TableCell className="p-cell">x</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    expect(screen.getByRole("table").className.split(" ").at(-1)).toBe("p-table");
    expect(screen.getByRole("cell").className.split(" ").at(-1)).toBe("p-cell");
    expect(screen.getByRole("row").className.split(" ").at(-1)).toBe("p-row");
  });

  it("renders on the server", () => {
    const html = renderToString(<Example />);
    expect(html).toContain("<caption");
    expect(html).toContain('data-slot="table-container"');
  });
});
