import { FigmaError } from "./figma-error.ts";

/** `https://user:pass@host` → `https://***@host`, so a URL with credentials is never printed. */
export function withoutCredentials(url: string): string {
  return url.replace(/\/\/[^/?#]*@/, "//***@");
}

/**
 * FIGMA_API_URL as a URL. Malformed values, other protocols and credentials in the URL are
 * settings to fix, not network failures: they fail at once and are never retried.
 */
export function parseApiUrl(raw: string): URL {
  const shown = withoutCredentials(raw);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FigmaError(
      `FIGMA_API_URL "${shown}" is not a URL. Set it to your proxy's address (e.g. https://figma-proxy.example.com), or unset it to use https://api.figma.com.`,
      "refused",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new FigmaError(
      `FIGMA_API_URL "${shown}" uses ${url.protocol}; it must start with https:// (or http:// for a local proxy).`,
      "refused",
    );
  }
  if (url.username || url.password) {
    throw new FigmaError(
      `FIGMA_API_URL "${shown}" holds a user name or password. Remove them from the URL: the Figma token goes in FIGMA_TOKEN, and credentials in a URL end up in logs.`,
      "refused",
    );
  }
  return url;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * `fetch` that follows redirects only within the origin of `url`. `fetch` itself keeps custom
 * headers such as X-Figma-Token on a redirect to another host, which would hand the token to it.
 */
export async function fetchSameOrigin(url: string, init: RequestInit): Promise<Response> {
  const origin = new URL(url).origin;
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, { ...init, redirect: "manual" });
    const location = response.headers.get("location");
    if (!REDIRECTS.has(response.status) || location === null) return response;
    await response.body?.cancel();
    const next = new URL(location, current);
    if (next.origin !== origin) {
      throw new FigmaError(
        `${origin} redirected the request to ${withoutCredentials(next.origin)}, another origin; the token was not sent there. If that is your Figma proxy, set FIGMA_API_URL to it.`,
        "refused",
      );
    }
    if (hop >= MAX_REDIRECTS) {
      throw new FigmaError(
        `${origin} redirected more than ${MAX_REDIRECTS} times (last to ${next.pathname}). Check FIGMA_API_URL.`,
        "refused",
      );
    }
    current = next.href;
  }
}
