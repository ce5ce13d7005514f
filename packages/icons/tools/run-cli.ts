import path from "node:path";
import { cliClientOptions, cliRunner, type CliIo, type CliValues } from "@nexod/figma-rest";
import { IconsError } from "./figma-request.ts";
import { ICON_FILE_NAME } from "./names.ts";
import { pullIcons } from "./pull.ts";
import { cleanSvg, IconSourceError } from "./svg-clean.ts";
import {
  diffSvgs,
  formatChanges,
  hasChanges,
  readSvgFolder,
  writeSvgChanges,
} from "./svg-folder.ts";

const USAGE = `Usage: nexod-icons <command> [options]

Commands:
  pull                Export the icon components of a Figma page or frame into the SVG
                      folder: sanitised, optimised with SVGO, all or nothing
  tidy                Rewrite the SVG folder in canonical form (after adding SVGs by hand)

Options:
  --out <dir>         SVG folder (default: ./svg)
  --file-key <key>    pull: Figma file or branch key (default: $FIGMA_FILE_KEY)
  --node-id <id>      pull: the page or frame holding the icon components, as in its URL
                      (node-id=12-34) (default: $FIGMA_ICONS_NODE_ID)
  --keep-missing      pull: keep SVGs that have no component in Figma (default: remove them)
  --check             pull/tidy: exit 1 if the folder differs; write nothing
  --timeout <s>       pull: request timeout in seconds, up to 3600 (default: 30)
  --oauth             pull: FIGMA_TOKEN is an OAuth token (sent as Bearer)
  -h, --help          Show this help

Environment: FIGMA_TOKEN (personal access token with the file_content:read scope; figu_
tokens are sent as OAuth), FIGMA_OAUTH_TOKEN, FIGMA_FILE_KEY, FIGMA_ICONS_NODE_ID,
FIGMA_API_URL (default https://api.figma.com).
`;

const OPTIONS = {
  out: { type: "string" },
  "file-key": { type: "string" },
  "node-id": { type: "string" },
  "keep-missing": { type: "boolean" },
  check: { type: "boolean" },
  timeout: { type: "string" },
  oauth: { type: "boolean" },
} as const;

type Values = CliValues<typeof OPTIONS>;

const outDirOf = (values: Values, io: CliIo) => path.resolve(io.cwd, values.out ?? "svg");

/** Reports the difference; writes it unless --check. Exit code: --check fails on a difference. */
async function applyChanges(
  next: Map<string, string>,
  remove: boolean,
  source: string,
  values: Values,
  io: CliIo,
): Promise<number> {
  const outDir = outDirOf(values, io);
  const changes = diffSvgs(await readSvgFolder(outDir), next, remove);
  const shownDir = path.relative(io.cwd, outDir) || ".";
  if (!hasChanges(changes)) {
    io.stdout(`${shownDir}/ is up to date with ${source} (${next.size} icons).\n`);
    return 0;
  }
  if (values.check) {
    io.stdout(`${shownDir}/ differs from ${source}: ${formatChanges(changes)}`);
    return 1;
  }
  await writeSvgChanges(outDir, next, changes);
  io.stdout(`Wrote ${shownDir}/ from ${source}: ${formatChanges(changes)}`);
  return 0;
}

const MISSING_TOKEN =
  "pull needs FIGMA_TOKEN: a personal access token with the file_content:read scope (Figma → Settings → Security).";

async function runPull(values: Values, io: CliIo): Promise<number> {
  const fileKey = values["file-key"] ?? io.env.FIGMA_FILE_KEY;
  const nodeId = values["node-id"] ?? io.env.FIGMA_ICONS_NODE_ID;
  if (!fileKey)
    throw new IconsError("pull needs a Figma file key: pass --file-key or set FIGMA_FILE_KEY.");
  if (!nodeId) {
    throw new IconsError(
      "pull needs the node id of the page or frame holding the icon components: pass --node-id (node-id=12-34 in its URL) or set FIGMA_ICONS_NODE_ID.",
    );
  }
  const svgs = await pullIcons({
    ...cliClientOptions(io, values, MISSING_TOKEN),
    fileKey,
    nodeId,
  });
  return applyChanges(
    svgs,
    !values["keep-missing"],
    `Figma file ${fileKey} (node ${nodeId})`,
    values,
    io,
  );
}

async function runTidy(values: Values, io: CliIo): Promise<number> {
  const outDir = outDirOf(values, io);
  const current = await readSvgFolder(outDir);
  const badNames = [...current.keys()].filter((name) => !ICON_FILE_NAME.test(name));
  if (badNames.length > 0) {
    throw new IconsError(
      `SVG file names must be lower-case words joined by "-" (like arrow-up-right.svg); rename: ${badNames.map((name) => `${name}.svg`).join(", ")}`,
    );
  }
  const tidied = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, text] of current) {
    try {
      tidied.set(name, cleanSvg(text, `${name}.svg`));
    } catch (error) {
      if (!(error instanceof IconSourceError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new IconsError(`Nothing was written:\n${problems.join("\n")}`);
  return applyChanges(tidied, false, "its canonical form", values, io);
}

/**
 * Runs one CLI command; returns the exit code. Every error the user can act on exits 1, as a
 * difference found by --check does. Errors are printed, never thrown.
 */
export const runCli = cliRunner({
  name: "nexod-icons",
  usage: USAGE,
  options: OPTIONS,
  commands: { pull: runPull, tidy: runTidy },
  figmaExitCodes: { unreachable: 1, refused: 1 },
  exitCodeOf: (error) =>
    error instanceof IconsError || error instanceof IconSourceError ? 1 : undefined,
  internalExitCode: 1,
});
