import { checkTokens } from "../check/check-tokens";
import { TokensError } from "../errors";
import { commitFiles } from "../io/atomic-write";
import { readTokenSource } from "../io/token-files";
import { flattenTokens } from "../tokens/token-tree";
import { formatCssVariables } from "./formats/css-variables";
import { formatJson } from "./formats/token-data";
import { formatTailwindV3Preset } from "./formats/tailwind-v3-preset";
import { formatTailwindV4Theme } from "./formats/tailwind-v4-theme";
import { formatTypeScript } from "./formats/typescript";
import { buildLayerTokens } from "./style-dictionary";
import { type TokenBuild } from "./token-build";

export interface BuildOptions {
  tokensDir: string;
  outDir: string;
}

export interface BuildResult {
  files: string[];
  tokenCount: number;
}

/**
 * Checks the tokens, runs Style Dictionary once per mode and writes every output. Nothing in
 * `outDir` changes unless the whole build succeeds.
 */
export async function buildTokens({ tokensDir, outDir }: BuildOptions): Promise<BuildResult> {
  const source = await readTokenSource(tokensDir);
  const report = checkTokens(source);
  if (report.problems.length > 0) {
    throw new TokensError(
      `Token check failed with ${report.problems.length} problem(s); nothing was built:`,
      report.problems,
    );
  }
  const modes = await Promise.all(
    report.plan.layers.map(async (layer) => ({
      name: layer.name,
      selector: layer.selector,
      isDefault: layer.isDefault,
      tokens: new Map((await buildLayerTokens(layer.files)).map((token) => [token.path, token])),
    })),
  );
  const modalPaths = new Set(
    [...report.plan.modalCollections.values()]
      .flat()
      .flatMap((file) => flattenTokens(file.tree).map((token) => token.path)),
  );
  const build: TokenBuild = { modes, modalPaths, contrast: report.contrast };
  const write = new Map<string, string>([
    ["tokens.css", formatCssVariables(build)],
    ["theme.css", formatTailwindV4Theme(build)],
    ...formatTailwindV3Preset(build),
    ...formatTypeScript(build),
    ["tokens.json", formatJson(build)],
  ]);
  await commitFiles(outDir, { write });
  return { files: [...write.keys()], tokenCount: modes[0]?.tokens.size ?? 0 };
}
