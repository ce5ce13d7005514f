// A page built only from server-safe components (Badge, Card, Separator, Skeleton) ships no
// JavaScript from @nexod/ui, even though it imports them from the package's main entry.
// Checked on the build output (client reference manifest) and on what the server sends.
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";

const baseURL = inject("baseURL");
const dotNext = path.resolve(import.meta.dirname, "../.next");

interface ClientReferenceManifest {
  clientModules: Record<string, unknown>;
  entryJSFiles: Record<string, string[]>;
}

/** `.next/server/app/<route>/page_client-reference-manifest.js` assigns to a global. */
function clientReferenceManifest(appPath: string): ClientReferenceManifest {
  const file = path.join(dotNext, "server/app", appPath, "page_client-reference-manifest.js");
  const sandbox: {
    globalThis?: unknown;
    __RSC_MANIFEST?: Record<string, ClientReferenceManifest>;
  } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[`${appPath}/page`];
  if (!manifest) throw new Error(`no manifest for ${appPath} in ${file}`);
  return manifest;
}

// A module of @nexod/ui: the workspace package (packages/ui) or an installed copy.
const nexodUiModule = /(^|\/)packages\/ui\/|@nexod[+/]ui/;
// Code of a @nexod/ui component: every part sets a `data-slot` attribute and carries the
// library's prefixed classes (`nx-button`, or `nx:` utilities in older builds).
const nexodUiCode = /"data-slot"|["'`\s]nx[:-][a-z]/;

/** The scripts the server's HTML for `route` loads, with their code. */
async function pageScripts(route: string) {
  const html = await (await fetch(baseURL + route)).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);
  expect(sources.length).toBeGreaterThan(0);
  return Promise.all(
    sources.map(async (src) => {
      const response = await fetch(new URL(src, baseURL));
      expect(response.status, src).toBe(200);
      return { src, nomodule: html.includes(`src="${src}" noModule`), code: await response.text() };
    }),
  );
}

function firstLoadKb(scripts: { nomodule: boolean; code: string }[]) {
  const bytes = scripts
    .filter((script) => !script.nomodule)
    .reduce((sum, s) => sum + gzipSync(s.code).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

describe("client JavaScript", () => {
  it("the client reference manifest of /status has no @nexod/ui module", () => {
    const status = Object.keys(clientReferenceManifest("/status").clientModules);
    expect(status.length).toBeGreaterThan(0);
    expect(status.filter((id) => nexodUiModule.test(id))).toEqual([]);
    // Control: /settings does list the client components it uses.
    const settings = Object.keys(clientReferenceManifest("/(interactive)/settings").clientModules);
    expect(settings.filter((id) => nexodUiModule.test(id))).toEqual(
      expect.arrayContaining([
        expect.stringContaining("toaster.js"),
        expect.stringContaining("tabs.js"),
      ]),
    );
  });

  it("the scripts /status loads contain no @nexod/ui code", async () => {
    const status = await pageScripts("/status");
    expect(
      status.filter((script) => nexodUiCode.test(script.code)).map((script) => script.src),
    ).toEqual([]);
    // Control: the marker finds the components in /settings' scripts.
    const settings = await pageScripts("/settings");
    expect(settings.some((script) => nexodUiCode.test(script.code))).toBe(true);
    console.log(
      `First Load JS (gzip, module scripts): /status ${firstLoadKb(status)} kB, /settings ${firstLoadKb(settings)} kB`,
    );
  });
});
