import { composite, contrastRatio, parseColor, toHex, type Rgba } from "./color";

/**
 * Checks of the data-visualisation palette (`color.chart.*`), run by `nexod-tokens check` in
 * every mode:
 *
 * - each categorical colour (`color.chart.categorical.1…n`) has at least 3:1 contrast against
 *   the chart surface (`color.chart.surface`): WCAG 1.4.11 for graphical objects;
 * - adjacent categorical colours (1–2, 2–3, …) stay distinguishable for people with the three
 *   dichromacies: both colours are simulated with Machado, Oliveira & Fernandes (2009) at
 *   severity 1.0 (in linear RGB), and their CIEDE2000 difference must be at least
 *   `CVD_MIN_DELTA_E`. Adjacent, because series are assigned in order: series 1 and 2 sit next
 *   to each other in a stacked bar or a legend far more often than series 1 and 7.
 */
export const CHART_MIN_CONTRAST = 3;
/** CIEDE2000 ΔE between simulated adjacent colours; ~2 is "just noticeable", 10 is clearly different. */
export const CVD_MIN_DELTA_E = 10;

type Matrix = readonly [
  readonly [number, number, number],
  readonly [number, number, number],
  readonly [number, number, number],
];

/** Machado et al. 2009, severity 1.0, applied to linear RGB. */
export const CVD_MATRICES: Record<"protanopia" | "deuteranopia" | "tritanopia", Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
export type Deficiency = keyof typeof CVD_MATRICES;

type Vec3 = [number, number, number];

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function linearRgb({ r, g, b }: Rgba): Vec3 {
  return [toLinear(r), toLinear(g), toLinear(b)];
}

function multiply(m: Matrix, [r, g, b]: Vec3): Vec3 {
  return [
    clamp01(m[0][0] * r + m[0][1] * g + m[0][2] * b),
    clamp01(m[1][0] * r + m[1][1] * g + m[1][2] * b),
    clamp01(m[2][0] * r + m[2][1] * g + m[2][2] * b),
  ];
}

/** Linear sRGB → CIE L*a*b* (D65). */
function lab([r, g, b]: Vec3): Vec3 {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (t * 24389) / 27 / 116 + 16 / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
export function deltaE2000([l1, a1, b1]: Vec3, [l2, a2, b2]: Vec3): number {
  const rad = Math.PI / 180;
  const c1 = Math.hypot(a1, b1);
  const c2 = Math.hypot(a2, b2);
  const cBar7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / rad;
    return h < 0 ? h + 360 : h;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  let dhp = 0;
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp * rad) / 2);
  const lBarP = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBarP = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBarP = (h1p + h2p) / 2;
    else hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((hBarP - 30) * rad) +
    0.24 * Math.cos(2 * hBarP * rad) +
    0.32 * Math.cos((3 * hBarP + 6) * rad) -
    0.2 * Math.cos((4 * hBarP - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
  const cBarP7 = cBarP ** 7;
  const rc = 2 * Math.sqrt(cBarP7 / (cBarP7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBarP - 50) ** 2) / Math.sqrt(20 + (lBarP - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(2 * dTheta * rad) * rc;
  return Math.sqrt(
    (dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh),
  );
}

/** The colour as a person with `deficiency` sees it, in L*a*b*; `normal` vision when omitted. */
export function simulatedLab(color: Rgba, deficiency?: Deficiency): Vec3 {
  const linear = linearRgb(color);
  return lab(deficiency ? multiply(CVD_MATRICES[deficiency], linear) : linear);
}

export interface DatavizResult {
  mode: string;
  /** `contrast` of one colour on the surface, or `cvd` between two adjacent colours. */
  kind: "contrast" | "cvd";
  a: string;
  b: string;
  deficiency?: Deficiency | "normal";
  value: number;
  min: number;
}

const CATEGORICAL = /^color\.chart\.categorical\.(\d+)$/;
const SURFACE = "color.chart.surface";

/** Contrast and colour-vision checks of the categorical chart palette in one mode. */
export function checkDataviz(
  mode: string,
  resolved: ReadonlyMap<string, unknown>,
  limits: { contrast: number; deltaE: number } = {
    contrast: CHART_MIN_CONTRAST,
    deltaE: CVD_MIN_DELTA_E,
  },
): { results: DatavizResult[]; problems: string[] } {
  const results: DatavizResult[] = [];
  const problems: string[] = [];
  const categorical = [...resolved.keys()]
    .map((path) => [path, CATEGORICAL.exec(path)?.[1]] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
    .sort((x, y) => Number(x[1]) - Number(y[1]))
    .map(([path]) => path);
  if (categorical.length === 0) return { results, problems };

  const page = parseColor(resolved.get("color.background")) ?? { r: 255, g: 255, b: 255, a: 1 };
  const surfaceColor = parseColor(resolved.get(SURFACE));
  if (!surfaceColor) {
    problems.push(
      `${SURFACE} is missing or not a colour in the ${mode} mode: the categorical chart colours are checked against it.`,
    );
    return { results, problems };
  }
  const surface = composite(surfaceColor, composite(page, { r: 255, g: 255, b: 255, a: 1 }));
  const colors = new Map<string, Rgba>();
  for (const path of categorical) {
    const parsed = parseColor(resolved.get(path));
    if (!parsed) {
      problems.push(`${path} is not a colour in the ${mode} mode.`);
      continue;
    }
    const color = composite(parsed, surface);
    colors.set(path, color);
    const ratio = contrastRatio(color, surface);
    results.push({
      mode,
      kind: "contrast",
      a: path,
      b: SURFACE,
      value: ratio,
      min: limits.contrast,
    });
    if (Math.floor(ratio * 100) / 100 < limits.contrast) {
      problems.push(
        `Chart colour too faint in the ${mode} mode: ${path} (${toHex(color)}) on ${SURFACE} (${toHex(surface)}) is ${ratio.toFixed(2)}:1, needs ${limits.contrast}:1 (WCAG 1.4.11, graphical objects).`,
      );
    }
  }

  const deficiencies: ("normal" | Deficiency)[] = [
    "normal",
    ...(Object.keys(CVD_MATRICES) as Deficiency[]),
  ];
  for (let i = 0; i + 1 < categorical.length; i++) {
    const [pathA, pathB] = [categorical[i] as string, categorical[i + 1] as string];
    const [colorA, colorB] = [colors.get(pathA), colors.get(pathB)];
    if (!colorA || !colorB) continue;
    for (const deficiency of deficiencies) {
      const sim = deficiency === "normal" ? undefined : deficiency;
      const value = deltaE2000(simulatedLab(colorA, sim), simulatedLab(colorB, sim));
      results.push({
        mode,
        kind: "cvd",
        a: pathA,
        b: pathB,
        deficiency,
        value,
        min: limits.deltaE,
      });
      if (value < limits.deltaE) {
        const who = deficiency === "normal" ? "with normal colour vision" : `under ${deficiency}`;
        problems.push(
          `Adjacent chart colours too alike ${who} in the ${mode} mode: ${pathA} (${toHex(colorA)}) and ${pathB} (${toHex(colorB)}) are ΔE2000 ${value.toFixed(1)} apart after simulation (Machado 2009, severity 1), needs ${limits.deltaE}. Reorder the palette or change one colour's lightness.`,
        );
      }
    }
  }
  return { results, problems };
}
