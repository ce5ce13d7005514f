import path from "node:path";
import { parseArgs } from "node:util";
import { buildTokens } from "./build/build-tokens";
import { checkTokens } from "./check/check-tokens";
import { TokensError } from "./errors";
import { EXIT } from "./exit-codes";
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

const MAX_TIMEOUT_S = 3600;

async function runPull(values: Values, io: CliIo): Promise<number> {
  const fileKey = (values["file-key"] ?? io.env.FIGMA_FILE_KEY)?.trim();
  // Trimmed once: the token that is sent is the one that is redacted from messages.
  const oauthToken = io.env.FIGMA_OAUTH_TOKEN?.trim() || undefined;
  const token = oauthToken ?? io.env.FIGMA_TOKEN?.trim();
  const tokenVariable = oauthToken ? "FIGMA_OAUTH_TOKEN" : "FIGMA_TOKEN";
  if (!fileKey) {
    throw new TokensError(
      "pull needs a Figma file key: pass --file-key or set FIGMA_FILE_KEY.",
      [],
      EXIT.refused,
    );
  }
  if (!token) {
    throw new TokensError(
      "pull needs FIGMA_TOKEN: a personal access token with the file_variables:read scope (Figma → Settings → Security). Without Enterprise API access, export the variables and use import.",
      [],
      EXIT.refused,
    );
  }
  const timeout = Number(values.timeout ?? 30);
  // setTimeout holds at most 2^31-1 ms (24.8 days); beyond that it fires at once.
  if (!(timeout > 0 && timeout <= MAX_TIMEOUT_S)) {
    throw new TokensError(
      `--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_S}, got "${values.timeout}".`,
      [],
      EXIT.usage,
    );
  }
  const json = await fetchLocalVariables({
    baseUrl: io.env.FIGMA_API_URL || "https://api.figma.com",
    fileKey,
    token,
    tokenVariable,
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
    return EXIT.failed;
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
    return EXIT.usage;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || command === undefined) {
    io.stdout(USAGE);
    return command === undefined && !parsed.values.help ? EXIT.usage : EXIT.ok;
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
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof TokensError) {
      io.stderr(`${error.message}\n`);
      // A sync's own failures must not look like drift (1) to CI.
      return (
        error.exitCode ?? (command === "pull" || command === "import" ? EXIT.invalid : EXIT.failed)
      );
    }
    // Not a mistake the user can fix from the message alone: keep the stack for the bug report.
    io.stderr(
      `nexod-tokens ${command} failed unexpectedly:\n${(error as Error).stack ?? String(error)}\n`,
    );
    return EXIT.internal;
  }
}
