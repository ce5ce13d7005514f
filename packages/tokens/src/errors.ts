/**
 * An error the user can act on. The CLI prints its message without a stack trace, so the
 * message must say what is wrong, where (file, token path, Figma variable) and what to do.
 */
export class TokensError extends Error {
  override name = "TokensError";
  readonly problems: readonly string[];

  constructor(message: string, problems: readonly string[] = []) {
    super(
      problems.length > 0 ? `${message}\n${problems.map((p) => `  - ${p}`).join("\n")}` : message,
    );
    this.problems = problems;
  }
}
