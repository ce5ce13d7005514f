/**
 * What went wrong, for the exit code: `unreachable` is an outage to wait out (network, timeout,
 * 429/5xx, a cut-off response), `refused` a setting or access to fix (token, file key,
 * FIGMA_API_URL, a redirect).
 */
export type FigmaFailure = "unreachable" | "refused";

/** A Figma request that failed in a way the user can act on; the message says what to do. */
export class FigmaError extends Error {
  override name = "FigmaError";
  readonly failure: FigmaFailure;

  constructor(message: string, failure: FigmaFailure) {
    super(message);
    this.failure = failure;
  }
}
