import { FigmaError } from "./figma-error.ts";

/** Seconds or an HTTP date → milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A wait for people: `7 s`, `3 min`, `24 h`, `2.5 days`. */
export function describeWait(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${(s / 86_400).toFixed(1)} days`;
}

/** The `message` (or `err`) of Figma's JSON error body, else the start of the raw text. */
export function figmaMessage(body: string): string {
  try {
    const json: unknown = JSON.parse(body);
    if (json && typeof json === "object") {
      const { message, err } = json as { message?: unknown; err?: unknown };
      const text = message ?? err;
      if (typeof text === "string") return text;
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return body.slice(0, 200).trim();
}

/**
 * The caller's wording for a 403 that is not a bad token: the scope, seat or plan its requests
 * need (variables for nexod-tokens, file content for nexod-icons). `message` is Figma's own,
 * with the token redacted.
 */
export type ExplainForbidden = (message: string, fileKey: string) => string;

/** One sentence per 4xx the user can fix; all are `refused` (a setting or access to fix). */
export function accessError(
  status: number,
  message: string,
  fileKey: string,
  explainForbidden: ExplainForbidden,
): FigmaError {
  const quoted = message ? ` Figma said: "${message}".` : "";
  const sentence = (text: string) => new FigmaError(`${text}${quoted}`, "refused");
  if (status === 401) {
    return sentence("Figma rejected the token (401): FIGMA_TOKEN is missing, wrong or expired.");
  }
  if (status === 403 && /invalid token/i.test(message)) {
    return sentence(
      "Figma rejected the token (403 Invalid token): it is wrong, expired or revoked, or it is an OAuth token sent without --oauth.",
    );
  }
  if (status === 403) return sentence(explainForbidden(message, fileKey));
  if (status === 404) {
    return sentence(
      `Figma has no file with key ${fileKey} that this token can open (404). Check --file-key / FIGMA_FILE_KEY: it is the part after /design/ in the file's URL.`,
    );
  }
  return sentence(`Figma answered ${status}.`);
}
