// Doc blocks for the Foundations pages. Every value comes from @nexod/tokens (see data.ts); the
// previews use the CSS variables a product uses, so they also prove the shipped CSS defines them.
import { Unstyled } from "@storybook/addon-docs/blocks";
import * as React from "react";
import { formatRatio, wcagLevel } from "./contrast.ts";
import {
  colorPairs,
  getToken,
  hasToken,
  MODES,
  pairRatio,
  primitivePalettes,
  reportedRatio,
  SEMANTIC_COLORS,
  shortName,
  type Token,
  tokensIn,
  toPx,
  valueIn,
} from "./data.ts";

// Block chrome follows the toolbar theme through the tokens themselves.
const ui = {
  text: "var(--nx-color-foreground)",
  muted: "var(--nx-color-muted-foreground)",
  border: "var(--nx-color-border)",
  surface: "var(--nx-color-surface)",
  font: "var(--nx-font-family-sans)",
  mono: "var(--nx-font-family-mono)",
};

const codeStyle: React.CSSProperties = { fontFamily: ui.mono, fontSize: "0.75rem" };
const captionStyle: React.CSSProperties = {
  color: ui.muted,
  fontSize: "0.75rem",
  lineHeight: "1rem",
};

function Frame({ children, style }: { children: React.ReactNode; style?: React.CSSProperties }) {
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

function Table({ head, children }: { head: string[]; children: React.ReactNode }) {
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

const cellStyle: React.CSSProperties = {
  padding: "0.5rem",
  borderBottom: `1px solid ${ui.border}`,
  verticalAlign: "middle",
};

// --- colours ------------------------------------------------------------------------------------

/** The token a colour is measured against on the swatch: its `-foreground`, else the page. */
function partnerOf(
  token: Token,
  mode: string,
): { partner: Token; role: "on" | "against" } | undefined {
  // A translucent scrim (overlay) has no meaningful text contrast of its own.
  if (/^#[0-9a-f]{8}$/i.test(valueIn(token, mode))) return undefined;
  if (token.name.endsWith("-foreground")) {
    const base = token.name.replace(/-foreground$/, "");
    return hasToken(base) ? { partner: getToken(base), role: "on" } : undefined;
  }
  if (hasToken(`${token.name}-foreground`)) {
    return { partner: getToken(`${token.name}-foreground`), role: "against" };
  }
  if (token.name === "color.background")
    return { partner: getToken("color.foreground"), role: "against" };
  return { partner: getToken("color.background"), role: "on" };
}

function Level({ ratio, min }: { ratio: number; min?: number }) {
  const level = wcagLevel(ratio);
  const failed = min !== undefined && ratio < min;
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <strong>{formatRatio(ratio)}</strong>{" "}
      <span style={{ ...captionStyle, color: "inherit", opacity: 0.85 }}>
        {min === undefined && level === "fail"
          ? "below 3:1 (decorative, no minimum)"
          : failed
            ? `✗ below ${min}:1`
            : level}
        {min !== undefined && !failed ? ` (≥ ${min})` : ""}
      </span>
    </span>
  );
}

/**
 * Semantic colour swatches for one mode, painted with that mode's values (whatever the toolbar
 * says), each with its contrast ratio against its pair: `X` with `X-foreground`, the others
 * against the page background.
 */
export function ColorSwatches({ mode }: { mode: string }) {
  const background = valueIn(getToken("color.background"), mode);
  const foreground = valueIn(getToken("color.foreground"), mode);
  const checked = colorPairs();
  return (
    <Unstyled>
      <div
        data-theme={mode}
        style={{
          background,
          color: foreground,
          fontFamily: ui.font,
          borderRadius: "0.5rem",
          border: `1px solid ${valueIn(getToken("color.border"), mode)}`,
          padding: "1rem",
          margin: "1rem 0 2rem",
          display: "grid",
          gridTemplateColumns: "repeat(auto-fill, minmax(12rem, 1fr))",
          gap: "0.75rem",
        }}
      >
        {SEMANTIC_COLORS.filter((token) => !token.name.endsWith("-foreground")).map((token) => {
          const pair = partnerOf(token, mode);
          const value = valueIn(token, mode);
          const swatchText = pair?.role === "against" ? valueIn(pair.partner, mode) : foreground;
          const fg = pair?.role === "against" ? pair.partner.name : token.name;
          const bg =
            pair?.role === "against" ? token.name : (pair?.partner.name ?? "color.background");
          const min = checked.find((p) => p.foreground === fg && p.background === bg)?.min;
          const ratio = pair ? pairRatio({ foreground: fg, background: bg }, mode) : undefined;
          return (
            <figure key={token.name} style={{ margin: 0 }}>
              <div
                style={{
                  background: value,
                  color: swatchText,
                  height: "4.5rem",
                  borderRadius: "0.375rem",
                  border: `1px solid ${valueIn(getToken("color.border"), mode)}`,
                  display: "flex",
                  alignItems: "flex-end",
                  justifyContent: "space-between",
                  padding: "0.5rem",
                  fontSize: "0.875rem",
                }}
              >
                {pair?.role === "against" ? <span aria-hidden="true">Aa</span> : <span />}
                {ratio !== undefined && pair?.role === "against" ? (
                  <Level ratio={ratio} {...(min !== undefined ? { min } : {})} />
                ) : null}
              </div>
              <figcaption style={{ paddingTop: "0.375rem", fontSize: "0.8125rem" }}>
                <div style={{ fontWeight: 600 }}>{shortName(token, "color")}</div>
                <div style={{ ...codeStyle, opacity: 0.8 }}>
                  {token.cssVar} · {value}
                </div>
                {ratio !== undefined && pair?.role === "on" ? (
                  <div style={{ fontSize: "0.75rem" }}>
                    on {shortName(pair.partner, "color")}:{" "}
                    <Level ratio={ratio} {...(min !== undefined ? { min } : {})} />
                  </div>
                ) : null}
                {pair?.role === "against" ? (
                  <div style={{ fontSize: "0.75rem", opacity: 0.8 }}>
                    with {shortName(pair.partner, "color")} ({valueIn(pair.partner, mode)})
                  </div>
                ) : null}
              </figcaption>
            </figure>
          );
        })}
      </div>
    </Unstyled>
  );
}

/** Every checked foreground/background pair with its ratio in each mode. */
export function ContrastTable() {
  return (
    <Frame>
      <Table head={["foreground on background", ...MODES.map((mode) => `${mode}`), "required"]}>
        {colorPairs().map((pair) => (
          <tr key={`${pair.foreground}|${pair.background}`}>
            <td style={cellStyle}>
              <code style={codeStyle}>{pair.foreground.replace("color.", "")}</code> on{" "}
              <code style={codeStyle}>{pair.background.replace("color.", "")}</code>
            </td>
            {MODES.map((mode) => {
              const ratio = pairRatio(pair, mode);
              const reported = reportedRatio(pair, mode);
              const mismatch = reported !== undefined && Math.abs(reported - ratio) > 0.02;
              return (
                <td key={mode} style={cellStyle}>
                  <span
                    style={{
                      display: "inline-flex",
                      alignItems: "center",
                      gap: "0.5rem",
                    }}
                  >
                    <span
                      aria-hidden="true"
                      style={{
                        background: valueIn(getToken(pair.background), mode),
                        color: valueIn(getToken(pair.foreground), mode),
                        border: `1px solid ${valueIn(getToken("color.border"), mode)}`,
                        borderRadius: "0.25rem",
                        padding: "0.125rem 0.5rem",
                        fontWeight: 600,
                      }}
                    >
                      Aa
                    </span>
                    <Level ratio={ratio} {...(pair.min !== undefined ? { min: pair.min } : {})} />
                    {mismatch ? (
                      <span style={captionStyle}>(tokens build says {reported})</span>
                    ) : null}
                  </span>
                </td>
              );
            })}
            <td style={cellStyle}>{pair.min !== undefined ? `${pair.min}:1` : "—"}</td>
          </tr>
        ))}
      </Table>
    </Frame>
  );
}

/** The primitive palettes (not for components: they use the semantic colours above). */
export function PrimitivePalettes() {
  return (
    <Frame>
      {primitivePalettes().map(({ family, tokens }) => (
        <div key={family} style={{ marginBottom: "1rem" }}>
          <div style={{ fontWeight: 600, fontSize: "0.875rem", marginBottom: "0.25rem" }}>
            {family}
          </div>
          <div style={{ display: "grid", gridTemplateColumns: `repeat(${tokens.length}, 1fr)` }}>
            {tokens.map((token) => (
              <div key={token.name} title={`${token.cssVar}: ${token.value}`}>
                <div
                  style={{
                    background: token.value,
                    height: "2.5rem",
                    border: `1px solid ${ui.border}`,
                  }}
                />
                <div style={{ ...captionStyle, paddingTop: "0.25rem" }}>
                  {token.name.split(".").at(-1)}
                  <br />
                  <span style={codeStyle}>{token.value}</span>
                </div>
              </div>
            ))}
          </div>
        </div>
      ))}
    </Frame>
  );
}

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
            <div style={{ ...captionStyle, ...codeStyle }}>{shadow.value}</div>
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
