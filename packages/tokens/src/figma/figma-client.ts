import { TokensError } from "../errors";
import { EXIT } from "../exit-codes";
import { isObject } from "../tokens/token-tree";
import { checkTokenCharacters, fetchSameOrigin, parseApiUrl } from "./http";

export interface FetchVariablesOptions {
  /** Default https://api.figma.com (FIGMA_API_URL). */
  baseUrl: string;
  fileKey: string;
  /** Sent as is: the caller trims it once, so what is redacted is exactly what is sent. */
  token: string;
  /** The environment variable the token came from, for messages. */
  tokenVariable?: string;
  /** Send the token as `Authorization: Bearer` (OAuth) instead of `X-Figma-Token`. */
  oauth: boolean;
  timeoutMs: number;
  /** Retries after a 429, a 5xx or a network error. */
  maxRetries?: number;
  /** Longest `Retry-After` honoured; Figma has asked for days. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date → milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function figmaMessage(body: string): string {
  try {
    const json: unknown = JSON.parse(body);
    if (isObject(json)) {
      const message = json.message ?? json.err;
      if (typeof message === "string") return message;
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return body.slice(0, 200).trim();
}

/** One sentence per failure the user can fix (exit 4: a setting or access to fix, not an outage). */
function accessError(status: number, message: string, fileKey: string): TokensError {
  return new TokensError(accessErrorMessage(status, message, fileKey), [], EXIT.refused);
}

function accessErrorMessage(status: number, message: string, fileKey: string): string {
  const quoted = message ? ` Figma said: "${message}".` : "";
  if (status === 401) {
    return `Figma rejected the token (401): FIGMA_TOKEN is missing, wrong or expired.${quoted}`;
  }
  if (status === 403) {
    if (/scope/i.test(message)) {
      return `The token lacks the file_variables:read scope (403). Create a personal access token with "Variables: read" in Figma → Settings → Security.${quoted}`;
    }
    if (/plan/i.test(message)) {
      return `Your Figma plan has no Variables REST API access (403); it needs an Enterprise plan. Export the variables in Figma and use "nexod-tokens import" instead.${quoted}`;
    }
    if (/invalid token/i.test(message)) {
      return `Figma rejected the token (403 Invalid token): it is wrong, expired or revoked, or it is an OAuth token sent without --oauth.${quoted}`;
    }
    return `Figma refused access (403): reading variables needs a token with the file_variables:read scope, a Full seat in an Enterprise organisation and view access to file ${fileKey}.${quoted}`;
  }
  if (status === 404) {
    return `Figma has no file with key ${fileKey} that this token can open (404). Check --file-key / FIGMA_FILE_KEY: it is the part after /design/ in the file's URL.${quoted}`;
  }
  return `Figma answered ${status}.${quoted}`;
}

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");

const reasonOf = (error: unknown) => {
  const { message, cause } = error as Error & { cause?: Error };
  return cause?.message ? `${message}: ${cause.message}` : message;
};

function timeoutError(timeoutMs: number, url: string) {
  return new TokensError(
    `Figma did not answer within ${describeWait(timeoutMs)} (${url}). Try again, or raise --timeout.`,
    [],
    EXIT.unreachable,
  );
}

/** undici rejects with "fetch failed" for network errors; any other error is the request's own. */
const isNetworkError = (error: unknown) =>
  error instanceof TypeError && error.message === "fetch failed";

function describeWait(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${(s / 86_400).toFixed(1)} days`;
}

/**
 * GET {base}/v1/files/{key}/variables/local. Retries 429 and 5xx (honouring Retry-After up to a
 * cap, else exponential backoff) and network errors; times out each request; maps 401/403/404 to
 * one actionable sentence. The token never appears in any message.
 */
export async function fetchLocalVariables(options: FetchVariablesOptions): Promise<unknown> {
  const { fileKey, token, timeoutMs } = options;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxRetryAfter = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const sleep = options.sleep ?? wait;
  const base = parseApiUrl(options.baseUrl);
  checkTokenCharacters(token, options.tokenVariable ?? "FIGMA_TOKEN");
  const url = `${base.href.replace(/\/+$/, "")}/v1/files/${encodeURIComponent(fileKey)}/variables/local`;
  const headers: Record<string, string> = options.oauth
    ? { Authorization: `Bearer ${token}` }
    : { "X-Figma-Token": token };
  const redact = (text: string) => (token ? text.replaceAll(token, "***") : text);

  for (let attempt = 0; ; attempt++) {
    const retriesLeft = attempt < maxRetries;
    const backoff = 1000 * 2 ** attempt + Math.floor(Math.random() * 250);
    let response: Response;
    try {
      response = await fetchSameOrigin(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (error instanceof TokensError) throw error;
      if (isTimeout(error)) throw timeoutError(timeoutMs, url);
      const reason = redact(reasonOf(error));
      if (!isNetworkError(error)) {
        throw new TokensError(
          `Could not send the request to ${url} (${reason}). Check FIGMA_API_URL and ${options.tokenVariable ?? "FIGMA_TOKEN"}; this is not retried.`,
          [],
          EXIT.refused,
        );
      }
      if (retriesLeft) {
        options.log?.(`Could not reach Figma (${reason}); retrying in ${describeWait(backoff)}.`);
        await sleep(backoff);
        continue;
      }
      throw new TokensError(
        `Could not reach Figma at ${url} (${reason}), also after ${maxRetries} retries. Check the network and FIGMA_API_URL.`,
        [],
        EXIT.unreachable,
      );
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      if (isTimeout(error)) throw timeoutError(timeoutMs, url);
      throw new TokensError(
        `Figma's response from ${url} was cut off (${redact(reasonOf(error))}). Nothing was written; try again.`,
        [],
        EXIT.unreachable,
      );
    }
    if (response.ok) {
      try {
        return JSON.parse(body);
      } catch {
        throw new TokensError(
          `Figma's response from ${url} is not valid JSON (cut off after ${body.length} bytes?). Nothing was written; try again.`,
          [],
          EXIT.unreachable,
        );
      }
    }
    const message = redact(figmaMessage(body));
    if (response.status === 429 || response.status >= 500) {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      if (retryAfter !== undefined && retryAfter > maxRetryAfter) {
        const seat =
          response.headers.get("x-figma-rate-limit-type") === "low"
            ? " Your seat type (View/Collab) has a low rate limit."
            : "";
        throw new TokensError(
          `Figma's rate limit asks to wait ${describeWait(retryAfter)} (Retry-After: ${response.headers.get("retry-after")}), longer than the ${describeWait(maxRetryAfter)} this tool waits.${seat} Try again later.`,
          [],
          EXIT.unreachable,
        );
      }
      if (retriesLeft) {
        const delay = retryAfter ?? backoff;
        options.log?.(`Figma answered ${response.status}; retrying in ${describeWait(delay)}.`);
        await sleep(delay);
        continue;
      }
      const what =
        response.status === 429 ? "rate-limited the request" : `answered ${response.status}`;
      throw new TokensError(
        `Figma ${what} ${maxRetries + 1} times in a row. Try again later.${message ? ` Figma said: "${message}".` : ""}`,
        [],
        EXIT.unreachable,
      );
    }
    throw accessError(response.status, message, fileKey);
  }
}
