import { existsSync } from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

/** Without these, Chromium's own background connections are refused on the CI machines. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Debian's chromium; scripts/bootstrap.sh sets CHROMIUM_PATH (GitHub runners: Chrome). */
export function chromiumExecutablePath(): string {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return executablePath;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumExecutablePath(), headless: true, args: chromiumArgs };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
