// Doc blocks for the Foundations pages. Every value comes from @nexod/tokens (see data.ts); the
// previews use the CSS variables a product uses, so they also prove the shipped CSS defines them.
// Colours are in color-blocks.tsx.
import * as React from "react";
import { captionStyle, cellStyle, codeStyle, Frame, Table, ui } from "./block-parts.tsx";
import { hasToken, getToken, MODES, shortName, tokensIn, toPx, valueIn } from "./data.ts";

// --- typography ---------------------------------------------------------------------------------

export function TypeScale({ sample = "The quick brown fox jumps over the lazy dog" }) {
  return (
    <Frame>
      <Table head={["token", "size / line height", "sample"]}>
        {tokensIn("font.size").map((size) => {
          const step = shortName(size, "font.size");
          const lineHeight = hasToken(`font.line-height.${step}`)
            ? getToken(`font.line-height.${step}`)
            : undefined;
          return (
            <tr key={size.name}>
              <td style={cellStyle}>
                <code style={codeStyle}>text-{step}</code>
              </td>
              <td style={{ ...cellStyle, whiteSpace: "nowrap" }}>
                {toPx(size.value)} / {lineHeight ? toPx(lineHeight.value) : "—"}
              </td>
              <td
                style={{
                  ...cellStyle,
                  fontSize: `var(${size.cssVar})`,
                  lineHeight: lineHeight ? `var(${lineHeight.cssVar})` : undefined,
                }}
              >
                {sample}
              </td>
            </tr>
          );
        })}
      </Table>
    </Frame>
  );
}

/** Named text styles (`text.<style>.<part>`), as designers pick them in Figma. */
export function TextStyles({ sample = "Invoices due this week" }) {
  const styles = [...new Set(tokensIn("text").map((token) => token.name.split(".")[1]!))];
  const part = (style: string, name: string) => getToken(`text.${style}.${name}`);
  return (
    <Frame>
      <Table head={["style", "size / line height · weight · tracking", "sample"]}>
        {styles.map((style) => {
          const weight = part(style, "font-weight");
          return (
            <tr key={style}>
              <td style={cellStyle}>
                <code style={codeStyle}>text-{style}</code>
                {part(style, "font-size").description ? (
                  <div style={captionStyle}>{part(style, "font-size").description}</div>
                ) : null}
              </td>
              <td style={{ ...cellStyle, whiteSpace: "nowrap" }}>
                {toPx(part(style, "font-size").value)} / {toPx(part(style, "line-height").value)} ·{" "}
                {weight.value} · {toPx(part(style, "letter-spacing").value)}
              </td>
              <td
                style={{
                  ...cellStyle,
                  fontFamily: `var(${part(style, "font-family").cssVar})`,
                  fontSize: `var(${part(style, "font-size").cssVar})`,
                  lineHeight: `var(${part(style, "line-height").cssVar})`,
                  fontWeight: `var(${weight.cssVar})` as never,
                  letterSpacing: `var(${part(style, "letter-spacing").cssVar})`,
                }}
              >
                {sample}
              </td>
            </tr>
          );
        })}
      </Table>
    </Frame>
  );
}

export function FontWeights() {
  return (
    <Frame>
      <Table head={["token", "weight", "sample"]}>
        {tokensIn("font.weight").map((weight) => (
          <tr key={weight.name}>
            <td style={cellStyle}>
              <code style={codeStyle}>font-{shortName(weight, "font.weight")}</code>
            </td>
            <td style={cellStyle}>{weight.value}</td>
            <td style={{ ...cellStyle, fontWeight: `var(${weight.cssVar})` as never }}>
              Save changes
            </td>
          </tr>
        ))}
      </Table>
    </Frame>
  );
}

export function FontFamilies() {
  return (
    <Frame>
      {tokensIn("font.family").map((family) => (
        <div key={family.name} style={{ marginBottom: "1rem" }}>
          <div style={{ fontFamily: `var(${family.cssVar})`, fontSize: "1.5rem" }}>
            Nexod 0123456789 — {shortName(family, "font.family")}
          </div>
          <div style={captionStyle}>
            <code style={codeStyle}>{family.cssVar}</code>: {family.value}
          </div>
          {family.description ? <div style={captionStyle}>{family.description}</div> : null}
        </div>
      ))}
    </Frame>
  );
}

// --- spacing, radii, shadows --------------------------------------------------------------------

export function SpacingScale() {
  return (
    <Frame>
      <Table head={["step", "value", ""]}>
        {tokensIn("spacing").map((space) => (
          <tr key={space.name}>
            <td style={cellStyle}>
              <code style={codeStyle}>{shortName(space, "spacing")}</code>
            </td>
            <td style={{ ...cellStyle, whiteSpace: "nowrap" }}>
              {toPx(space.value)} <span style={captionStyle}>{space.value}</span>
            </td>
            <td style={{ ...cellStyle, width: "70%" }}>
              <div
                style={{
                  width: `var(${space.cssVar})`,
                  height: "0.75rem",
                  background: "var(--nx-color-primary)",
                  borderRadius: "0.125rem",
                }}
              />
            </td>
          </tr>
        ))}
      </Table>
    </Frame>
  );
}

function TileGrid({ children }: { children: React.ReactNode }) {
  return (
    <Frame
      style={{
        display: "grid",
        gridTemplateColumns: "repeat(auto-fill, minmax(9rem, 1fr))",
        gap: "1.5rem",
        background: "var(--nx-color-surface)",
      }}
    >
      {children}
    </Frame>
  );
}

