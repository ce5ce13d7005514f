// Doc blocks for the Colors page: semantic swatches grouped by role, with the palette step each
// aliases per mode and its contrast; the contrast table; the primitive palettes.
import { Unstyled } from "@storybook/addon-docs/blocks";
import * as React from "react";
import { captionStyle, cellStyle, codeStyle, Frame, Table, ui } from "./block-parts.tsx";
import { formatRatio, wcagLevel } from "./contrast.ts";
import {
  aliasIn,
  colorPairs,
  getToken,
  hasToken,
  MODES,
  pairRatio,
  primitivePalettes,
  reportedRatio,
  semanticColorGroups,
  shortName,
  type Token,
  valueIn,
} from "./data.ts";

/** The token a colour is measured against on the swatch: its `-foreground`, else the page. */
function partnerOf(
  token: Token,
  mode: string,
): { partner: Token; role: "on" | "against" } | undefined {
  // A translucent scrim (overlay) has no meaningful text contrast of its own.
  if (/^#[0-9a-f]{8}$/i.test(valueIn(token, mode))) return undefined;
  if (token.name.endsWith("-foreground")) {
    const base = token.name.replace(/-foreground$/, "");
    if (hasToken(base)) return { partner: getToken(base), role: "on" };
    return { partner: getToken("color.background"), role: "on" };
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
    <span>
      <strong style={{ whiteSpace: "nowrap" }}>{formatRatio(ratio)}</strong>{" "}
      {/* Full colour: on a swatch it is the pair's own text colour, whose contrast is shown. */}
      <span style={{ ...captionStyle, color: "inherit" }}>
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

/** `neutral.200 / neutral.800`: the palette step a colour points to in each mode. */
function Aliases({ token, mode }: { token: Token; mode: string }) {
  const steps = MODES.map((each) => ({ each, alias: aliasIn(token, each) }));
  if (steps.every(({ alias }) => alias === undefined)) return null;
  return (
    <div style={codeStyle} title={`aliases in ${MODES.join(" / ")}`}>
      {steps.map(({ each, alias }, index) => (
        <React.Fragment key={each}>
          {index > 0 ? " / " : null}
          <span style={each === mode ? { fontWeight: 700 } : undefined}>
            {alias ? alias.replace(/^color\./, "") : valueIn(token, each)}
          </span>
        </React.Fragment>
      ))}
    </div>
  );
}

function Swatch({ token, mode }: { token: Token; mode: string }) {
  const checked = colorPairs();
  const foreground = valueIn(getToken("color.foreground"), mode);
  const pair = partnerOf(token, mode);
  const value = valueIn(token, mode);
  const against = pair?.role === "against";
  const fg = against ? pair.partner.name : token.name;
  const bg = against ? token.name : (pair?.partner.name ?? "color.background");
  const min = checked.find((p) => p.foreground === fg && p.background === bg)?.min;
  const ratio = pair ? pairRatio({ foreground: fg, background: bg }, mode) : undefined;
  const isText = token.name.endsWith("-foreground") || token.name === "color.foreground";
  const swatchBackground = isText && pair ? valueIn(pair.partner, mode) : value;
  const swatchText = against ? valueIn(pair.partner, mode) : isText ? value : foreground;
  return (
    <figure style={{ margin: 0, minWidth: 0 }}>
      <div
        style={{
          background: swatchBackground,
          color: swatchText,
          height: "4.5rem",
          borderRadius: "0.375rem",
          border: `1px solid ${valueIn(getToken("color.border"), mode)}`,
          display: "flex",
          alignItems: "flex-end",
          justifyContent: "space-between",
          gap: "0.5rem",
          padding: "0.5rem",
          fontSize: "0.875rem",
        }}
      >
        {against || isText ? (
          <span aria-hidden="true" style={{ fontWeight: 600 }}>
            Aa
          </span>
        ) : (
          <span />
        )}
        {ratio !== undefined && (against || isText) ? (
          <span style={{ textAlign: "right" }}>
            <Level ratio={ratio} {...(min !== undefined ? { min } : {})} />
          </span>
        ) : null}
      </div>
      <figcaption
        style={{ paddingTop: "0.375rem", fontSize: "0.8125rem", overflowWrap: "anywhere" }}
      >
        <div style={{ fontWeight: 600 }}>{shortName(token, "color")}</div>
        <Aliases token={token} mode={mode} />
        <div style={{ ...codeStyle, opacity: 0.8 }}>
          {token.cssVar} · {value}
        </div>
        {ratio !== undefined && pair?.role === "on" && !isText ? (
          <div style={{ fontSize: "0.75rem" }}>
            on {shortName(pair.partner, "color")}:{" "}
            <Level ratio={ratio} {...(min !== undefined ? { min } : {})} />
          </div>
        ) : null}
        {isText && pair ? (
          <div style={{ fontSize: "0.75rem", opacity: 0.8 }}>
            shown on {shortName(pair.partner, "color")}
          </div>
        ) : null}
        {against ? (
          <div style={{ fontSize: "0.75rem", opacity: 0.8 }}>
            with {shortName(pair.partner, "color")}
            <Aliases token={pair.partner} mode={mode} />
          </div>
        ) : null}
      </figcaption>
    </figure>
  );
}

/**
 * Semantic colour swatches for one mode, painted with that mode's values (whatever the toolbar
 * says), grouped by role (surfaces, text, borders, status, disabled, other), each with the palette
 * step it aliases per mode and its contrast ratio against its pair.
 */
export function ColorSwatches({ mode }: { mode: string }) {
  const background = valueIn(getToken("color.background"), mode);
  const foreground = valueIn(getToken("color.foreground"), mode);
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
        }}
      >
        {semanticColorGroups().map((group) => (
          <section key={group.role} style={{ marginBottom: "1.5rem" }}>
            <h3
              className="skip-toc"
              style={{ margin: "0 0 0.25rem", fontSize: "1rem", fontWeight: 600 }}
            >
              {group.title}
            </h3>
            <p style={{ ...captionStyle, color: "inherit", opacity: 0.8, margin: "0 0 0.75rem" }}>
              {group.description}
            </p>
            <div
              style={{
                display: "grid",
                gridTemplateColumns: "repeat(auto-fill, minmax(12rem, 1fr))",
                gap: "1rem 0.75rem",
              }}
            >
              {group.tokens.map((token) => (
                <Swatch key={token.name} token={token} mode={mode} />
              ))}
            </div>
          </section>
        ))}
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
              <div
                key={token.name}
                title={`${token.cssVar}: ${token.value}`}
                style={{ minWidth: 0 }}
              >
                <div
                  style={{
                    background: token.value,
                    height: "2.5rem",
                    border: `1px solid ${ui.border}`,
                  }}
                />
                <div style={{ ...captionStyle, paddingTop: "0.25rem", overflowWrap: "anywhere" }}>
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
