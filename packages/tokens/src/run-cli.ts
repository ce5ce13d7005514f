import path from "node:path";
import { cliClientOptions, cliRunner, type CliIo, type CliValues } from "@nexod/figma-rest";
import { checkTokens } from "./check/check-tokens";
import type * as BuildModule from "./build/build-tokens";
import { CHART_MIN_CONTRAST, CVD_MIN_DELTA_E } from "./check/dataviz";
import { TokensError } from "./errors";
import { EXIT } from "./exit-codes";
import { readTokenSource } from "./io/token-files";
import { fetchLocalVariables } from "./figma/figma-client";
import { variablesDataFrom, type VariablesData } from "./figma/figma-types";
import { importVariableFiles } from "./figma/import-files";
import { mapVariables } from "./figma/map-variables";
import { syncTokenFiles } from "./figma/sync-token-files";

const USAGE = `Usage: nexod-tokens <command> [options]

Commands:
  pull                Fetch variables from Figma's REST API into tokens/
  import <file…>      The same from files: a saved API response, Figma's *.tokens.json
                      export, or a Tokens Studio export (file or folder)
  check               Validate tokens/: schema, aliases, modes, contrast (WCAG 2.2 AA)
  build               check, then write dist/ (CSS variables, Tailwind v4 theme,
                      Tailwind v3 preset, typed JS, flat JSON)

Options:
  --tokens-dir <dir>  Token source directory (default: ./tokens)
  --out-dir <dir>     build output directory (default: ./dist)
  --file-key <key>    pull: Figma file or branch key (default: $FIGMA_FILE_KEY)
  --include-hidden    pull/import: keep variables hidden from publishing
  --check             pull/import: exit 1 if tokens/ differs; write nothing
  --allow-removals    pull/import: let a sync remove every synced token file
  --timeout <s>       pull: request timeout in seconds, up to 3600 (default: 30)
  --oauth             pull: FIGMA_TOKEN is an OAuth token (sent as Bearer)
  -h, --help          Show this help

Exit codes: 0 done or in sync, 1 drift (--check) or tokens failing check, 2 usage,
3 Figma unreachable, 4 access or settings refused, 5 variables or files cannot be synced,
70 internal error.

Environment: FIGMA_TOKEN (personal access token with file_variables:read; figu_ tokens
are sent as OAuth), FIGMA_OAUTH_TOKEN, FIGMA_FILE_KEY, FIGMA_API_URL
(default https://api.figma.com).
`;

const OPTIONS = {
  "tokens-dir": { type: "string" },
  "out-dir": { type: "string" },
  "file-key": { type: "string" },
  "include-hidden": { type: "boolean" },
  check: { type: "boolean" },
  "allow-removals": { type: "boolean" },
  timeout: { type: "string" },
  oauth: { type: "boolean" },
} as const;

type Values = CliValues<typeof OPTIONS>;

async function runBuild(values: Values, io: CliIo): Promise<number> {
  const started = performance.now();
  const { buildTokens } = await loadBuild();
  const result = await buildTokens({
    tokensDir: tokensDirOf(values, io),
    outDir: path.resolve(io.cwd, values["out-dir"] ?? "dist"),
  });
  const ms = Math.round(performance.now() - started);
  io.stdout(`Built ${result.tokenCount} tokens into ${result.files.join(", ")} in ${ms} ms.\n`);
  return 0;
}

/**
 * Style Dictionary is an optional peer dependency: products install `@nexod/tokens` for its
 * built files and must not pay for the build tool. Only `build` needs it, so it loads here.
 */
async function loadBuild(): Promise<typeof BuildModule> {
  try {
    return await import("./build/build-tokens");
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ERR_MODULE_NOT_FOUND" && String(error).includes("style-dictionary")) {
      throw new TokensError(
        "nexod-tokens build needs Style Dictionary, an optional peer dependency of @nexod/tokens: install it where you build tokens (pnpm add -D style-dictionary@5). pull, import and check work without it.",
      );
    }
    throw error;
  }
}

const tokensDirOf = (values: Values, io: CliIo) =>
  path.resolve(io.cwd, values["tokens-dir"] ?? "tokens");

