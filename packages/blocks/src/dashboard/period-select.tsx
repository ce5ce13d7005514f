"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@nexod/ui";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { periods, type Period } from "./data";

/**
 * The period of the figures, kept in the URL (`?period=30d`): the server page reads it and
 * renders that period, and the back button returns to the previous one.
 */
export function PeriodSelect({ value }: { value: Period }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <Select
      value={value}
      onValueChange={(next) => {
        const search = new URLSearchParams(params.toString());
        search.set("period", next);
        router.push(`${pathname}?${search.toString()}`, { scroll: false });
      }}
    >
      <SelectTrigger aria-label="Period" className="w-40">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {periods.map((period) => (
          <SelectItem key={period.value} value={period.value}>
            {period.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
