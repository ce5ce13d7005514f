import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { Button } from "../button";
import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
} from "../breadcrumb";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "../tabs";
import { PageHeader } from "./page-header";

const invoicesBreadcrumb = (
  <Breadcrumb>
    <BreadcrumbList>
      <BreadcrumbItem>
        <BreadcrumbLink href="#home">Home</BreadcrumbLink>
      </BreadcrumbItem>
      <BreadcrumbSeparator />
      <BreadcrumbItem>
        <BreadcrumbLink href="#billing">Billing</BreadcrumbLink>
      </BreadcrumbItem>
      <BreadcrumbSeparator />
      <BreadcrumbItem>
        <BreadcrumbPage>Invoices</BreadcrumbPage>
      </BreadcrumbItem>
    </BreadcrumbList>
  </Breadcrumb>
);

const invoiceActions = (
  <>
    <Button variant="outline">Export</Button>
    <Button>New invoice</Button>
  </>
);

const meta = {
  title: "Layout/Page Header",
  component: PageHeader,
  tags: ["autodocs"],
  args: {
    title: "Invoices",
    description: "Every invoice sent to your customers this year.",
    level: 1,
    breadcrumb: invoicesBreadcrumb,
    actions: invoiceActions,
  },
  argTypes: {
    level: { control: "inline-radio", options: [1, 2, 3, 4, 5, 6] },
    title: { control: "text" },
    description: { control: "text" },
    breadcrumb: { control: false },
    actions: { control: false },
  },
} satisfies Meta<typeof PageHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Breadcrumb, an h1 title, a description and the page's actions at the end of the title row. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();
    await expect(canvas.getByRole("navigation", { name: "Breadcrumb" })).toBeVisible();
    // The actions share the title's row on a wide screen.
    const title = canvas.getByRole("heading", { level: 1 }).getBoundingClientRect();
    const action = canvas.getByRole("button", { name: "New invoice" }).getBoundingClientRect();
    await expect(action.left).toBeGreaterThan(title.right);
  },
};

export const TitleOnly: Story = {
  args: { breadcrumb: undefined, description: undefined, actions: undefined },
};

/** A header for a section inside a page that already has an h1. */
export const Level2: Story = {
  args: { level: 2, title: "Payment methods", breadcrumb: undefined },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("heading", { level: 2, name: "Payment methods" }),
    ).toBeVisible();
  },
};

/** Children render under the header: tabs for the page's sections. */
export const WithTabs: Story = {
  args: {
    children: (
      <Tabs defaultValue="all">
        <TabsList aria-label="Invoices">
          <TabsTrigger value="all">All</TabsTrigger>
          <TabsTrigger value="open">Open</TabsTrigger>
          <TabsTrigger value="paid">Paid</TabsTrigger>
        </TabsList>
        {["all", "open", "paid"].map((value) => (
          <TabsContent key={value} value={value}>
            <p style={{ margin: 0 }}>{`The ${value} invoices are listed here.`}</p>
          </TabsContent>
        ))}
      </Tabs>
    ),
  },
};

/** In a narrow column (a phone) the actions wrap under the title instead of squeezing it. */
export const Narrow: Story = {
  render: (args) => (
    <div style={{ inlineSize: 320 }}>
      <PageHeader {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole("heading", { level: 1 }).getBoundingClientRect();
    const action = canvas.getByRole("button", { name: "New invoice" }).getBoundingClientRect();
    await expect(action.top).toBeGreaterThanOrEqual(title.bottom);
  },
};

/** A long title wraps; the actions stay whole. */
export const LongTitle: Story = {
  args: {
    title: "Quarterly revenue reconciliation for the European subsidiaries",
    description: "Matched against the bank statements of every account, updated nightly.",
  },
};
