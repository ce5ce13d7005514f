"use client";

import { ArrowDownIcon, ArrowUpIcon, EyeOffIcon, MoreVerticalIcon, XIcon } from "@nexod/icons";
import type { ColumnPinningPosition } from "@tanstack/react-table";
import * as React from "react";
import { Button } from "../button/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "../dropdown-menu/dropdown-menu";
import {
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
} from "../dropdown-menu/dropdown-menu-selection";

/** Texts of a column's header menu (part of `DataTableLabels`). */
export interface DataTableColumnMenuLabels {
  /** @default (column) => `${column} column options` */
  columnMenu: (column: string) => string;
  /** @default "Sort ascending" */
  sortAscending: string;
  /** @default "Sort descending" */
  sortDescending: string;
  /** @default "Clear sort" */
  clearSort: string;
  /** @default "Pin column" */
  pin: string;
  /** @default "Pin to start" */
  pinStart: string;
  /** @default "Pin to end" */
  pinEnd: string;
  /** @default "Not pinned" */
  unpinned: string;
  /** @default "Hide column" */
  hideColumn: string;
}

export const defaultColumnMenuLabels: DataTableColumnMenuLabels = {
  columnMenu: (column) => `${column} column options`,
  sortAscending: "Sort ascending",
  sortDescending: "Sort descending",
  clearSort: "Clear sort",
  pin: "Pin column",
  pinStart: "Pin to start",
  pinEnd: "Pin to end",
  unpinned: "Not pinned",
  hideColumn: "Hide column",
};

const pinValues = { start: "start", end: "end", none: "none" } as const;

/**
 * A header's "⋮" menu: sort ascending/descending (or clear), pin to the start or end edge (or
 * unpin) and hide — the column menu of shadcn's data-table column header and AG Grid. Radix's
 * DropdownMenu gives the keyboard (Enter/Space/ArrowDown open, arrows move, Escape returns focus).
 */
export function DataTableColumnMenu({
  column,
  label,
  labels,
}: {
  column: DataTableColumnMenuApi;
  label: string;
  labels: DataTableColumnMenuLabels;
}) {
  const triggerRef = React.useRef<HTMLButtonElement>(null);
  const hideOnClose = React.useRef(false);
  const canSort = column.getCanSort();
  const canPin = column.getCanPin();
  const canHide = column.getCanHide();
  if (!canSort && !canPin && !canHide) return null;
  const sorted = column.getIsSorted();
  const pinned = column.getIsPinned();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          ref={triggerRef}
          variant="ghost"
          size="icon"
          className="nx-data-table-column-menu"
          aria-label={labels.columnMenu(label)}
        >
          <MoreVerticalIcon aria-hidden className="nx-data-table__icon" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align="start"
        className="nx-data-table-column-menu-content"
        onCloseAutoFocus={(event) => {
          if (!hideOnClose.current) return;
          // The menu goes with its column: focus moves to the table's scroll container instead
          // of falling back to the page. Hidden once the menu has closed.
          hideOnClose.current = false;
          event.preventDefault();
          triggerRef.current?.closest<HTMLElement>('[data-slot="table-container"]')?.focus();
          column.toggleVisibility(false);
        }}
      >
        {canSort ? (
          <DropdownMenuGroup>
            <DropdownMenuItem
              disabled={sorted === "asc"}
              onSelect={() => column.toggleSorting(false, false)}
            >
              <ArrowUpIcon aria-hidden className="nx-data-table__icon" />
              {labels.sortAscending}
            </DropdownMenuItem>
            <DropdownMenuItem
              disabled={sorted === "desc"}
              onSelect={() => column.toggleSorting(true, false)}
            >
              <ArrowDownIcon aria-hidden className="nx-data-table__icon" />
              {labels.sortDescending}
            </DropdownMenuItem>
            {sorted ? (
              <DropdownMenuItem onSelect={() => column.clearSorting()}>
                <XIcon aria-hidden className="nx-data-table__icon" />
                {labels.clearSort}
              </DropdownMenuItem>
            ) : null}
          </DropdownMenuGroup>
        ) : null}
        {canSort && canPin ? <DropdownMenuSeparator /> : null}
        {canPin ? (
          <DropdownMenuGroup>
            <DropdownMenuLabel inset>{labels.pin}</DropdownMenuLabel>
            <DropdownMenuRadioGroup
              value={pinned || pinValues.none}
              onValueChange={(value) =>
                column.pin(value === pinValues.none ? false : (value as ColumnPinningPosition))
              }
            >
              <DropdownMenuRadioItem value={pinValues.start}>
                {labels.pinStart}
              </DropdownMenuRadioItem>
              <DropdownMenuRadioItem value={pinValues.end}>{labels.pinEnd}</DropdownMenuRadioItem>
              <DropdownMenuRadioItem value={pinValues.none}>
                {labels.unpinned}
              </DropdownMenuRadioItem>
            </DropdownMenuRadioGroup>
          </DropdownMenuGroup>
        ) : null}
        {canHide && (canSort || canPin) ? <DropdownMenuSeparator /> : null}
        {canHide ? (
          <DropdownMenuItem
            onSelect={() => {
              hideOnClose.current = true;
            }}
          >
            <EyeOffIcon aria-hidden className="nx-data-table__icon" />
            {labels.hideColumn}
          </DropdownMenuItem>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** The column methods the menu calls (sorting, pinning and visibility features). */
interface DataTableColumnMenuApi {
  getCanSort: () => boolean;
  getIsSorted: () => false | "asc" | "desc";
  toggleSorting: (desc?: boolean, isMulti?: boolean) => void;
  clearSorting: () => void;
  getCanPin: () => boolean;
  getIsPinned: () => ColumnPinningPosition;
  pin: (position: ColumnPinningPosition) => void;
  getCanHide: () => boolean;
  toggleVisibility: (visible?: boolean) => void;
}
