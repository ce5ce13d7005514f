import type { Meta, StoryObj } from "@storybook/react-vite";
import { Badge } from "../badge";
import { Button } from "../button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "./card";

const meta = {
  title: "Layout/Card",
  component: Card,
  tags: ["autodocs"],
} satisfies Meta<typeof Card>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  render: (args) => (
    <Card {...args} style={{ maxWidth: 360 }}>
      <CardHeader>
        <CardTitle>Team plan</CardTitle>
        <CardDescription>Everything your team needs to ship.</CardDescription>
      </CardHeader>
      <CardContent>
        <p style={{ margin: 0 }}>12 seats · 200 GB storage · priority support</p>
      </CardContent>
      <CardFooter>
        <Button>Upgrade</Button>
        <Button variant="ghost">Compare plans</Button>
      </CardFooter>
    </Card>
  ),
};

export const WithStatus: Story = {
  render: (args) => (
    <Card {...args} style={{ maxWidth: 360 }}>
      <CardHeader>
        <CardTitle level={2}>Invoice #1042</CardTitle>
        <CardDescription>Due 1 December 2026</CardDescription>
      </CardHeader>
      <CardContent>
        <Badge variant="success">Paid</Badge>
      </CardContent>
    </Card>
  ),
};
