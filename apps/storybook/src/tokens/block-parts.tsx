// The frame, table and text styles the Foundations doc blocks share.
import { Unstyled } from "@storybook/addon-docs/blocks";
import type * as React from "react";

// Block chrome follows the toolbar theme through the tokens themselves.
export const ui = {
  text: "var(--nx-color-foreground)",
  muted: "var(--nx-color-muted-foreground)",
  border: "var(--nx-color-border)",
  surface: "var(--nx-color-surface)",
  font: "var(--nx-font-family-sans)",
  mono: "var(--nx-font-family-mono)",
};

export const codeStyle: React.CSSProperties = { fontFamily: ui.mono, fontSize: "0.75rem" };
export const captionStyle: React.CSSProperties = {
  color: ui.muted,
  fontSize: "0.75rem",
  lineHeight: "1rem",
};

export function Frame({
  children,
  style,
}: {
  children: React.ReactNode;
  style?: React.CSSProperties;
}) {
  // Unstyled: the docs page's own table/heading styles must not restyle the token previews.
  return (
    <Unstyled>
      <div
        style={{
          fontFamily: ui.font,
          color: ui.text,
          background: "var(--nx-color-background)",
          border: `1px solid ${ui.border}`,
          borderRadius: "0.5rem",
          padding: "1rem",
          margin: "1rem 0 2rem",
          ...style,
        }}
      >
        {children}
      </div>
    </Unstyled>
  );
}

export function Table({ head, children }: { head: string[]; children: React.ReactNode }) {
  return (
    <table style={{ width: "100%", borderCollapse: "collapse", fontSize: "0.875rem" }}>
      <thead>
        <tr>
          {head.map((cell) => (
            <th
              key={cell}
              scope="col"
              style={{
                textAlign: "left",
                padding: "0.5rem",
                borderBottom: `1px solid ${ui.border}`,
                color: ui.muted,
                fontWeight: 500,
              }}
            >
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export const cellStyle: React.CSSProperties = {
  padding: "0.5rem",
  borderBottom: `1px solid ${ui.border}`,
  verticalAlign: "middle",
};
