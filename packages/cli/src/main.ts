import { parseArgs } from "node:util";
import { add } from "./add";
import { InitError } from "./errors";
import { init, type Io } from "./init";

const USAGE = `Usage: nexod <command> [options]

Commands:
  init              Set up this Next.js app on the Nexod design system: packages, CSS in the
                    order-proof form, Tailwind preset (3) or theme (4), theme provider without a
                    flash, TooltipProvider and Toaster, ESLint guard rails.
  add [block...]    Copy whole-page blocks (source you own) into components/blocks/ and install
                    what they import. Without a block name: list the blocks.

Options:
  --dry-run         Print the changes as a diff; write and install nothing
  --yes, -y         Apply without asking
  --no-install      Write the files but do not install packages
  --tag <tag>       Install the @nexod packages at this dist-tag or version (default: latest)
  --overwrite       add: replace block files that exist and differ (yours are kept otherwise)
  --path <dir>      add: the folder blocks go into (default: components/blocks, or src/…)
  --cwd <dir>       The app's folder (default: the current folder)
  --help, -h        Show this help
`;

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        yes: { type: "boolean", short: "y", default: false },
        "no-install": { type: "boolean", default: false },
        tag: { type: "string" },
        overwrite: { type: "boolean", default: false },
        path: { type: "string" },
        cwd: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    io.stderr(`nexod: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout(USAGE);
    return command || values.help ? 0 : 2;
  }
  if ((command !== "init" && command !== "add") || (command === "init" && rest.length > 0)) {
    io.stderr(`nexod: unknown command "${positionals.join(" ")}"\n\n${USAGE}`);
    return 2;
  }
  try {
    if (command === "add")
      return await add(
        {
          cwd: values.cwd ?? process.cwd(),
          blocks: rest,
          dryRun: values["dry-run"],
          yes: values.yes,
          install: !values["no-install"],
          overwrite: values.overwrite,
          path: values.path,
          tag: values.tag,
          registryDir: io.blocksDir,
        },
        io,
      );
    return await init(
      {
        cwd: values.cwd ?? process.cwd(),
        dryRun: values["dry-run"],
        yes: values.yes,
        install: !values["no-install"],
        tag: values.tag,
      },
      io,
    );
  } catch (error) {
    if (error instanceof InitError) {
      io.stderr(`nexod: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
