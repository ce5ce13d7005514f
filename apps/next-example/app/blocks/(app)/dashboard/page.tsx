import { DashboardBlock, periods, type Period } from "@nexod/blocks/dashboard";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Dashboard · Blocks" };

function isPeriod(value: unknown): value is Period {
  return periods.some((period) => period.value === value);
}

/** The dashboard block; the period comes from the URL (`?period=12m`), written by its menu. */
export default async function DashboardBlockPage({
  searchParams,
}: {
  searchParams: Promise<{ period?: string | string[] }>;
}) {
  const { period } = await searchParams;
  return <DashboardBlock period={isPeriod(period) ? period : "30d"} />;
}
