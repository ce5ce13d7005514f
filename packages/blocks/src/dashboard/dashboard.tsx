import {
  AlertTriangleIcon,
  CreditCardIcon,
  DownloadIcon,
  FolderIcon,
  UserPlusIcon,
} from "@nexod/icons";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
  Progress,
  Stat,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Timeline,
  TimelineItem,
  PageHeader,
} from "@nexod/ui";
import { Sparkline } from "@nexod/ui/chart";
import type * as React from "react";
import { dashboardData, periods, type Activity, type DashboardData, type Period } from "./data";
import { PeriodSelect } from "./period-select";
import { RevenueChart } from "./revenue-chart";

export interface DashboardBlockProps {
  /**
   * The period shown; the period menu writes it to the URL (`?period=`), so the page passes it
   * from `searchParams`.
   */
  period?: Period;
  /** The figures (sample data for `period` from `data.ts` by default). */
  data?: DashboardData;
  /** Where "Export" leads: a route handler that sends a CSV, for example. */
  exportHref?: string;
}

const activityLook: Record<
  Activity["kind"],
  { icon: React.ReactNode; status: "success" | "primary" | "info" | "destructive"; label: string }
> = {
  payment: { icon: <CreditCardIcon />, status: "success", label: "Payment" },
  project: { icon: <FolderIcon />, status: "primary", label: "Project" },
  member: { icon: <UserPlusIcon />, status: "info", label: "Team" },
  alert: { icon: <AlertTriangleIcon />, status: "destructive", label: "Problem" },
};

const statusVariant = {
  "On track": "success",
  "At risk": "warning",
  Behind: "destructive",
} as const;

const euros = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
});

/**
 * A dashboard page: the page header with the period and an export, four key figures with their
 * change and trend, revenue over the period, recent activity and the top projects. A server
 * component (the chart and the period menu are client islands): fetch the figures in the page
 * and pass them as `data`.
 */
export function DashboardBlock({
  period = "30d",
  data = dashboardData(period),
  exportHref = "/api/reports/dashboard.csv",
}: DashboardBlockProps) {
  const periodLabel = periods.find((p) => p.value === period)?.label ?? period;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Dashboard"
        description="Revenue, customers and activity across your workspace."
        actions={
          <>
            <PeriodSelect value={period} />
            <Button asChild variant="outline">
              <a href={exportHref} download>
                <DownloadIcon />
                Export
              </a>
            </Button>
          </>
        }
      />

      <section aria-label="Key figures" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {data.figures.map((figure) => (
          <Stat
            key={figure.label}
            label={figure.label}
            value={figure.value}
            delta={figure.delta}
            sparkline={<Sparkline aria-label={figure.trendLabel} data={figure.trend} />}
          />
        ))}
      </section>

      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle level={2}>Revenue</CardTitle>
            <CardDescription>
              Subscriptions and services, {periodLabel.toLowerCase()}.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <RevenueChart data={data.revenue} period={periodLabel} />
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle level={2} id="dashboard-activity">
              Recent activity
            </CardTitle>
            <CardDescription>What changed in your workspace.</CardDescription>
          </CardHeader>
          <CardContent>
            <Timeline aria-labelledby="dashboard-activity">
              {data.activity.map((item) => {
                const look = activityLook[item.kind];
                return (
                  <TimelineItem
                    key={item.id}
                    status={look.status}
                    icon={look.icon}
                    markerLabel={look.label}
                    title={
                      <>
                        <span className="font-medium">{item.who}</span> {item.what}
                      </>
                    }
                    time={item.time}
                    dateTime={item.dateTime}
                  />
                );
              })}
            </Timeline>
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle level={2} id="dashboard-projects">
            Top projects
          </CardTitle>
          <CardDescription>By revenue this period, with the share of budget spent.</CardDescription>
        </CardHeader>
        <CardContent>
          <Table aria-labelledby="dashboard-projects">
            <TableHeader>
              <TableRow>
                <TableHead>Project</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Budget spent</TableHead>
                <TableHead align="end">Revenue</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.projects.map((project) => (
                <TableRow key={project.id}>
                  <TableCell>
                    <div className="font-medium">{project.name}</div>
                    <div className="text-sm text-muted-foreground">{project.owner}</div>
                  </TableCell>
                  <TableCell>
                    <Badge variant={statusVariant[project.status]}>{project.status}</Badge>
                  </TableCell>
                  <TableCell>
                    <Progress
                      value={project.spent}
                      aria-label={`Budget spent on ${project.name}`}
                      showValue
                      className="min-w-32"
                    />
                  </TableCell>
                  <TableCell align="end" className="tabular-nums">
                    {euros.format(project.revenue)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
