// Sample figures of the "Acme" dashboard: fixed numbers (no "today", no randomness), so the page
// renders the same on the server, in the browser and in every test. Replace them with your data.

export type Period = "7d" | "30d" | "12m";

export const periods: { value: Period; label: string }[] = [
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "12m", label: "Last 12 months" },
];

/**
 * One point of the revenue chart: a label on the x axis and a value (in euros) per series. A
 * type rather than an interface, so it fits the chart's `data` rows.
 */
export type RevenuePoint = {
  label: string;
  subscriptions: number;
  services: number;
};

export interface KeyFigure {
  label: string;
  value: string;
  delta: {
    value: string;
    direction: "up" | "down" | "flat";
    meaning: "positive" | "negative" | "neutral";
    period: string;
  };
  /** The figure's trend over the period, for the sparkline. */
  trend: number[];
  /** What the sparkline shows, in words (its accessible name). */
  trendLabel: string;
}

export interface Activity {
  id: string;
  who: string;
  what: string;
  /** Shown as written: format dates in the reader's locale and time zone. */
  time: string;
  /** The same moment in ISO 8601. */
  dateTime: string;
  kind: "payment" | "project" | "member" | "alert";
}

export interface TopProject {
  id: string;
  name: string;
  owner: string;
  status: "On track" | "At risk" | "Behind";
  /** Share of the budget spent, 0–100. */
  spent: number;
  revenue: number;
}

export interface DashboardData {
  figures: KeyFigure[];
  revenue: RevenuePoint[];
  activity: Activity[];
  projects: TopProject[];
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** A rising, slightly wavy series: deterministic sample numbers (two decimals). */
function series(length: number, start: number, end: number, wave: number): number[] {
  const step = length > 1 ? (end - start) / (length - 1) : 0;
  return Array.from(
    { length },
    (_, i) => Math.round((start + step * i + wave * Math.sin(i * 1.7)) * 100) / 100,
  );
}

function revenue(labels: string[], start: number, end: number): RevenuePoint[] {
  const subscriptions = series(labels.length, start, end, start * 0.06).map(Math.round);
  const services = series(labels.length, start * 0.3, end * 0.25, start * 0.05).map(Math.round);
  return labels.map((label, i) => ({
    label,
    subscriptions: subscriptions[i] ?? 0,
    services: services[i] ?? 0,
  }));
}

const revenueByPeriod: Record<Period, RevenuePoint[]> = {
  "7d": revenue(days, 1_700, 2_200),
  "30d": revenue(
    // Every other day from 4 November to 2 December.
    Array.from({ length: 15 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 10, 4 + i * 2));
      return `${day.getUTCDate()} ${months[day.getUTCMonth()]}`;
    }),
    3_200,
    4_700,
  ),
  "12m": revenue(months, 26_000, 41_000),
};

const figuresByPeriod: Record<Period, { revenue: string; change: string; vs: string }> = {
  "7d": { revenue: "€17,940", change: "4.1%", vs: "vs previous week" },
  "30d": { revenue: "€78,420", change: "9.6%", vs: "vs October" },
  "12m": { revenue: "€604,800", change: "18.2%", vs: "vs last year" },
};

const activity: Activity[] = [
  {
    id: "a1",
    who: "Grace Hopper",
    what: "paid invoice INV-2041 (€4,200)",
    time: "3 Dec, 14:20",
    dateTime: "2026-12-03T14:20:00Z",
    kind: "payment",
  },
  {
    id: "a2",
    who: "Alan Turing",
    what: "moved Mobile app to Review",
    time: "3 Dec, 11:05",
    dateTime: "2026-12-03T11:05:00Z",
    kind: "project",
  },
  {
    id: "a3",
    who: "Katherine Johnson",
    what: "joined the Design team",
    time: "2 Dec, 16:40",
    dateTime: "2026-12-02T16:40:00Z",
    kind: "member",
  },
  {
    id: "a4",
    who: "Billing",
    what: "could not charge Initech's card",
    time: "2 Dec, 09:12",
    dateTime: "2026-12-02T09:12:00Z",
    kind: "alert",
  },
  {
    id: "a5",
    who: "Ada Lovelace",
    what: "created Brand refresh",
    time: "1 Dec, 10:30",
    dateTime: "2026-12-01T10:30:00Z",
    kind: "project",
  },
];

const projects: TopProject[] = [
  {
    id: "p1",
    name: "Website relaunch",
    owner: "Ada Lovelace",
    status: "On track",
    spent: 64,
    revenue: 48_200,
  },
  {
    id: "p2",
    name: "Mobile app",
    owner: "Alan Turing",
    status: "At risk",
    spent: 88,
    revenue: 36_900,
  },
  {
    id: "p3",
    name: "Brand refresh",
    owner: "Grace Hopper",
    status: "On track",
    spent: 31,
    revenue: 22_400,
  },
  {
    id: "p4",
    name: "Data warehouse",
    owner: "Katherine Johnson",
    status: "Behind",
    spent: 97,
    revenue: 18_750,
  },
];

/** The dashboard's figures for a period. */
export function dashboardData(period: Period = "30d"): DashboardData {
  const points = revenueByPeriod[period];
  const totals = points.map((p) => p.subscriptions + p.services);
  const headline = figuresByPeriod[period];
  return {
    figures: [
      {
        label: "Revenue",
        value: headline.revenue,
        delta: {
          value: headline.change,
          direction: "up",
          meaning: "positive",
          period: headline.vs,
        },
        trend: totals,
        trendLabel: `Revenue over the period: rising from €${totals[0]?.toLocaleString("en-GB")} to €${totals.at(-1)?.toLocaleString("en-GB")}`,
      },
      {
        label: "New customers",
        value: period === "12m" ? "1,284" : period === "30d" ? "142" : "37",
        delta: { value: "12", direction: "up", meaning: "positive", period: headline.vs },
        trend: series(points.length, 9, 24, 3),
        trendLabel: "New customers over the period: rising, with a dip mid-period",
      },
      {
        label: "Active projects",
        value: "48",
        delta: { value: "0", direction: "flat", meaning: "neutral", period: headline.vs },
        trend: series(points.length, 45, 48, 1.5),
        trendLabel: "Active projects over the period: steady around 48",
      },
      {
        label: "Churn rate",
        value: "2.4%",
        delta: { value: "0.6 pt", direction: "up", meaning: "negative", period: headline.vs },
        trend: series(points.length, 1.2, 2.4, 0.15),
        trendLabel: "Churn over the period: creeping up from 1.2% to 2.4%",
      },
    ],
    revenue: points,
    activity,
    projects,
  };
}
