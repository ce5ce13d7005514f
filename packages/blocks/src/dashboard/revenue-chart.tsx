"use client";

import { ChartArea, type ChartConfig } from "@nexod/ui/chart";
import type { RevenuePoint } from "./data";

const config: ChartConfig = {
  subscriptions: { label: "Subscriptions" },
  services: { label: "Services" },
};

const euros = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "EUR",
  notation: "compact",
  maximumFractionDigits: 1,
});

/**
 * The revenue area chart. Its own client file because `valueFormatter` is a function, which a
 * server component cannot pass to a client one.
 */
export function RevenueChart({ data, period }: { data: RevenuePoint[]; period: string }) {
  return (
    <ChartArea
      title={`Revenue by source, ${period.toLowerCase()}`}
      hideTitle
      description="Subscriptions grow steadily; services stay a smaller, flatter share."
      data={data}
      config={config}
      indexKey="label"
      stacked
      height={300}
      valueFormatter={(value) => euros.format(Number(value))}
    />
  );
}
