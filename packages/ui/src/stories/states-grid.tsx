import * as React from "react";

/**
 * The "States" stories' grid: one row per variant (or size), one column per state, with small
 * text headers. Story markup is not compiled by Tailwind, so it is styled with token variables.
 */

const headerStyle: React.CSSProperties = {
  fontFamily: "var(--nx-font-family-sans)",
  fontSize: "var(--nx-font-size-xs)",
  lineHeight: "var(--nx-font-line-height-xs)",
  fontWeight: "var(--nx-font-weight-medium)",
  color: "var(--nx-color-muted-foreground)",
};

export interface StatesGridRow {
  /** The row header: a variant or a size. */
  name: string;
  /** One cell per state, in the order of `states`. */
  cells: readonly React.ReactNode[];
}

export interface StatesGridProps {
  /** Column headers. */
  states: readonly string[];
  rows: readonly StatesGridRow[];
}

export function StatesGrid({ states, rows }: StatesGridProps) {
  return (
    <div
      style={{
        display: "grid",
        gridTemplateColumns: `auto repeat(${states.length}, auto)`,
        gap: "var(--nx-spacing-4) var(--nx-spacing-6)",
        alignItems: "center",
        justifyContent: "start",
        justifyItems: "start",
      }}
    >
      <span />
      {states.map((state) => (
        <span key={state} style={headerStyle}>
          {state}
        </span>
      ))}
      {rows.map((row) => (
        <React.Fragment key={row.name}>
          <span style={headerStyle}>{row.name}</span>
          {row.cells.map((cell, index) => (
            <React.Fragment key={states[index]}>{cell}</React.Fragment>
          ))}
        </React.Fragment>
      ))}
    </div>
  );
}

/** `#<prefix>-<row>-<state>` for every row: the ids a story passes to `parameters.pseudo`. */
export function cellSelectors(prefix: string, rows: readonly string[], state: string): string[] {
  return rows.map((row) => `#${prefix}-${row}-${state}`);
}

/** The states every form control shows in its "States" story, in column order. */
export const controlStates = ["rest", "focus", "invalid", "invalid focus", "disabled"] as const;
export type ControlState = (typeof controlStates)[number];

/** What puts a control into `state`; `id` is the cell's id that `controlStatesParameters` forces. */
export interface ControlStateProps {
  id: string;
  "aria-invalid": true | undefined;
  disabled: boolean;
}

/** The `parameters` of a form control's "States" story: keyboard focus forced on the focus columns. */
export function controlStatesParameters(prefix: string, rows: readonly string[]) {
  return {
    pseudo: {
      rootSelector: "body",
      focusVisible: [
        ...cellSelectors(prefix, rows, "focus"),
        ...cellSelectors(prefix, rows, "invalid-focus"),
      ],
    },
  };
}

export interface ControlStatesGridProps<Row extends string> {
  /** Prefix of the cell ids; the same as given to `controlStatesParameters`. */
  prefix: string;
  rows: readonly Row[];
  /** One control for a row in a state; spread `stateProps` onto the focusable element. */
  renderCell: (row: Row, state: ControlState, stateProps: ControlStateProps) => React.ReactNode;
}

/** A form control in every row (size or value) × every `controlStates` column. */
export function ControlStatesGrid<Row extends string>({
  prefix,
  rows,
  renderCell,
}: ControlStatesGridProps<Row>) {
  return (
    <StatesGrid
      states={controlStates}
      rows={rows.map((row) => ({
        name: row,
        cells: controlStates.map((state) => (
          <React.Fragment key={state}>
            {renderCell(row, state, {
              id: `${prefix}-${row}-${state.replace(" ", "-")}`,
              "aria-invalid": state.startsWith("invalid") || undefined,
              disabled: state === "disabled",
            })}
          </React.Fragment>
        )),
      }))}
    />
  );
}
