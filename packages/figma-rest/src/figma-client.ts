import { fetchSameOrigin, parseApiUrl } from "./api-url.ts";
import { checkTokenCharacters } from "./credentials.ts";
import { FigmaError } from "./figma-error.ts";
import {
  accessError,
  describeWait,
  figmaMessage,
  parseRetryAfter,
  type ExplainForbidden,
} from "./figma-messages.ts";

export interface FigmaClientOptions {
  /** Default https://api.figma.com (FIGMA_API_URL). */
  baseUrl: string;
  fileKey: string;
  /** Sent as is: the caller trims it once (`figmaCredentials`), so what is redacted is what is sent. */
  token: string;
  /** The environment variable the token came from, for messages (default FIGMA_TOKEN). */
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
  /** The sentence for a 403 that is not a bad token: which scope or plan the requests need. */
  explainForbidden: ExplainForbidden;
}

const DEFAULT_MAX_RETRIES = 3;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");

/** undici rejects with "fetch failed" for network errors; any other error is the request's own. */
const isNetworkError = (error: unknown) =>
  error instanceof TypeError && error.message === "fetch failed";

const reasonOf = (error: unknown) => {
  const { message, cause } = error as Error & { cause?: Error };
  return cause?.message ? `${message}: ${cause.message}` : message;
};

/**
 * GET requests to Figma's API and to the URLs it hands out. Retries 429 and 5xx (honouring
 * Retry-After up to a cap, else exponential backoff) and network errors; times out each
 * request; follows redirects within the API's origin only; maps 401/403/404 to one sentence the
 * user can act on. The token goes to the API's origin only and never appears in a message.
 * Every failure is a FigmaError.
 */
export class FigmaClient {
  readonly #options: FigmaClientOptions;
  readonly #base: URL;

  /** Throws a FigmaError for a malformed FIGMA_API_URL or a token no header can carry. */
  constructor(options: FigmaClientOptions) {
    this.#base = parseApiUrl(options.baseUrl);
    checkTokenCharacters(options.token, options.tokenVariable ?? "FIGMA_TOKEN");
    this.#options = options;
  }

  /** The token replaced by `***` wherever it might appear. */
  redact(text: string): string {
    const { token } = this.#options;
    return token ? text.replaceAll(token, "***") : text;
  }

  /** GET {baseUrl}{pathAndQuery} with the token; the parsed JSON body. */
  async getJson(pathAndQuery: string): Promise<unknown> {
    const url = `${this.#base.href.replace(/\/+$/, "")}${pathAndQuery}`;
    const body = await this.#get(url, "api");
    try {
      return JSON.parse(body);
    } catch {
      throw new FigmaError(
        `Figma's response from ${url} is not valid JSON (cut off after ${body.length} bytes?). Nothing was written; try again.`,
        "unreachable",
      );
    }
  }

  /**
   * GET a URL Figma returned (a rendered image), `what` naming it in messages. The token goes
   * along only when the URL is on the API's own origin; image URLs on another host are signed
   * and must not see it.
   */
  download(url: string, what: string): Promise<string> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new FigmaError(`Figma returned an unusable image URL for ${what}.`, "refused");
    }
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
    if (parsed.protocol !== "https:" && !loopback && parsed.origin !== this.#base.origin) {
      throw new FigmaError(
        `Figma returned a non-HTTPS image URL for ${what} (${parsed.origin}); refusing to download it.`,
        "refused",
      );
    }
    return parsed.origin === this.#base.origin
      ? this.#get(parsed.href, "api")
      : this.#get(parsed.href, "cdn", what);
  }

  #send(url: string, target: "api" | "cdn"): Promise<Response> {
    const { oauth, token, timeoutMs } = this.#options;
    const signal = AbortSignal.timeout(timeoutMs);
    if (target === "cdn") return fetch(url, { redirect: "follow", signal });
    const headers: Record<string, string> = oauth
      ? { Authorization: `Bearer ${token}` }
      : { "X-Figma-Token": token };
    return fetchSameOrigin(url, { headers, signal });
  }

  async #get(url: string, target: "api" | "cdn", what?: string): Promise<string> {
    const { timeoutMs, log } = this.#options;
    const maxRetries = this.#options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const maxRetryAfter = this.#options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
    const sleep = this.#options.sleep ?? wait;
    // Signed image URLs are not printed, only their host.
    const shown = target === "cdn" ? new URL(url).origin : url;
    const who = target === "cdn" ? shown : "Figma";
    const timeoutError = () =>
      new FigmaError(
        `Figma did not answer within ${describeWait(timeoutMs)} (${shown}). Try again, or raise --timeout.`,
        "unreachable",
      );

    for (let attempt = 0; ; attempt++) {
      const retriesLeft = attempt < maxRetries;
      const backoff = 1000 * 2 ** attempt + Math.floor(Math.random() * 250);
      let response: Response;
      try {
        response = await this.#send(url, target);
      } catch (error) {
        if (error instanceof FigmaError) throw error;
        if (isTimeout(error)) throw timeoutError();
        const reason = this.redact(reasonOf(error));
        if (!isNetworkError(error)) {
          const settings = `FIGMA_API_URL and ${this.#options.tokenVariable ?? "FIGMA_TOKEN"}`;
          throw new FigmaError(
            `Could not send the request to ${shown} (${reason})${target === "api" ? `. Check ${settings}` : ""}; this is not retried.`,
            "refused",
          );
        }
        if (retriesLeft) {
          log?.(`Could not reach ${who} (${reason}); retrying in ${describeWait(backoff)}.`);
          await sleep(backoff);
          continue;
        }
        throw new FigmaError(
          `Could not reach ${target === "api" ? `Figma at ${url}` : shown} (${reason}), also after ${maxRetries} retries. Check the network${target === "api" ? " and FIGMA_API_URL" : ""}.`,
          "unreachable",
        );
      }
      let body: string;
      try {
        body = await response.text();
      } catch (error) {
        if (isTimeout(error)) throw timeoutError();
        throw new FigmaError(
          `${target === "api" ? "Figma's response" : "The response"} from ${shown} was cut off (${this.redact(reasonOf(error))}). Nothing was written; try again.`,
          "unreachable",
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
          throw new FigmaError(
            `Figma's rate limit asks to wait ${describeWait(retryAfter)} (Retry-After: ${response.headers.get("retry-after")}), longer than the ${describeWait(maxRetryAfter)} this tool waits.${seat} Try again later.`,
            "unreachable",
          );
        }
        if (retriesLeft) {
          const delay = retryAfter ?? backoff;
          log?.(`${who} answered ${response.status}; retrying in ${describeWait(delay)}.`);
          await sleep(delay);
          continue;
        }
        const answer =
          response.status === 429 ? "rate-limited the request" : `answered ${response.status}`;
        throw new FigmaError(
          `Figma ${answer} ${maxRetries + 1} times in a row. Try again later.${message ? ` Figma said: "${message}".` : ""}`,
          "unreachable",
        );
      }
      if (target === "cdn") {
        throw new FigmaError(
          `Downloading ${what} failed (${response.status} from ${shown}). Image URLs expire after a while: run the pull again.`,
          "unreachable",
        );
      }
      throw accessError(
        response.status,
        message,
        this.#options.fileKey,
        this.#options.explainForbidden,
      );
    }
  }
}
