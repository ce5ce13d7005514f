import { figmaCredentials } from "./credentials.ts";
import { type FigmaClientOptions } from "./figma-client.ts";
import { FigmaError } from "./figma-error.ts";
import { timeoutMsFrom, type CliIo } from "./run-cli.ts";

export type CliClientOptions = Omit<FigmaClientOptions, "fileKey" | "explainForbidden">;

/**
 * The client options a CLI's pull takes from its settings: FIGMA_API_URL (default
 * https://api.figma.com), the token (`figmaCredentials`), `--oauth`, `--timeout`, retries
 * reported on stderr and the tests' sleep. Without a token it throws a `refused` FigmaError
 * with `missingToken`, the CLI's words for which token it needs; a bad --timeout is a
 * CliUsageError.
 */
export function cliClientOptions(
  io: CliIo,
  values: { oauth?: boolean | undefined; timeout?: string | undefined },
  missingToken: string,
): CliClientOptions {
  const credentials = figmaCredentials(io.env, values.oauth ?? false);
  if (!credentials) throw new FigmaError(missingToken, "refused");
  return {
    baseUrl: io.env.FIGMA_API_URL || "https://api.figma.com",
    token: credentials.token,
    tokenVariable: credentials.variable,
    oauth: credentials.oauth,
    timeoutMs: timeoutMsFrom(values.timeout),
    log: (line) => io.stderr(`${line}\n`),
    ...(io.sleep ? { sleep: io.sleep } : {}),
  };
}
