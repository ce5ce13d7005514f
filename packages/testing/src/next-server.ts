import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Runs `next start` on the already-built app in `appDir`, on 127.0.0.1 and a free port, and
 * resolves once it answers. Fails (and kills the server) when the build is missing, the
 * process exits, or it does not answer within `timeoutMs`.
 */
export async function startNext(appDir: string, timeoutMs = 30_000): Promise<RunningServer> {
  if (!existsSync(path.join(appDir, ".next", "BUILD_ID"))) {
    throw new Error(`${appDir} has no production build: run \`next build\` first (pnpm build).`);
  }
  const nextBin = createRequire(path.join(appDir, "package.json")).resolve("next/dist/bin/next");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: appDir,
      // Own process group, so stop() also ends anything next start spawns.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
      },
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exited: string | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = `next start exited (code ${code}, signal ${signal})`;
      resolve();
    });
  });

  const kill = (signal: NodeJS.Signals) => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Never leave a server behind, even when the test runner itself dies.
  const onExit = () => kill("SIGKILL");
  process.once("exit", onExit);

  const stop = async () => {
    process.off("exit", onExit);
    kill("SIGTERM");
    const timer = setTimeout(() => kill("SIGKILL"), 5_000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (exited) {
      await stop();
      throw new Error(`${exited} before answering on ${url}:\n${output}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