/** Maps the variables and syncs tokens/; after a write, warns about what `check` will reject. */
async function syncFrom(
  data: VariablesData,
  sourceName: string,
  notes: string[],
  values: Values,
  io: CliIo,
) {
  const mapped = mapVariables(data, { includeHidden: values["include-hidden"] ?? false });
  mapped.notes.unshift(...notes);
  const tokensDir = tokensDirOf(values, io);
  const code = await syncTokenFiles(mapped, {
    tokensDir,
    check: values.check ?? false,
    allowRemovals: values["allow-removals"] ?? false,
    sourceName,
    stdout: io.stdout,
  });
  if (code !== EXIT.ok) return code;
  // tokens/ now holds what the source says (written, or already equal): it must pass `check`.
  const { problems } = checkTokens(await readTokenSource(tokensDir));
  if (problems.length === 0) return code;
  io.stderr(
    `${tokensDir} fails the token check after the sync; build will fail until these are fixed (in Figma or by hand):\n${problems.map((p) => `  - ${p}\n`).join("")}`,
  );
  return EXIT.invalid;
}

const MISSING_TOKEN =
  "pull needs FIGMA_TOKEN: a personal access token with the file_variables:read scope (Figma → Settings → Security). Without Enterprise API access, export the variables and use import.";

async function runPull(values: Values, io: CliIo): Promise<number> {
  const fileKey = (values["file-key"] ?? io.env.FIGMA_FILE_KEY)?.trim();
  if (!fileKey) {
    throw new TokensError(
      "pull needs a Figma file key: pass --file-key or set FIGMA_FILE_KEY.",
      [],
      EXIT.refused,
    );
  }
  const json = await fetchLocalVariables({
    ...cliClientOptions(io, values, MISSING_TOKEN),
    fileKey,
  });
  return syncFrom(
    variablesDataFrom(json, `Figma's response for file ${fileKey}`),
    `Figma file ${fileKey}`,
    [],
    values,
    io,
  );
}

async function runImport(values: Values, io: CliIo, files: string[]): Promise<number> {
  const imported = await importVariableFiles(files.map((file) => path.resolve(io.cwd, file)));
  return syncFrom(
    imported.data,
    `the ${imported.format} (${files.join(", ")})`,
    imported.notes,
    values,
    io,
  );
}

async function runCheck(values: Values, io: CliIo): Promise<number> {
  const tokensDir = tokensDirOf(values, io);
  const report = checkTokens(await readTokenSource(tokensDir));
  if (report.problems.length > 0) {
    io.stderr(`Token check failed with ${report.problems.length} problem(s):\n`);
    for (const problem of report.problems) io.stderr(`  - ${problem}\n`);
    return EXIT.failed;
  }
  const tokenCount = report.layers[0]?.resolved.tokens.size ?? 0;
  io.stdout(
    `Tokens OK: ${tokenCount} tokens, ${report.layers.length} mode(s), ${report.contrast.length} contrast pairs pass WCAG 2.2 AA.\n`,
  );
  const chart = report.dataviz.filter((result) => result.kind === "contrast").length;
  if (chart > 0) {
    io.stdout(
      `Chart palette OK: ${chart} categorical colours (all modes) reach ${CHART_MIN_CONTRAST}:1 on color.chart.surface; neighbours stay ΔE2000 >= ${CVD_MIN_DELTA_E} apart under protanopia, deuteranopia and tritanopia (Machado 2009).\n`,
    );
  }
  return 0;
}

/** Runs one CLI command; returns the exit code. Errors are printed, never thrown. */
export const runCli = cliRunner({
  name: "nexod-tokens",
  usage: USAGE,
  options: OPTIONS,
  commands: { pull: runPull, import: runImport, build: runBuild, check: runCheck },
  figmaExitCodes: { unreachable: EXIT.unreachable, refused: EXIT.refused },
  exitCodeOf: (error, command) =>
    error instanceof TokensError
      ? // A sync's own failures must not look like drift (1) to CI.
        (error.exitCode ??
        (command === "pull" || command === "import" ? EXIT.invalid : EXIT.failed))
      : undefined,
  internalExitCode: EXIT.internal,
});
