import path from "node:path";
import { parseArgs } from "node:util";
import { buildTokens } from "./build/build-tokens";
import { checkTokens } from "./check/check-tokens";
import { TokensError } from "./errors";
import { readTokenSource } from "./io/token-files";
import { fetchLocalVariables, type FetchVariablesOptions } from "./figma/figma-client";
import { variablesDataFrom, type VariablesData } from "./figma/figma-types";
import { importVariableFiles } from "./figma/import-files";
import { mapVariables } from "./figma/map-variables";
import { syncTokenFiles } from "./figma/sync-token-files";

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Test hook: how pull waits between retries. */
  sleep?: FetchVariablesOptions["sleep"];
}

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
  --timeout <s>       pull: request timeout in seconds (default: 30)
  --oauth             pull: FIGMA_TOKEN is an OAuth token (sent as Bearer)
  -h, --help          Show this help

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
  timeout: { type: "string" },
  oauth: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>["values"];

async function runBuild(values: Values, io: CliIo): Promise<number> {
  const started = performance.now();
  const result = await buildTokens({
    tokensDir: tokensDirOf(values, io),
    outDir: path.resolve(io.cwd, values["out-dir"] ?? "dist"),
  });
  const ms = Math.round(performance.now() - started);
  io.stdout(`Built ${result.tokenCount} tokens into ${result.files.join(", ")} in ${ms} ms.\n`);
  return 0;
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
    sourceName,
    stdout: io.stdout,
  });
  if (code === 0 && !values.check) {
    const { problems } = checkTokens(await readTokenSource(tokensDir));
    if (problems.length > 0) {
      io.stderr(
        `Warning: build will fail until these are fixed (in Figma or by hand):\n${problems.map((p) => `  - ${p}\n`).join("")}`,
      );
    }
  }
  return code;
}

async function runPull(values: Values, io: CliIo): Promise<number> {
  const fileKey = values["file-key"] ?? io.env.FIGMA_FILE_KEY;
  const oauthToken = io.env.FIGMA_OAUTH_TOKEN;
  const token = oauthToken ?? io.env.FIGMA_TOKEN;
  if (!fileKey)
    throw new TokensError("pull needs a Figma file key: pass --file-key or set FIGMA_FILE_KEY.");
  if (!token) {
    throw new TokensError(
      "pull needs FIGMA_TOKEN: a personal access token with the file_variables:read scope (Figma → Settings → Security). Without Enterprise API access, export the variables and use import.",
    );
  }
  const timeout = Number(values.timeout ?? 30);
  if (!(timeout > 0))
    throw new TokensError(`--timeout must be a number of seconds, got "${values.timeout}".`);
  const json = await fetchLocalVariables({
    baseUrl: io.env.FIGMA_API_URL || "https://api.figma.com",
    fileKey,
    token,
    oauth: Boolean(values.oauth || oauthToken || token.startsWith("figu_")),
    timeoutMs: timeout * 1000,
    log: (line) => io.stderr(`${line}\n`),
    ...(io.sleep ? { sleep: io.sleep } : {}),
  });
  return syncFrom(
    variablesDataFrom(json, `Figma's response for file ${fileKey}`),
    `Figma file ${fileKey}`,
    [],
    values,
    io,
  );
}

async function runImport(values: Values, files: string[], io: CliIo): Promise<number> {
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
    return 1;
  }
  const tokenCount = report.layers[0]?.resolved.tokens.size ?? 0;
  io.stdout(
    `Tokens OK: ${tokenCount} tokens, ${report.layers.length} mode(s), ${report.contrast.length} contrast pairs pass WCAG 2.2 AA.\n`,
  );
  return 0;
}

/** Runs one CLI command; returns the exit code. Errors are printed, never thrown. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === undefined) {
    io.stdout(USAGE);
    return command === undefined && !parsed.values.help ? 2 : 0;
  }
  try {
    switch (command) {
      case "pull":
        return await runPull(parsed.values, io);
      case "import":
        return await runImport(parsed.values, rest, io);
      case "build":
        return await runBuild(parsed.values, io);
      case "check":
        return await runCheck(parsed.values, io);
      default:
        io.stderr(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof TokensError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    // Not a mistake the user can fix from the message alone: keep the stack for the bug report.
    io.stderr(
      `nexod-tokens ${command} failed unexpectedly:\n${(error as Error).stack ?? String(error)}\n`,
    );
    return 1;
  }
}
