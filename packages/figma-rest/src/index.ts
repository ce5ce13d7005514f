export { cliClientOptions, type CliClientOptions } from "./client-options.ts";
export { figmaCredentials, type FigmaCredentials } from "./credentials.ts";
export { FigmaClient, type FigmaClientOptions } from "./figma-client.ts";
export { FigmaError, type FigmaFailure } from "./figma-error.ts";
export { parseRetryAfter, type ExplainForbidden } from "./figma-messages.ts";
export {
  cliRunner,
  CliUsageError,
  timeoutMsFrom,
  type CliIo,
  type CliProgram,
  type CliValues,
} from "./run-cli.ts";
