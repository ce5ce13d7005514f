import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Badge } from "../badge";
import {
  DescriptionDetails,
  DescriptionList,
  DescriptionListItem,
  DescriptionTerm,
  type DescriptionListProps,
} from ".";

const invoice = [
  { term: "Invoice", details: "INV-2041" },
  { term: "Customer", details: "Lovelace Analytics Ltd" },
  { term: "Status", details: <Badge variant="success">Paid</Badge> },
  { term: "Amount", details: "€1,240.00" },
  { term: "Issued", details: <time dateTime="2026-11-03">3 November 2026</time> },
];

function Invoice(props: DescriptionListProps) {
  return (
    <DescriptionList {...props}>
      {invoice.map((item) => (
        <DescriptionListItem key={item.term}>
          <DescriptionTerm>{item.term}</DescriptionTerm>
          <DescriptionDetails>{item.details}</DescriptionDetails>
        </DescriptionListItem>
      ))}
    </DescriptionList>
  );
}

const meta = {
  title: "Data display/Description List",
  component: DescriptionList,
  subcomponents: { DescriptionListItem, DescriptionTerm, DescriptionDetails },
  tags: ["autodocs"],
  args: { layout: "horizontal", divided: false },
  argTypes: {
    layout: { control: "inline-radio", options: ["horizontal", "vertical"] },
    divided: { control: "boolean" },
  },
  render: (args) => (
    <div style={{ inlineSize: 520 }}>
      <Invoice {...args} />
    </div>
  ),
} satisfies Meta<typeof DescriptionList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Terms beside their details; a `<dl>` of terms and definitions for screen readers. */
export const Horizontal: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const terms = canvas.getAllByRole("term");
    const definitions = canvas.getAllByRole("definition");
    await expect(terms.map((term) => term.textContent)).toEqual(invoice.map((item) => item.term));
    await expect(definitions).toHaveLength(5);
    const term = terms[0]!.getBoundingClientRect();
    const details = definitions[0]!.getBoundingClientRect();
    await expect(Math.round(details.top)).toBe(Math.round(term.top));
    await expect(details.left).toBeGreaterThan(term.right);
  },
};

export const Vertical: Story = { args: { layout: "vertical" } };

export const Divided: Story = { args: { divided: true } };

export const VerticalDivided: Story = { args: { layout: "vertical", divided: true } };

/** A horizontal list in a narrow container stacks by itself (a container query, not the viewport). */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 260 }}>
      <Invoice {...args} divided />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const term = canvas.getAllByRole("term")[0]!.getBoundingClientRect();
    const details = canvas.getAllByRole("definition")[0]!.getBoundingClientRect();
    await expect(details.top).toBeGreaterThanOrEqual(term.bottom);
  },
};

/** Several details for one term, and a long value that wraps instead of overflowing. */
export const MultipleDetails: Story = {
  render: (args) => (
    <div style={{ inlineSize: 520 }}>
      <DescriptionList {...args} divided>
        <DescriptionListItem>
          <DescriptionTerm>Billing contacts</DescriptionTerm>
          <DescriptionDetails>ada@lovelace-analytics.example</DescriptionDetails>
          <DescriptionDetails>finance@lovelace-analytics.example</DescriptionDetails>
        </DescriptionListItem>
        <DescriptionListItem>
          <DescriptionTerm>Webhook</DescriptionTerm>
          <DescriptionDetails>
            https://hooks.lovelace-analytics.example/nexod/invoices/events/v2/receive
          </DescriptionDetails>
        </DescriptionListItem>
      </DescriptionList>
    </div>
  ),
};
