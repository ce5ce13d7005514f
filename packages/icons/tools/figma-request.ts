// Figma REST requests for `nexod-icons pull`, with the rules of `nexod-tokens pull`
// (packages/tokens/src/figma/figma-client.ts): 429 and 5xx retried with Retry-After (capped) or
// exponential backoff, network errors retried, every request timed out, 401/403/404 turned into
// one sentence the user can act on, and the token never printed. That client is private to
// @nexod/tokens and reads variables only; this one also downloads the rendered SVGs, and sends
// the token to the API origin only, never to the image CDN.

/** An error the user can act on: the CLI prints its message without a stack trace. */
export class IconsError extends Error {
  override name = "IconsError";
}

export interface FigmaRequestOptions {
  /** Default https://api.figma.com (FIGMA_API_URL). */
  baseUrl: string;
  fileKey: string;
  token: string;
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

export function describeWait(ms: number): string {
  const s = Math.round(ms / 100) / 10;
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${(s / 86_400).toFixed(1)} days`;
}

function figmaMessage(body: string): string {
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

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");

const reasonOf = (error: unknown) => {
  const { message, cause } = error as Error & { cause?: Error };
  return cause?.message ? `${message}: ${cause.message}` : message;
};

/** GET requests to Figma's API and to the URLs it hands out. */
export class FigmaRequester {
  readonly #options: FigmaRequestOptions;
  readonly #apiOrigin: string;

  constructor(options: FigmaRequestOptions) {
    this.#options = options;
    this.#apiOrigin = new URL(options.baseUrl).origin;
  }

  /** The token replaced by `***` wherever it might appear. */
  redact(text: string): string {
    const { token } = this.#options;
    return token ? text.replaceAll(token, "***") : text;
  }

  /** GET {baseUrl}{pathAndQuery} with the token; the parsed JSON body. */
  async getJson(pathAndQuery: string): Promise<unknown> {
    const url = `${this.#options.baseUrl.replace(/\/+$/, "")}${pathAndQuery}`;
    const body = await this.#get(url, "api");
    try {
      return JSON.parse(body);
    } catch {
      throw new IconsError(
        `Figma's response from ${url} is not valid JSON (cut off after ${body.length} bytes?). Nothing was written; try again.`,
      );
    }
  }

  /**
   * GET a URL Figma returned (a rendered SVG). The token goes along only when the URL is on the
   * API's own origin; image URLs on another host are signed and must not see it.
   */
  download(url: string, what: string): Promise<string> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new IconsError(`Figma returned an unusable image URL for ${what}.`);
    }
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
    if (parsed.protocol !== "https:" && !loopback && parsed.origin !== this.#apiOrigin) {
      throw new IconsError(
        `Figma returned a non-HTTPS image URL for ${what} (${parsed.origin}); refusing to download it.`,
      );
    }
    return this.#get(parsed.href, parsed.origin === this.#apiOrigin ? "api" : "cdn", what);
  }

  async #get(url: string, target: "api" | "cdn", what?: string): Promise<string> {
    const { token, timeoutMs } = this.#options;
    const maxRetries = this.#options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const maxRetryAfter = this.#options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    const sleep = this.#options.sleep ?? wait;
    const headers: Record<string, string> =
      target === "cdn"
        ? {}
        : this.#options.oauth
          ? { Authorization: `Bearer ${token}` }
          : { "X-Figma-Token": token };
    const shown = target === "cdn" ? new URL(url).origin : url;
    const timeoutError = () =>
      new IconsError(
        `Figma did not answer within ${describeWait(timeoutMs)} (${shown}). Try again, or raise --timeout.`,
      );

    for (let attempt = 0; ; attempt++) {
      const retriesLeft = attempt < maxRetries;
      const backoff = 1000 * 2 ** attempt + Math.floor(Math.random() * 250);
      let response: Response;
      try {
        response = await fetch(url, {
          headers,
          redirect: target === "cdn" ? "follow" : "error",
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if (isTimeout(error)) throw timeoutError();
        const reason = this.redact(reasonOf(error));
        if (retriesLeft) {
          this.#options.log?.(
            `Could not reach ${shown} (${reason}); retrying in ${describeWait(backoff)}.`,
          );
          await sleep(backoff);
          continue;
        }
        throw new IconsError(
          `Could not reach ${shown} (${reason}), also after ${maxRetries} retries. Check the network${target === "api" ? " and FIGMA_API_URL" : ""}.`,
        );
      }
      let body: string;
      try {
        body = await response.text();
      } catch (error) {
        if (isTimeout(error)) throw timeoutError();
        throw new IconsError(
          `The response from ${shown} was cut off (${this.redact(reasonOf(error))}). Nothing was written; try again.`,
        );
      }
      if (response.ok) return body;
      const message = this.redact(figmaMessage(body));
      if (response.status === 429 || response.status >= 500) {
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        if (retryAfter !== undefined && retryAfter > maxRetryAfter) {
          const seat =
            response.headers.get("x-figma-rate-limit-type") === "low"
              ? " Your seat type (View/Collab) has a low rate limit."
              : "";
          throw new IconsError(
            `Figma's rate limit asks to wait ${describeWait(retryAfter)} (Retry-After: ${response.headers.get("retry-after")}), longer than the ${describeWait(maxRetryAfter)} this tool waits.${seat} Try again later.`,
          );
        }
        if (retriesLeft) {
          const delay = retryAfter ?? backoff;
          this.#options.log?.(
            `${shown} answered ${response.status}; retrying in ${describeWait(delay)}.`,
          );
          await sleep(delay);
          continue;
        }
        const answer =
          response.status === 429 ? "rate-limited the request" : `answered ${response.status}`;
        throw new IconsError(
          `Figma ${answer} ${maxRetries + 1} times in a row. Try again later.${message ? ` Figma said: "${message}".` : ""}`,
        );
      }
      if (target === "cdn") {
        throw new IconsError(
          `Downloading the SVG of ${what} failed (${response.status} from ${shown}). Image URLs expire after a while: run the pull again.`,
        );
      }
      throw this.#accessError(response.status, message);
    }
  }

  /** One sentence per failure the user can fix. */
  #accessError(status: number, message: string): IconsError {
    const { fileKey } = this.#options;
    const quoted = message ? ` Figma said: "${message}".` : "";
    if (status === 401) {
      return new IconsError(
        `Figma rejected the token (401): FIGMA_TOKEN is missing, wrong or expired.${quoted}`,
      );
    }
    if (status === 403) {
      if (/invalid token/i.test(message)) {
        return new IconsError(
          `Figma rejected the token (403 Invalid token): it is wrong, expired or revoked, or it is an OAuth token sent without --oauth.${quoted}`,
        );
      }
      return new IconsError(
        `Figma refused access (403): exporting icons needs a token with the file_content:read scope ("File content: read" in Figma → Settings → Security) and view access to file ${fileKey}.${quoted}`,
      );
    }
    if (status === 404) {
      return new IconsError(
        `Figma has no file with key ${fileKey} that this token can open (404). Check --file-key / FIGMA_FILE_KEY: it is the part after /design/ in the file's URL.${quoted}`,
      );
    }
    return new IconsError(`Figma answered ${status}.${quoted}`);
  }
}
