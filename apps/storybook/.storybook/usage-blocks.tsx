// The blocks a component's `<name>.usage.mdx` uses without importing them (the docs page passes
// them as MDX components): live examples and do/don't pairs, painted with the Nexod tokens of the
// current theme so the components look as they do in a product.
import { Unstyled } from "@storybook/addon-docs/blocks";
import type * as React from "react";

const frameStyle: React.CSSProperties = {
  background: "var(--nx-color-background)",
  color: "var(--nx-color-foreground)",
  fontFamily: "var(--nx-font-family-sans)",
  border: "1px solid var(--nx-color-border)",
  borderRadius: "0.5rem",
  padding: "1rem",
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: "0.75rem",
};

/** A live example: the components themselves, not a picture of them. */
export function Example({ children }: { children: React.ReactNode }) {
  return (
    <Unstyled>
      <div style={{ ...frameStyle, margin: "0.75rem 0 1.25rem" }}>{children}</div>
    </Unstyled>
  );
}

/** Do and don't side by side (stacked on narrow pages). */
export function DoDont({ children }: { children: React.ReactNode }) {
  return (
    <Unstyled>
      <div
        style={{
          display: "grid",
          gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 20rem), 1fr))",
          gap: "1rem",
          margin: "0.75rem 0 1.25rem",
        }}
      >
        {children}
      </div>
    </Unstyled>
  );
}

function Verdict({
  kind,
  caption,
  children,
}: {
  kind: "do" | "dont";
  caption: React.ReactNode;
  children?: React.ReactNode;
}) {
  const accent = kind === "do" ? "var(--nx-color-success)" : "var(--nx-color-destructive)";
  return (
    <figure
      style={{
        margin: 0,
        border: "1px solid var(--nx-color-border)",
        borderTop: `4px solid ${accent}`,
        borderRadius: "0.5rem",
        overflow: "hidden",
        background: "var(--nx-color-background)",
        color: "var(--nx-color-foreground)",
        fontFamily: "var(--nx-font-family-sans)",
      }}
    >
      {children ? (
        <div style={{ ...frameStyle, border: 0, borderRadius: 0, minHeight: "4rem" }}>
          {children}
        </div>
      ) : null}
      <figcaption
        style={{
          padding: "0.75rem 1rem",
          fontSize: "0.875rem",
          lineHeight: "1.25rem",
          borderTop: children ? "1px solid var(--nx-color-border)" : 0,
        }}
      >
        <strong style={{ display: "block", marginBottom: "0.125rem" }}>
          {kind === "do" ? "✓ Do" : "✗ Don't"}
        </strong>
        {caption}
      </figcaption>
    </figure>
  );
}

/** The recommended way, with its live example (optional) and why. */
export function Do(props: { caption: React.ReactNode; children?: React.ReactNode }) {
  return <Verdict kind="do" {...props} />;
}

/** The way to avoid, with its live example (optional) and why. */
export function Dont(props: { caption: React.ReactNode; children?: React.ReactNode }) {
  return <Verdict kind="dont" {...props} />;
}

export const usageBlocks = { Example, DoDont, Do, Dont };
