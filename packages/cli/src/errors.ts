/** A problem the user can act on: printed as its message, without a stack trace. */
export class InitError extends Error {
  override name = "InitError";
}
