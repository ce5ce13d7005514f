import { describe, expect, it } from "vitest";
import { cliRunner, FigmaError, timeoutMsFrom, type CliIo } from "../src/index.ts";

const USAGE = "Usage: nexod-test <command>\n";

const runCli = cliRunner({
  name: "nexod-test",
  usage: USAGE,
  options: { timeout: { type: "string" } },
  commands: {
    ok: async () => 0,
    wait: async (values) => timeoutMsFrom(values.timeout) / 1000,
    refused: async () => {
      throw new FigmaError("Figma refused.", "refused");
    },
    invalid: async () => {
      throw new RangeError("The file cannot be synced.");
    },
    bug: async () => {
      throw new Error("bug with figd_secret in it");
    },
  },
  figmaExitCodes: { unreachable: 3, refused: 4 },
  exitCodeOf: (error) => (error instanceof RangeError ? 5 : undefined),
  internalExitCode: 70,
});

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd: "/",
    env: { FIGMA_TOKEN: " figd_secret " },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe("runCli", () => {
  it("exits 2 with the usage for a wrong command line, 0 for --help", async () => {
    for (const argv of [[], ["nope"], ["ok", "--what"], ["wait", "--timeout", "0"]]) {
      expect((await run(argv)).code).toBe(2);
    }
    expect(await run(["--help"])).toEqual({ code: 0, stdout: USAGE, stderr: "" });
    expect((await run(["wait", "--timeout", "3600"])).code).toBe(3600);
  });

  it("prints an error the user can act on alone, with the caller's exit code", async () => {
    expect(await run(["refused"])).toEqual({ code: 4, stdout: "", stderr: "Figma refused.\n" });
    expect((await run(["invalid"])).code).toBe(5);
  });

  it("prints a bug's stack without the token and exits with the internal code", async () => {
    const { code, stderr } = await run(["bug"]);
    expect(code).toBe(70);
    expect(stderr).toContain("nexod-test bug failed unexpectedly:\nError: bug with *** in it");
    expect(stderr).toContain("    at ");
  });
});
