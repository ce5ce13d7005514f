import {
  Alert,
  AlertDescription,
  AlertTitle,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Stat,
} from "@nexod/ui";
import { ChartArea, ChartBar, Sparkline, type ChartConfig } from "@nexod/ui/chart";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Dashboard" };

// Fixed figures (no "today"): the page renders the same for every visitor and every test run.
const revenue = [
  { month: "Jul", subscriptions: 31, services: 9 },
  { month: "Aug", subscriptions: 33, services: 11 },
  { month: "Sep", subscriptions: 36, services: 10 },
  { month: "Oct", subscriptions: 38, services: 12 },
  { month: "Nov", subscriptions: 41, services: 13 },
  { month: "Dec", subscriptions: 44, services: 14 },
];
const revenueConfig: ChartConfig = {
  subscriptions: { label: "Subscriptions" },
  services: { label: "Services" },
};
const tickets = [
  { team: "Billing", open: 12, closed: 30 },
  { team: "Platform", open: 7, closed: 41 },
  { team: "Mobile", open: 15, closed: 22 },
  { team: "Search", open: 4, closed: 18 },
];
const ticketConfig: ChartConfig = { open: { label: "Open" }, closed: { label: "Closed" } };

/**
 * Stat cards (server components) and two charts (client components from @nexod/ui/chart). Props
 * of the charts cross the server/client boundary, so they must be serialisable: a
 * `valueFormatter` function needs a small "use client" wrapper around the chart.
 */
export default function DashboardPage() {
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <Alert variant="info">
        <AlertTitle>Demo figures</AlertTitle>
        <AlertDescription>
          This workspace shows fixed numbers; connect billing to see your own.
        </AlertDescription>
      </Alert>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Stat
          label="Monthly revenue"
          value="€58,000"
          delta={{ value: "7%", direction: "up", meaning: "positive", period: "vs November" }}
          sparkline={
            <Sparkline
              aria-label="Revenue, July to December: rising from €40k to €58k"
              data={revenue.map((m) => m.subscriptions + m.services)}
            />
          }
        />
        <Stat
          label="Failed payments"
          value="31"
          delta={{ value: "8", direction: "down", meaning: "positive", period: "vs last week" }}
        />
        <Stat
          label="Churned accounts"
          value="14"
          delta={{ value: "4", direction: "up", meaning: "negative", period: "vs last month" }}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle level={2}>Revenue</CardTitle>
          </CardHeader>
          <CardContent>
            <ChartArea
              title="Revenue by source, July to December"
              hideTitle
              description="Subscriptions grew every month; services stayed between €9k and €14k."
              data={revenue}
              config={revenueConfig}
              indexKey="month"
              stacked
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle level={2}>Support tickets</CardTitle>
          </CardHeader>
          <CardContent>
            <ChartBar
              title="Open and closed tickets by team"
              hideTitle
              description="Platform closed the most tickets; Mobile has the most open."
              data={tickets}
              config={ticketConfig}
              indexKey="team"
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
