/**
 * Exit codes of `nexod-tokens`, distinct so CI can tell drift from an outage from a setting to
 * fix. Documented in the package README ("Exit codes").
 */
export const EXIT = {
  /** Done; with --check: tokens/ matches the source. */
  ok: 0,
  /** pull/import --check: tokens/ differs from the source. check/build: the tokens fail the check. */
  failed: 1,
  /** Wrong command line: unknown command or option, a bad --timeout. */
  usage: 2,
  /** Figma could not be reached or kept failing (network, timeout, 429/5xx, cut-off response). */
  unreachable: 3,
  /** Figma refused or the settings are wrong: token, file key, FIGMA_API_URL, a redirect. */
  refused: 4,
  /** The variables or files cannot be synced as they are, or tokens/ fails `check` after it. */
  invalid: 5,
  /** A bug in nexod-tokens: the message has a stack trace for the report. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
