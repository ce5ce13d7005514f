import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../tools/run-cli.ts";
import { figmaError, figmaOk, startMockFigma, type MockResponse } from "@nexod/figma-rest/testing";

const TOKEN = "figd_icons-token-that-must-never-be-printed";
const FILE_KEY = "IcOnFiLe123";
const NODE_ID = "1:2";

const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function svgFolder(files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), "nexod-icons-test-")), "svg");
  tempDirs.push(path.dirname(dir));
  await mkdir(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")]),
    ),
  );
}

const svg = (body: string): MockResponse => ({
  status: 200,
  body,
  headers: { "content-type": "image/svg+xml" },
});

const figmaSvg = (shape: string, colour = "#111827") =>
  `<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">\n${shape.replaceAll("COLOUR", colour)}\n</svg>\n`;

const SEARCH = figmaSvg(
  '<path d="M21 21L16.66 16.66" stroke="COLOUR" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/><circle cx="11" cy="11" r="8" stroke="COLOUR" stroke-width="2"/>',
);
const PLUS = figmaSvg(
  '<path d="M12 5V19M5 12H19" stroke="COLOUR" stroke-width="2" stroke-linecap="round"/>',
);

/** Canonical form of a Figma SVG, as pull writes it. */
const CANONICAL_PLUS = `<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24">
  <path stroke="currentColor" stroke-linecap="round" stroke-width="2" d="M12 5v14m-7-7h14"/>
</svg>
`;

interface Component {
  id: string;
  name: string;
  svg: string;
  type?: string;
  visible?: boolean;
}

const COMPONENTS: Component[] = [
  { id: "10:1", name: "Icon/Search", svg: SEARCH },
  { id: "10:2", name: "Icon/Plus", svg: PLUS },
];

function fileNodes(components: Omit<Component, "svg">[]) {
  return {
    name: "Nexod icons",
    nodes: {
      [NODE_ID]: {
        document: {
          id: NODE_ID,
          name: "Icons",
          type: "CANVAS",
          children: [
            {
              id: "5:1",
              name: "Actions",
              type: "FRAME",
              children: components.map(({ id, name, type, visible }) => ({
                id,
                name,
                type: type ?? "COMPONENT",
                ...(visible === undefined ? {} : { visible }),
                children: [{ id: `${id};1`, name: "Vector", type: "VECTOR" }],
              })),
            },
            { id: "5:2", name: "Notes", type: "TEXT" },
          ],
        },
        components: {},
      },
    },
  };
}

interface Scenario {
  components?: Component[];
  /** Overrides Figma's API answer for a request (undefined: the normal answer). */
  api?: (url: string, index: number) => MockResponse | undefined;
  cdn?: (url: string, index: number) => MockResponse | undefined;
  args?: string[];
  env?: NodeJS.ProcessEnv;
  files?: Record<string, string>;
}

