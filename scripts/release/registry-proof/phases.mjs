// Phases of the proof with their timings, and the log lines every module prints.

const started = performance.now();
const timings = [];
let failedPhase = null;

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const log = (message) => console.log(`registry-proof: ${message}`);

export async function phase(name, fn) {
  log(`▶ ${name}`);
  const t0 = performance.now();
  try {
    return await fn();
  } catch (error) {
    failedPhase ??= name;
    throw error;
  } finally {
    const ms = performance.now() - t0;
    timings.push({ name, ms });
    log(`  ${name}: ${seconds(ms)}`);
  }
}

/** The first phase that threw, or null. */
export function firstFailedPhase() {
  return failedPhase;
}

export function printTimings(ok) {
  const total = performance.now() - started;
  console.log(`\nregistry-proof: ${ok ? "PASSED" : "FAILED"} in ${seconds(total)}`);
  const width = Math.max(...timings.map((t) => t.name.length), 5);
  for (const { name, ms } of timings)
    console.log(`  ${name.padEnd(width)}  ${seconds(ms).padStart(8)}`);
}
