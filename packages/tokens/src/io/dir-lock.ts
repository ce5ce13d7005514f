import { open, readFile, rm, stat } from "node:fs/promises";
import { TokensError } from "../errors";

const WAIT_MS = 50;
/** About 15 s: a build holds the lock only while it moves finished files into place. */
const MAX_WAITS = 300;
/** A lock file without a pid this old was left by a process killed while creating it. */
const EMPTY_LOCK_STALE_MS = 5000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when the lock's holder is gone (killed), so the lock may be taken over. */
async function isStale(lockPath: string): Promise<boolean> {
  const text = await readFile(lockPath, "utf8").catch(() => "");
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0) return !isAlive(pid);
  const age = await stat(lockPath).then(
    (s) => Date.now() - s.mtimeMs,
    () => Infinity,
  );
  return age > EMPTY_LOCK_STALE_MS;
}

/**
 * Runs `fn` holding an exclusive lock file (created with O_EXCL, holding the pid). Concurrent
 * writers of one folder take turns; a lock left by a killed process is taken over.
 */
export async function withLock<T>(lockPath: string, what: string, fn: () => Promise<T>) {
  for (let waits = 0; ;) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await isStale(lockPath)) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (++waits > MAX_WAITS) {
      const holder = (await readFile(lockPath, "utf8").catch(() => "")).trim() || "unknown";
      throw new TokensError(
        `Another nexod-tokens process (pid ${holder}) is still writing ${what}. Wait for it to finish; if none is running, delete ${lockPath}.`,
      );
    }
    await sleep(WAIT_MS);
  }
  try {
    return await fn();
  } finally {
    await rm(lockPath, { force: true });
  }
}
