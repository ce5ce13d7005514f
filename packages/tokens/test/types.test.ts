import { writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { productWithTokens } from "./helpers";

/** Type-checks files in a product folder the way a product's tsc would (NodeNext resolution). */
function typeErrors(product: string, files: string[]): string[] {
  const program = ts.createProgram(
    files.map((file) => path.join(product, file)),
    {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      types: [],
    },
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("published types", () => {
  it("type token names, values and the Tailwind preset for ESM and CommonJS consumers", async () => {
    const product = await productWithTokens();
    await writeFile(path.join(product, "package.json"), '{ "type": "module" }\n');
    await writeFile(
      path.join(product, "esm.ts"),
      `import { tokens, cssVar, contrast, type TokenName } from "@nexod/tokens";
import preset from "@nexod/tokens/tailwind-preset";
const primary: "--nx-color-primary" = tokens["color.primary"].cssVar;
const spacing: "var(--nx-spacing-4)" = cssVar("spacing.4");
const name: TokenName = "color.muted-foreground";
// @ts-expect-error: not a token
cssVar("color.nope");
const ratio: number = contrast[0]!.ratio;
const darkMode: ["variant", string] = preset.darkMode;
export { primary, spacing, name, ratio, darkMode };
`,
    );
    await writeFile(
      path.join(product, "cjs.cts"),
      `import preset = require("@nexod/tokens/tailwind-preset");
export const colors = preset.theme.extend.colors;
`,
    );
    expect(typeErrors(product, ["esm.ts", "cjs.cts"])).toEqual([]);
  });
});
