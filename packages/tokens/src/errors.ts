import { type ExitCode } from "./exit-codes";

/**
 * An error the user can act on. The CLI prints its message without a stack trace, so the
 * message must say what is wrong, where (file, token path, Figma variable) and what to do.
 * `exitCode` sets the CLI's exit code; without it, sync commands exit 5 and others 1.
 */
export class TokensError extends Error {
  override name = "TokensError";
  readonly problems: readonly string[];
  readonly exitCode: ExitCode | undefined;

  constructor(message: string, problems: readonly string[] = [], exitCode?: ExitCode) {
    super(
      problems.length > 0 ? `${message}\n${problems.map((p) => `  - ${p}`).join("\n")}` : message,
    );
    this.problems = problems;
    this.exitCode = exitCode;
  }
}