export function RadiusScale() {
  return (
    <TileGrid>
      {tokensIn("radius").map((radius) => (
        <figure key={radius.name} style={{ margin: 0 }}>
          <div
            style={{
              height: "5rem",
              background: "var(--nx-color-primary)",
              borderRadius: `var(${radius.cssVar})`,
            }}
          />
          <figcaption style={{ paddingTop: "0.5rem", fontSize: "0.8125rem" }}>
            <code style={codeStyle}>rounded-{shortName(radius, "radius")}</code>
            <div style={captionStyle}>{toPx(radius.value)}</div>
          </figcaption>
        </figure>
      ))}
    </TileGrid>
  );
}

export function ShadowScale() {
  return (
    <TileGrid>
      {tokensIn("shadow").map((shadow) => (
        <figure key={shadow.name} style={{ margin: 0 }}>
          <div
            style={{
              height: "5rem",
              background: "var(--nx-color-raised)",
              borderRadius: "var(--nx-radius-lg)",
              boxShadow: `var(${shadow.cssVar})`,
            }}
          />
          <figcaption style={{ paddingTop: "0.75rem", fontSize: "0.8125rem" }}>
            <code style={codeStyle}>shadow-{shortName(shadow, "shadow")}</code>
            {shadow.modes ? (
              MODES.map((mode) => (
                <div key={mode} style={{ ...captionStyle, ...codeStyle, overflowWrap: "anywhere" }}>
                  {mode}: {valueIn(shadow, mode)}
                </div>
              ))
            ) : (
              <div style={{ ...captionStyle, ...codeStyle, overflowWrap: "anywhere" }}>
                {shadow.value}
              </div>
            )}
          </figcaption>
        </figure>
      ))}
    </TileGrid>
  );
}

// --- motion -------------------------------------------------------------------------------------

function bezierPoints(value: string): [number, number, number, number] | undefined {
  const numbers = /cubic-bezier\(([^)]+)\)/.exec(value)?.[1]?.split(",").map(Number);
  return numbers?.length === 4 ? (numbers as [number, number, number, number]) : undefined;
}

function EasingCurve({ value }: { value: string }) {
  const points = bezierPoints(value);
  if (!points) return null;
  const [x1, y1, x2, y2] = points;
  const size = 64;
  const p = (x: number, y: number) => `${x * size},${size - y * size}`;
  return (
    <svg width={size} height={size} viewBox={`0 -8 ${size} ${size + 16}`} aria-hidden="true">
      <rect x="0" y="0" width={size} height={size} fill="none" stroke={ui.border} />
      <path
        d={`M${p(0, 0)} C${p(x1, y1)} ${p(x2, y2)} ${p(1, 1)}`}
        fill="none"
        stroke="var(--nx-color-primary)"
        strokeWidth="2"
      />
    </svg>
  );
}

/** Durations and easings, with a demo that respects `prefers-reduced-motion`. */
export function MotionTokens() {
  const [moved, setMoved] = React.useState(false);
  const reduced =
    typeof window !== "undefined" &&
    window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  return (
    <Frame>
      <button
        type="button"
        onClick={() => setMoved((value) => !value)}
        style={{
          font: "inherit",
          fontSize: "0.875rem",
          padding: "0.375rem 0.75rem",
          borderRadius: "0.375rem",
          border: `1px solid ${ui.border}`,
          background: "var(--nx-color-surface)",
          color: ui.text,
          cursor: "pointer",
          marginBottom: "1rem",
        }}
      >
        {moved ? "Move back" : "Play"} {reduced ? "(reduced motion: no animation)" : ""}
      </button>
      <Table head={["token", "value", "", "demo"]}>
        {[...tokensIn("duration"), ...tokensIn("ease")].map((token) => {
          const isEase = token.name.startsWith("ease.");
          return (
            <tr key={token.name}>
              <td style={cellStyle}>
                <code style={codeStyle}>{token.cssVar}</code>
                {token.description ? <div style={captionStyle}>{token.description}</div> : null}
              </td>
              <td style={{ ...cellStyle, ...codeStyle }}>{token.value}</td>
              <td style={cellStyle}>{isEase ? <EasingCurve value={token.value} /> : null}</td>
              <td style={{ ...cellStyle, width: "35%" }}>
                <div
                  style={{
                    width: "1rem",
                    height: "1rem",
                    borderRadius: "9999px",
                    background: "var(--nx-color-primary)",
                    transform: moved ? "translateX(10rem)" : "none",
                    transitionProperty: reduced ? "none" : "transform",
                    transitionDuration: isEase ? "var(--nx-duration-slow)" : `var(${token.cssVar})`,
                    transitionTimingFunction: isEase
                      ? `var(${token.cssVar})`
                      : "var(--nx-ease-standard)",
                  }}
                />
              </td>
            </tr>
          );
        })}
      </Table>
    </Frame>
  );
}

// --- any other group ----------------------------------------------------------------------------

/** A plain table of a token group (z-index, breakpoints…). */
export function TokenTable({ prefix }: { prefix: string }) {
  return (
    <Frame>
      <Table head={["token", "CSS variable", "value", "description"]}>
        {tokensIn(prefix).map((token) => (
          <tr key={token.name}>
            <td style={cellStyle}>
              <code style={codeStyle}>{shortName(token, prefix)}</code>
            </td>
            <td style={cellStyle}>
              <code style={codeStyle}>{token.cssVar}</code>
            </td>
            <td style={{ ...cellStyle, ...codeStyle }}>
              {token.value}
              {/rem$/.test(token.value) ? ` (${toPx(token.value)})` : ""}
            </td>
            <td style={{ ...cellStyle, ...captionStyle }}>{token.description ?? ""}</td>
          </tr>
        ))}
      </Table>
    </Frame>
  );
}
