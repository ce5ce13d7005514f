import { FigmaError } from "./figma-error.ts";

export interface FigmaCredentials {
  /** Trimmed once: the token that is sent is the one that is redacted from messages. */
  token: string;
  /** The environment variable it came from, for messages. */
  variable: "FIGMA_OAUTH_TOKEN" | "FIGMA_TOKEN";
  /** Send it as `Authorization: Bearer` (OAuth) instead of `X-Figma-Token`. */
  oauth: boolean;
}

/**
 * The token from FIGMA_OAUTH_TOKEN, else FIGMA_TOKEN; undefined when neither is set. It is
 * sent as an OAuth bearer token when it came from FIGMA_OAUTH_TOKEN, starts with `figu_` (Figma's
 * OAuth prefix) or `--oauth` was given.
 */
export function figmaCredentials(
  env: NodeJS.ProcessEnv,
  oauthFlag: boolean,
): FigmaCredentials | undefined {
  const oauthToken = env.FIGMA_OAUTH_TOKEN?.trim() || undefined;
  const token = oauthToken ?? env.FIGMA_TOKEN?.trim();
  if (!token) return undefined;
  return {
    token,
    variable: oauthToken ? "FIGMA_OAUTH_TOKEN" : "FIGMA_TOKEN",
    oauth: Boolean(oauthFlag || oauthToken || token.startsWith("figu_")),
  };
}

/** Header values are visible ASCII; a pasted line break or non-ASCII character fails early. */
export function checkTokenCharacters(token: string, variable: string): void {
  const bad = [...token].findIndex((char) => !/^[\x21-\x7e]$/.test(char));
  if (bad >= 0) {
    throw new FigmaError(
      `${variable} has a character that cannot be sent in an HTTP header (a space, line break or non-ASCII character at position ${bad + 1}). Copy the token again from Figma → Settings → Security.`,
      "refused",
    );
  }
}

/** Every Figma token in `env` replaced by `***`, for text that may quote one (a stack trace). */
export function redactTokens(text: string, env: NodeJS.ProcessEnv): string {
  return [env.FIGMA_OAUTH_TOKEN, env.FIGMA_TOKEN]
    .map((token) => token?.trim())
    .reduce((out: string, token) => (token ? out.replaceAll(token, "***") : out), text);
}
