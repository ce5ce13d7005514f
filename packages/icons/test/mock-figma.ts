import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { afterEach } from "vitest";

/** One answer. `hang` never answers (for timeouts). */
export interface MockResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
  hang?: boolean;
}

export interface MockServer {
  url: string;
  requests: { url: string; headers: IncomingHttpHeaders }[];
}

const servers = new Set<Server>();

afterEach(async () => {
  await Promise.all([...servers].map(stopServer));
});

function stopServer(server: Server): Promise<void> {
  servers.delete(server);
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export const json = (body: unknown, status = 200): MockResponse => ({
  status,
  body: JSON.stringify(body),
  headers: { "content-type": "application/json" },
});

export const figmaError = (status: number, message: string, headers = {}): MockResponse => ({
  ...json({ status, error: true, message }, status),
  headers: { "content-type": "application/json", ...headers },
});

export const svg = (body: string): MockResponse => ({
  status: 200,
  body,
  headers: { "content-type": "image/svg+xml" },
});

/**
 * A stand-in for Figma's API or image CDN on 127.0.0.1 (port 0): `answer` maps each request
 * (path with query, and how many came before it) to a response. It stops after the test, and by
 * itself after 30 s at the latest.
 */
export async function startMockServer(
  answer: (url: string, index: number) => MockResponse,
): Promise<MockServer> {
  const requests: MockServer["requests"] = [];
  const server = createServer((request, response) => {
    const url = request.url ?? "";
    requests.push({ url, headers: request.headers });
    const reply = answer(url, requests.length - 1);
    if (reply.hang) return;
    const body = Buffer.from(reply.body);
    response.writeHead(reply.status, { ...reply.headers, "content-length": body.length });
    response.end(body);
  });
  servers.add(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  setTimeout(() => void stopServer(server), 30_000).unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}
