import { type TokenSource } from "../io/token-files";
import { planModes, type ModeLayer, type ModePlan } from "../tokens/mode-layers";
import { flattenTokens } from "../tokens/token-tree";
import { contrastPairsFor, measureContrast, type ContrastResult } from "./contrast";
import { checkDataviz, type DatavizResult } from "./dataviz";
import { resolveLayer, type ResolvedLayer } from "./resolve-layer";
import { validateSchema } from "./validate-schema";

export interface CheckedLayer {
  layer: ModeLayer;
  resolved: ResolvedLayer;
}

export interface CheckReport {
  problems: string[];
  plan: ModePlan;
  layers: CheckedLayer[];
  contrast: ContrastResult[];
  /** Chart palette checks (`color.chart.*`): contrast on the chart surface, CVD ΔE of neighbours. */
  dataviz: DatavizResult[];
}

/** Every mode must exist for every collection with modes, each defining the same tokens. */
function checkModeCoverage(plan: ModePlan): string[] {
  const problems: string[] = [];
  const modeNames = plan.layers.map((layer) => layer.name);
  for (const [collection, files] of plan.modalCollections) {
    for (const mode of modeNames) {
      if (!files.some((file) => file.mode === mode)) {
        problems.push(
          `Collection ${collection} has no ${mode} mode: add ${collection}.${mode}.json.`,
        );
      }
    }
    const pathsByFile = files.map(
      (file) => [file, new Set(flattenTokens(file.tree).map((t) => t.path))] as const,
    );
    const all = new Set(pathsByFile.flatMap(([, paths]) => [...paths]));
    for (const [file, paths] of pathsByFile) {
      for (const path of all) {
        if (!paths.has(path)) {
          const owner = pathsByFile.find(([, p]) => p.has(path))?.[0].fileName;
          problems.push(`${path} is defined in ${owner} but missing from ${file.fileName}.`);
        }
      }
    }
  }
  return problems;
}

/**
 * Schema, references, cycles, mode coverage, contrast and the chart palette (see `dataviz.ts`);
 * an empty `problems` list passes.
 */
export function checkTokens(source: TokenSource): CheckReport {
  const problems = source.files.flatMap(validateSchema);
  const plan = planModes(source.files);
  problems.push(...checkModeCoverage(plan));
  const layers: CheckedLayer[] = [];
  const contrast: ContrastResult[] = [];
  const dataviz: DatavizResult[] = [];
  for (const layer of plan.layers) {
    const resolved = resolveLayer(layer);
    layers.push({ layer, resolved });
    problems.push(...resolved.problems);
    const colorPaths = [...resolved.tokens.values()]
      .filter((token) => token.type === "color")
      .map((token) => token.path);
    const measured = measureContrast(
      layer.name,
      resolved.resolved,
      contrastPairsFor(colorPaths, source.contrastPairs),
    );
    contrast.push(...measured.results);
    problems.push(...measured.problems);
    const chart = checkDataviz(layer.name, resolved.resolved);
    dataviz.push(...chart.results);
    problems.push(...chart.problems);
  }
  return { problems: [...new Set(problems)], plan, layers, contrast, dataviz };
}
