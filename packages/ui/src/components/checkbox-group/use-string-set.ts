"use client";

import * as React from "react";

/**
 * The `string[]` value of a group of checkboxes, controlled (`value` + `onValueChange`) or not
 * (`defaultValue`). CheckboxGroup's; not exported from the package.
 */
export function useStringSet({
  value,
  defaultValue,
  onValueChange,
  order,
}: {
  value: string[] | undefined;
  defaultValue: string[] | undefined;
  onValueChange: ((value: string[]) => void) | undefined;
  /** Known values in display order: a changed value lists them in this order. */
  order: readonly string[];
}) {
  const [uncontrolled, setUncontrolled] = React.useState<string[]>(defaultValue ?? []);
  const current = value ?? uncontrolled;
  // The value the last change made, before React renders it: a form reset, or boxes ticked
  // before hydration, change several boxes in one task, and each change builds on the last.
  const latest = React.useRef(current);
  React.useEffect(() => {
    latest.current = current;
  });

  const commit = React.useCallback(
    (next: Set<string>) => {
      const ordered = [
        ...order.filter((item) => next.has(item)),
        ...[...next].filter((item) => !order.includes(item)),
      ];
      latest.current = ordered;
      if (value === undefined) setUncontrolled(ordered);
      onValueChange?.(ordered);
    },
    [order, value, onValueChange],
  );

  const setChecked = React.useCallback(
    (item: string, checked: boolean) => {
      const next = new Set(latest.current);
      if (checked) next.add(item);
      else next.delete(item);
      commit(next);
    },
    [commit],
  );

  return { current, setChecked, commit };
}
