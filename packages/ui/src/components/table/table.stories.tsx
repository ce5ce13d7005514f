import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { StatesGrid } from "../../stories/states-grid";
import { Badge } from "../badge";
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

const invoices = [
  { id: "INV-1042", client: "Acme Corporation", status: "Paid", due: "2026-11-02", amount: 1250 },
  { id: "INV-1043", client: "Globex", status: "Pending", due: "2026-11-09", amount: 320.5 },
  { id: "INV-1044", client: "Initech", status: "Overdue", due: "2026-10-28", amount: 12800 },
  { id: "INV-1045", client: "Umbrella Health", status: "Paid", due: "2026-11-15", amount: 75 },
  {
    id: "INV-1046",
    client: "Stark Industries",
    status: "Pending",
    due: "2026-11-21",
    amount: 4999.99,
  },
] as const;

const statusVariant = { Paid: "success", Pending: "neutral", Overdue: "warning" } as const;
const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" });

function InvoiceTable({ selected, ...props }: TableProps & { selected?: string }) {
  const total = invoices.reduce((sum, invoice) => sum + invoice.amount, 0);
  return (
    <Table {...props}>
      <TableCaption>Invoices of November 2026</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Invoice</TableHead>
          <TableHead>Client</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Due</TableHead>
          <TableHead align="end">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((invoice) => (
          <TableRow key={invoice.id} data-state={invoice.id === selected ? "selected" : undefined}>
            <TableCell>{invoice.id}</TableCell>
            <TableCell>{invoice.client}</TableCell>
            <TableCell>
              <Badge variant={statusVariant[invoice.status]}>{invoice.status}</Badge>
            </TableCell>
            <TableCell>{invoice.due}</TableCell>
            <TableCell align="end">{money.format(invoice.amount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={4}>Total</TableCell>
          <TableCell align="end">{money.format(total)}</TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}

const meta = {
  title: "Data display/Table",
  component: Table,
  tags: ["autodocs"],
  argTypes: {
    density: { control: "inline-radio", options: ["comfortable", "compact"] },
    dividers: { control: "inline-radio", options: ["rows", "grid", "none"] },
    stickyHeader: { control: "boolean" },
  },
  render: (args) => <InvoiceTable {...args} />,
} satisfies Meta<typeof Table>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole("table", { name: "Invoices of November 2026" });
    await expect(within(table).getAllByRole("columnheader")).toHaveLength(5);
    await expect(canvas.getByRole("columnheader", { name: "Amount" })).toHaveAttribute(
      "data-align",
      "end",
    );
    // The scroll container is reachable from the keyboard.
    await userEvent.tab();
    await expect(canvasElement.querySelector('[data-slot="table-container"]')).toHaveFocus();
  },
};

export const Compact: Story = { args: { density: "compact" } };

export const GridDividers: Story = { args: { dividers: "grid" } };

export const NoDividers: Story = { args: { dividers: "none" } };

export const SelectedRow: Story = {
  render: (args) => <InvoiceTable {...args} selected="INV-1044" />,
};

/** The header stays in view while the container (240px high here) scrolls. */
export const StickyHeader: Story = {
  args: {
    stickyHeader: true,
    containerProps: { style: { height: 240 }, "aria-label": "Invoices" },
  },
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole("region", { name: "Invoices" });
    region.scrollTop = 120;
    const head = within(region).getByRole("columnheader", { name: "Invoice" });
    await expect(head.getBoundingClientRect().top).toBeCloseTo(
      region.getBoundingClientRect().top,
      0,
    );
  },
};

/** A table wider than its container scrolls; the edge with more content shows a shadow. */
export const Overflow: Story = {
  render: (args) => (
    <div style={{ maxWidth: 360 }}>
      <InvoiceTable {...args} containerProps={{ "aria-label": "Invoices (scrolls)" }} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole("region", { name: "Invoices (scrolls)" });
    await expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    region.focus();
    await userEvent.keyboard("{ArrowRight}");
  },
};

/** Density × dividers, with a selected row in each. */
export const States: Story = {
  render: (args) => (
    <StatesGrid
      states={["rows", "grid", "none"]}
      rows={(["comfortable", "compact"] as const).map((density) => ({
        name: density,
        cells: (["rows", "grid", "none"] as const).map((dividers) => (
          <Table key={dividers} {...args} density={density} dividers={dividers}>
            <TableHeader>
              <TableRow>
                <TableHead>Client</TableHead>
                <TableHead align="end">Amount</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoices.slice(0, 3).map((invoice) => (
                <TableRow
                  key={invoice.id}
                  data-state={invoice.id === "INV-1043" ? "selected" : undefined}
                >
                  <TableCell>{invoice.client}</TableCell>
                  <TableCell align="end">{money.format(invoice.amount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )),
      }))}
    />
  ),
};
