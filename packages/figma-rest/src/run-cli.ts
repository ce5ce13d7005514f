import { parseArgs, type ParseArgsOptionsConfig } from "node:util";
import { redactTokens } from "./credentials.ts";
import { FigmaError, type FigmaFailure } from "./figma-error.ts";

/** What a CLI touches of the world, so tests run it in-process. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Test hook: how pull waits between retries. */
  sleep?: (ms: number) => Promise<void>;
}

export type CliValues<Options extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: Options; allowPositionals: true }>
>["values"];

/** A wrong command line: unknown command or option, a bad option value. Exit code 2. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

const USAGE_EXIT_CODE = 2;

export interface CliProgram<Options extends ParseArgsOptionsConfig> {
  /** The command's name, for the report of an unexpected failure (`nexod-tokens`). */
  name: string;
  /** Printed for --help, after an argument error and for an unknown command. */
  usage: string;
  /** `parseArgs` options; `-h`/`--help` is added. */
  options: Options;
  /** Each command: its option values and the positionals after its name → the exit code. */
  commands: Record<
    string,
    (values: CliValues<Options>, io: CliIo, args: string[]) => Promise<number>
  >;
  /** The exit code of a failed Figma request (a FigmaError), by its failure. */
  figmaExitCodes: Record<FigmaFailure, number>;
  /**
   * The exit code of the program's own errors the user can act on (the message is printed
   * alone); undefined for anything else: a bug, printed with its stack and `internalExitCode`.
   */
  exitCodeOf: (error: unknown, command: string) => number | undefined;
  internalExitCode: number;
}

const HELP = { help: { type: "boolean", short: "h" } } as const;

/**
 * The CLI of `program`: runs one command and returns the exit code (2 for a wrong command
 * line). Errors are printed, never thrown.
 */
export function cliRunner<Options extends ParseArgsOptionsConfig>(
  program: CliProgram<Options>,
): (argv: readonly string[], io: CliIo) => Promise<number> {
  return (argv, io) => runCommand(program, argv, io);
}

async function runCommand<Options extends ParseArgsOptionsConfig>(
  program: CliProgram<Options>,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...program.options, ...HELP },
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${program.usage}`);
    return USAGE_EXIT_CODE;
  }
  const values = parsed.values as CliValues<Options> & { help?: boolean };
  const [command, ...args] = parsed.positionals;
  if (values.help || command === undefined) {
    io.stdout(program.usage);
    return values.help ? 0 : USAGE_EXIT_CODE;
  }
  const run = Object.hasOwn(program.commands, command) ? program.commands[command] : undefined;
  if (!run) {
    io.stderr(`Unknown command "${command}".\n\n${program.usage}`);
    return USAGE_EXIT_CODE;
  }
  try {
    return await run(values, io, args);
  } catch (error) {
    const code = exitCodeOf(program, error, command);
    if (code !== undefined) {
      io.stderr(`${(error as Error).message}\n`);
      return code;
    }
    // Not a mistake the user can fix from the message alone: keep the stack for the bug report.
    const text = (error as Error).stack ?? String(error);
    io.stderr(`${program.name} ${command} failed unexpectedly:\n${redactTokens(text, io.env)}\n`);
    return program.internalExitCode;
  }
}

function exitCodeOf<Options extends ParseArgsOptionsConfig>(
  program: CliProgram<Options>,
  error: unknown,
  command: string,
): number | undefined {
  if (error instanceof CliUsageError) return USAGE_EXIT_CODE;
  if (error instanceof FigmaError) return program.figmaExitCodes[error.failure];
  return program.exitCodeOf(error, command);
}

const MAX_TIMEOUT_S = 3600;

/**
 * `--timeout` in seconds as milliseconds (default 30 s). setTimeout holds at most 2^31-1 ms
 * (24.8 days) and fires at once beyond that, so the limit is an hour.
 */
export function timeoutMsFrom(raw: string | undefined): number {
  const seconds = Number(raw ?? 30);
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_S)) {
    throw new CliUsageError(
      `--timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_S}, got "${raw}".`,
    );
  }
  return seconds * 1000;
}
