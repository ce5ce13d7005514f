import { describe, expect, it } from "vitest";
import { FigmaClient, FigmaError, figmaCredentials, parseRetryAfter } from "../src/index.ts";
import { figmaError, figmaOk, startMockFigma } from "../src/testing/mock-figma.ts";

const TOKEN = "figd_shared-client-token-never-printed";

function client(baseUrl: string, sleeps: number[] = []) {
  return new FigmaClient({
    baseUrl,
    fileKey: "FiLe123",
    token: TOKEN,
    oauth: false,
    timeoutMs: 5000,
    sleep: async (ms) => void sleeps.push(ms),
    explainForbidden: (_message, fileKey) => `Reading ${fileKey} needs the test scope (403).`,
  });
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("the request should fail"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(FigmaError);
      return error as FigmaError;
    },
  );

describe("Retry-After", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("5")).toBe(5000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("figmaCredentials", () => {
  it("trims the token once and sends figu_ and FIGMA_OAUTH_TOKEN tokens as OAuth", () => {
    expect(figmaCredentials({ FIGMA_TOKEN: ` ${TOKEN}\n` }, false)).toEqual({
      token: TOKEN,
      variable: "FIGMA_TOKEN",
      oauth: false,
    });
    expect(figmaCredentials({ FIGMA_TOKEN: "figu_x" }, false)?.oauth).toBe(true);
    expect(figmaCredentials({ FIGMA_OAUTH_TOKEN: " ", FIGMA_TOKEN: "a" }, false)?.variable).toBe(
      "FIGMA_TOKEN",
    );
    expect(figmaCredentials({ FIGMA_OAUTH_TOKEN: "b" }, false)).toMatchObject({
      variable: "FIGMA_OAUTH_TOKEN",
      oauth: true,
    });
    expect(figmaCredentials({ FIGMA_TOKEN: "  " }, true)).toBeUndefined();
  });
});

describe("FigmaClient", () => {
  it("retries a 503 and returns the JSON body", async () => {
    const figma = await startMockFigma([figmaError(503, "Unavailable"), figmaOk({ ok: true })]);
    const sleeps: number[] = [];
    expect(await client(figma.url, sleeps).getJson("/v1/me")).toEqual({ ok: true });
    expect(sleeps).toHaveLength(1);
    expect(figma.requests.map((r) => r.headers["x-figma-token"])).toEqual([TOKEN, TOKEN]);
  });

  it("words a 403 with the caller's scope, redacting the token from Figma's message", async () => {
    const figma = await startMockFigma([figmaError(403, `Forbidden for ${TOKEN}`)]);
    const error = await failureOf(client(figma.url).getJson("/v1/files/FiLe123"));
    expect(error.failure).toBe("refused");
    expect(error.message).toBe(
      'Reading FiLe123 needs the test scope (403). Figma said: "Forbidden for ***".',
    );
  });

  it("sends no token to an image host on another origin", async () => {
    const api = await startMockFigma([figmaOk({})]);
    const cdn = await startMockFigma([{ status: 200, body: "<svg/>" }]);
    const url = `${cdn.url.replace("127.0.0.1", "localhost")}/image.svg`;
    expect(await client(api.url).download(url, "the test image")).toBe("<svg/>");
    expect(cdn.requests[0]?.headers["x-figma-token"]).toBeUndefined();
  });

  it("refuses a redirect to another origin without sending the token there", async () => {
    const elsewhere = await startMockFigma([figmaOk({})]);
    const target = `${elsewhere.url.replace("127.0.0.1", "localhost")}/steal`;
    const figma = await startMockFigma([{ status: 302, body: "", headers: { location: target } }]);
    const error = await failureOf(client(figma.url).getJson("/v1/me"));
    expect(error.failure).toBe("refused");
    expect(error.message).toContain("another origin; the token was not sent there");
    expect(elsewhere.requests).toHaveLength(0);
  });
});