/** Runs `nexod-icons pull` against a mock Figma API and a mock image CDN (another origin). */
async function pull(scenario: Scenario = {}) {
  const components = scenario.components ?? COMPONENTS;
  const cdn = await startMockFigma((url, index) => {
    const custom = scenario.cdn?.(url, index);
    if (custom) return custom;
    const id = decodeURIComponent(url.replace(/^\/images\//, ""));
    const component = components.find((c) => c.id === id);
    return component ? svg(component.svg) : { status: 404, body: "no such image" };
  });
  const api = await startMockFigma((url, index) => {
    const custom = scenario.api?.(url, index);
    if (custom) return custom;
    const { pathname, searchParams } = new URL(url, "http://figma.test");
    if (pathname === `/v1/files/${FILE_KEY}/nodes`) {
      return searchParams.get("ids") === NODE_ID
        ? figmaOk(fileNodes(components))
        : figmaOk({ name: "Nexod icons", nodes: { [searchParams.get("ids") ?? ""]: null } });
    }
    if (pathname === `/v1/images/${FILE_KEY}` && searchParams.get("format") === "svg") {
      const ids = (searchParams.get("ids") ?? "").split(",");
      return figmaOk({
        err: null,
        images: Object.fromEntries(
          ids.map((id) => [id, `${cdn.url}/images/${encodeURIComponent(id)}`]),
        ),
      });
    }
    return figmaError(404, "Not found");
  });
  const out = await svgFolder(scenario.files);
  const sleeps: number[] = [];
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    ["pull", "--out", out, "--node-id", NODE_ID, ...(scenario.args ?? [])],
    {
      cwd: path.dirname(out),
      env: {
        FIGMA_API_URL: api.url,
        FIGMA_FILE_KEY: FILE_KEY,
        FIGMA_TOKEN: TOKEN,
        ...scenario.env,
      },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
  );
  expect(`${stdout}${stderr}`).not.toContain(TOKEN);
  return { code, stdout, stderr, out, api, cdn, sleeps };
}

describe("nexod-icons pull", () => {
  it("writes each icon component as a sanitised, optimised SVG named after it", async () => {
    const run = await pull();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const files = await snapshot(run.out);
    expect(Object.keys(files)).toEqual(["plus.svg", "search.svg"]);
    expect(files["plus.svg"]).toBe(CANONICAL_PLUS);
    expect(files["search.svg"]).not.toContain("#111827");
    expect(files["search.svg"]).toContain('stroke="currentColor"');
    expect(run.stdout).toContain("2 added, 0 changed, 0 removed");
    expect(run.stdout).toContain("+ plus.svg");

    // Sorted by file name: plus (10:2) before search (10:1).
    expect(run.api.requests.map((r) => r.url)).toEqual([
      `/v1/files/${FILE_KEY}/nodes?ids=1%3A2`,
      `/v1/images/${FILE_KEY}?ids=10%3A2%2C10%3A1&format=svg`,
    ]);
    for (const request of run.api.requests) expect(request.headers["x-figma-token"]).toBe(TOKEN);
  });

  it("never sends the token to the image host", async () => {
    const run = await pull();
    expect(run.cdn.requests).toHaveLength(2);
    for (const request of run.cdn.requests) {
      expect(request.headers["x-figma-token"]).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
    }
  });

  it("sends figu_ tokens as OAuth bearer tokens", async () => {
    const oauth = "figu_oauth-token-that-must-never-be-printed";
    const run = await pull({ env: { FIGMA_TOKEN: oauth } });
    expect(run.code).toBe(0);
    expect(run.api.requests[0]?.headers.authorization).toBe(`Bearer ${oauth}`);
    expect(run.api.requests[0]?.headers["x-figma-token"]).toBeUndefined();
    expect(`${run.stdout}${run.stderr}`).not.toContain(oauth);
  });

  it("skips hidden components and unpublished ones (_Draft, .Private)", async () => {
    const run = await pull({
      components: [
        ...COMPONENTS,
        { id: "10:5", name: "Icon/Hidden", svg: PLUS, visible: false },
        { id: "10:6", name: "_Draft/Star", svg: PLUS },
        { id: "10:7", name: ".Private", svg: PLUS },
      ],
    });
    expect(run.code).toBe(0);
    expect(Object.keys(await snapshot(run.out))).toEqual(["plus.svg", "search.svg"]);
  });

  it("accepts the node id as it appears in a Figma URL", async () => {
    const run = await pull({ args: ["--node-id", "1-2"] });
    expect(run.code).toBe(0);
  });

  it("reports changed and removed icons, and keeps missing ones with --keep-missing", async () => {
    const files = {
      "plus.svg": CANONICAL_PLUS.replace("M12 5", "M12 4"),
      "old.svg": CANONICAL_PLUS,
    };
    const run = await pull({ files });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 added, 1 changed, 1 removed");
    expect(Object.keys(await snapshot(run.out))).toEqual(["plus.svg", "search.svg"]);

    const kept = await pull({ files, args: ["--keep-missing"] });
    expect(kept.stdout).toContain("1 added, 1 changed, 0 removed");
    expect(Object.keys(await snapshot(kept.out))).toEqual(["old.svg", "plus.svg", "search.svg"]);
  });

  it("--check exits 1 and writes nothing when Figma differs, 0 when it matches", async () => {
    const files = { "plus.svg": CANONICAL_PLUS };
    const differs = await pull({ files, args: ["--check"] });
    expect(differs.code).toBe(1);
    expect(differs.stdout).toContain("differs from Figma file");
    expect(differs.stdout).toContain("+ search.svg");
    expect(await snapshot(differs.out)).toEqual(files);

    const same = await pull({ components: [COMPONENTS[1]!], files, args: ["--check"] });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("up to date");
  });

  it("retries 429 and 5xx, waiting as Retry-After says", async () => {
    const run = await pull({
      api: (_url, index) =>
        index === 0
          ? figmaError(429, "Rate limited", { "retry-after": "7" })
          : index === 1
            ? figmaError(503, "Unavailable")
            : undefined,
    });
    expect(run.code).toBe(0);
    expect(run.sleeps[0]).toBe(7000);
    expect(run.sleeps).toHaveLength(2);
    expect(run.stderr).toContain("answered 429; retrying in 7 s");
  });

  it("gives up clearly when Retry-After is longer than it waits", async () => {
    const run = await pull({
      api: () =>
        figmaError(429, "Rate limited", {
          "retry-after": "86400",
          "x-figma-rate-limit-type": "low",
        }),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("asks to wait 24 h");
    expect(run.stderr).toContain("low rate limit");
    expect(run.sleeps).toEqual([]);
  });

  it("gives up after repeated server errors", async () => {
    const run = await pull({ api: () => figmaError(500, "Internal error") });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Figma answered 500 4 times in a row");
    expect(run.sleeps).toHaveLength(3);
  });

  it.each([
    [401, "Invalid token", /rejected the token \(401\)/],
    [403, `Invalid token ${TOKEN}`, /rejected the token \(403 Invalid token\)/],
    [403, "Forbidden", /file_content:read scope.*IcOnFiLe123/],
    [404, "Not found", /no file with key IcOnFiLe123.*--file-key/],
  ])("explains a %i (%s) in one sentence, without the token", async (status, message, expected) => {
    const run = await pull({ api: () => figmaError(status, message) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toContain("    at ");
    expect(run.sleeps).toEqual([]);
  });

  it("names a node id that the file does not have", async () => {
    const run = await pull({ args: ["--node-id", "9:9"] });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("File IcOnFiLe123 has no node 9:9. Check --node-id");
  });

  it("refuses names that collide or are component sets, writing nothing", async () => {
    const run = await pull({
      components: [
        ...COMPONENTS,
        { id: "10:3", name: "Actions/Search", svg: SEARCH },
        { id: "10:4", name: "Arrow", type: "COMPONENT_SET", svg: SEARCH },
      ],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '"Icon/Search" (10:1), "Actions/Search" (10:3) would all be search.svg',
    );
    expect(run.stderr).toContain('"Arrow" (10:4) is a component set');
    expect(await snapshot(run.out)).toEqual({});
  });

  it("refuses an SVG with a script or an event handler, writing nothing", async () => {
    const run = await pull({
      components: [
        COMPONENTS[0]!,
        {
          id: "10:2",
          name: "Icon/Plus",
          svg: figmaSvg('<path d="M0 0h1" onload="alert(1)"/><script>alert(2)</script>'),
        },
      ],
      files: { "plus.svg": CANONICAL_PLUS },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"Icon/Plus" (10:2) cannot become an icon');
    expect(run.stderr).toContain("event handler (onload)");
    expect(run.stderr).toContain("<script> is not allowed");
    expect(await snapshot(run.out)).toEqual({ "plus.svg": CANONICAL_PLUS });
  });

  it("explains an expired image URL", async () => {
    const run = await pull({ cdn: () => ({ status: 403, body: "<Error>AccessDenied</Error>" }) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Downloading the SVG of "Icon\/(Plus|Search)" .* failed \(403/);
  });

  it("times out when Figma does not answer", async () => {
    const run = await pull({
      api: () => ({ status: 200, body: "", hang: true }),
      args: ["--timeout", "0.2"],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Figma did not answer within 0.2 s");
  });

  it("says what is missing before calling Figma", async () => {
    for (const [env, message] of [
      [{ FIGMA_TOKEN: "" }, "pull needs FIGMA_TOKEN"],
      [{ FIGMA_FILE_KEY: "" }, "pull needs a Figma file key"],
    ] as const) {
      const run = await pull({ env });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.api.requests).toEqual([]);
    }
    const badNode = await pull({ args: ["--node-id", "Icons page"] });
    expect(badNode.stderr).toContain('--node-id "Icons page" is not a Figma node id');
  });
});

describe("nexod-icons tidy", () => {
  it("rewrites hand-added SVGs in canonical form; --check only reports", async () => {
    const out = await svgFolder({ "plus.svg": PLUS });
    const io = (sink: string[]) => ({
      cwd: path.dirname(out),
      env: {},
      stdout: (text: string) => void sink.push(text),
      stderr: (text: string) => void sink.push(text),
    });
    const checked: string[] = [];
    expect(await runCli(["tidy", "--out", out, "--check"], io(checked))).toBe(1);
    expect(checked.join("")).toContain("~ plus.svg");
    expect(await runCli(["tidy", "--out", out], io([]))).toBe(0);
    expect(await snapshot(out)).toEqual({ "plus.svg": CANONICAL_PLUS });
  });
});
