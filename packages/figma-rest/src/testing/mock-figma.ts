import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import { type AddressInfo } from "node:net";
import { afterEach } from "vitest";

/**
 * One answer. `delayMs` waits before answering, `hang` never answers (for timeouts),
 * `truncateAt` sends only the first bytes of the body, then drops the connection.
 */
export interface MockResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
  delayMs?: number;
  hang?: boolean;
  truncateAt?: number;
}

export interface MockFigma {
  url: string;
  requests: { url: string; headers: IncomingHttpHeaders }[];
}

/** Each request's answer: from the path with query and how many requests came before it. */
export type MockAnswer = (url: string, index: number) => MockResponse;

/** Longest a mock server lives when a test forgets it (or dies before its afterEach). */
const LIFETIME_MS = 30_000;

const servers = new Set<Server>();

afterEach(async () => {
  await Promise.all([...servers].map(stopServer));
});

function stopServer(server: Server): Promise<void> {
  servers.delete(server);
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export const figmaOk = (body: unknown, status = 200): MockResponse => ({
  status,
  body: JSON.stringify(body),
  headers: { "content-type": "application/json" },
});

/** An error as Figma's API sends it: `{ status, error: true, message }`. */
export const figmaError = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
): MockResponse => ({
  ...figmaOk({ status, error: true, message }, status),
  headers: { "content-type": "application/json", ...headers },
});

function send(response: ServerResponse, answer: MockResponse) {
  const body = Buffer.from(answer.body);
  response.writeHead(answer.status, { ...answer.headers, "content-length": body.length });
  if (answer.truncateAt === undefined) response.end(body);
  else response.write(body.subarray(0, answer.truncateAt), () => response.destroy());
}

/**
 * A stand-in for Figma's API or image CDN on 127.0.0.1 (port 0). `answers` is a list played in
 * order (the last one repeats) or a function of each request. It stops after the test, and by
 * itself after 30 s at the latest.
 */
export async function startMockFigma(answers: MockResponse[] | MockAnswer): Promise<MockFigma> {
  const requests: MockFigma["requests"] = [];
  const answerFor: MockAnswer = Array.isArray(answers)
    ? (_url, index) => answers[Math.min(index, answers.length - 1)]!
    : answers;
  const server = createServer((request, response) => {
    const url = request.url ?? "";
    requests.push({ url, headers: request.headers });
    const answer = answerFor(url, requests.length - 1);
    if (answer.hang) return;
    if (answer.delayMs) setTimeout(() => send(response, answer), answer.delayMs).unref();
    else send(response, answer);
  });
  servers.add(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  setTimeout(() => void stopServer(server), LIFETIME_MS).unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}
