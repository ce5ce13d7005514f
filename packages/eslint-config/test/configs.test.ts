import { readFile } from "node:fs/promises";
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import base from "../src/base.js";
import next from "../src/next.js";
import react from "../src/react.js";

async function ruleIdsFor(config: Linter.Config[], code: string, filePath: string) {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: config,
    cwd: import.meta.dirname,
  });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe("base", () => {
  it("flags an unused variable in TypeScript", async () => {
    expect(await ruleIdsFor(base, "const unused: number = 1;\n", "file.ts")).toContain(
      "@typescript-eslint/no-unused-vars",
    );
  });

  it("flags a deep import into a Nexod package", async () => {
    const code = 'import { Button } from "@nexod/ui/src/components/button";\nexport { Button };\n';
    expect(await ruleIdsFor(base, code, "file.ts")).toContain("@nexod/no-deep-imports");
  });

  it("passes clean code", async () => {
    expect(await ruleIdsFor(base, "export const answer = 42;\n", "file.ts")).toEqual([]);
  });
});

describe("react", () => {
  it("flags an <img> without alt text (jsx-a11y)", async () => {
    const code = 'export const Avatar = () => <img src="/me.png" />;\n';
    expect(await ruleIdsFor(react, code, "avatar.tsx")).toContain("jsx-a11y/alt-text");
  });

  it("flags a hook called conditionally (react-hooks)", async () => {
    const code = [
      'import { useState } from "react";',
      "export function Counter({ on }: { on: boolean }) {",
      "  if (on) {",
      "    const [count] = useState(0);",
      "    return <p>{count}</p>;",
      "  }",
      "  return null;",
      "}",
      "",
    ].join("\n");
    expect(await ruleIdsFor(react, code, "counter.tsx")).toContain("react-hooks/rules-of-hooks");
  });

  it("passes an accessible component", async () => {
    const code = 'export const Avatar = () => <img src="/me.png" alt="Me" />;\n';
    expect(await ruleIdsFor(react, code, "avatar.tsx")).toEqual([]);
  });
});

describe("next", () => {
  it("flags a plain <img> in favour of next/image", async () => {
    const code = 'export const Logo = () => <img src="/logo.png" alt="Nexod" />;\n';
    expect(await ruleIdsFor(next, code, "app/logo.tsx")).toContain("@next/next/no-img-element");
  });

  it("still applies the react rules", async () => {
    const code = 'export const Logo = () => <img src="/logo.png" />;\n';
    expect(await ruleIdsFor(next, code, "app/logo.tsx")).toContain("jsx-a11y/alt-text");
  });
});

describe("next: a product linted with the preset", () => {
  it("reports exactly the `// expect:` lines of the fixture product (guard rails included)", async () => {
    const product = path.join(import.meta.dirname, "fixtures", "product");
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: next, cwd: product });
    const results = await eslint.lintFiles(["."]);
    const found: string[] = [];
    const expected: string[] = [];
    for (const result of results) {
      const file = path.relative(product, result.filePath);
      for (const message of result.messages)
        found.push(`${file}:${message.line} ${message.ruleId}`);
      const lines = (await readFile(result.filePath, "utf8")).split("\n");
      lines.forEach((text, index) => {
        const rules = /expect: (\S+)/.exec(text);
        if (rules) expected.push(`${file}:${index + 1} ${rules[1]}`);
      });
    }
    expect(results.map((r) => path.relative(product, r.filePath)).sort()).toEqual([
      "app/page.tsx",
      "components/status-badge.tsx",
    ]);
    expect([...new Set(found)].sort()).toEqual(expected.sort());
  });
});
