import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { afterEach } from "vitest";

/** One scripted answer. `truncateAt` sends only the first bytes, then drops the connection. */
export interface MockResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
  delayMs?: number;
  truncateAt?: number;
}

export interface MockFigma {
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

export const figmaError = (status: number, message: string): MockResponse => ({
  status,
  body: JSON.stringify({ status, error: true, message }),
  headers: { "content-type": "application/json" },
});

export const figmaOk = (json: unknown): MockResponse => ({
  status: 200,
  body: JSON.stringify(json),
  headers: { "content-type": "application/json" },
});

/**
 * A Figma API stand-in on 127.0.0.1: answers requests with the scripted responses in order (the
 * last one repeats). It stops after the test, and by itself after 30 s at the latest.
 */
export async function startMockFigma(responses: MockResponse[]): Promise<MockFigma> {
  const requests: MockFigma["requests"] = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? "", headers: request.headers });
    const answer = responses[Math.min(requests.length - 1, responses.length - 1)] as MockResponse;
    const send = () => {
      const body = Buffer.from(answer.body);
      response.writeHead(answer.status, { ...answer.headers, "content-length": body.length });
      if (answer.truncateAt === undefined) {
        response.end(body);
        return;
      }
      response.write(body.subarray(0, answer.truncateAt), () => response.destroy());
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
    else send();
  });
  servers.add(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  setTimeout(() => void stopServer(server), 30_000).unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}
