import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ESLint as ESLintClass } from "eslint";
import { describe, expect, it } from "vitest";
import { iconNames } from "../scripts/sync-icon-names.mjs";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

const PRODUCT_CODE = [
  'import { Plus } from "lucide-react";',
  'import Select from "react-select";',
  'import { Button } from "@nexod/ui/dist/components/button/index.js";',
  'export const Page = () => <div className="bg-white"><button>Go</button><Plus /><Select /><Button /></div>;',
  "",
].join("\n");

describe("ESLint 8 (.eslintrc, as Next 14's next lint runs it)", () => {
  it("resolves plugin:@nexod/legacy-recommended from node_modules, reports and fixes", async () => {
    // A product folder whose node_modules holds this package, as after `npm install`.
    const product = await mkdtemp(path.join(tmpdir(), "nexod-eslint8-"));
    try {
      await mkdir(path.join(product, "node_modules", "@nexod"), { recursive: true });
      await symlink(
        path.join(here, ".."),
        path.join(product, "node_modules", "@nexod", "eslint-plugin"),
      );
      const { ESLint } = require("eslint-v8") as { ESLint: typeof ESLintClass };
      const options = {
        cwd: product,
        useEslintrc: false,
        resolvePluginsRelativeTo: product,
        overrideConfig: {
          extends: ["plugin:@nexod/legacy-recommended"],
          parserOptions: { ecmaVersion: 2022, sourceType: "module", ecmaFeatures: { jsx: true } },
        },
      };
      const eslint = new ESLint(options as ConstructorParameters<typeof ESLint>[0]);
      const [result] = await eslint.lintText(PRODUCT_CODE, {
        filePath: path.join(product, "page.jsx"),
      });
      expect(result?.messages.map((m) => m.ruleId).sort()).toEqual([
        "@nexod/icons-from-nexod",
        "@nexod/no-deep-imports",
        "@nexod/no-other-ui-kits",
        "@nexod/no-raw-colors",
        "@nexod/prefer-components",
      ]);
      const fixer = new ESLint({ ...options, fix: true } as ConstructorParameters<
        typeof ESLint
      >[0]);
      const [fixed] = await fixer.lintText(PRODUCT_CODE, {
        filePath: path.join(product, "page.jsx"),
      });
      expect(fixed?.output).toContain('import { PlusIcon as Plus } from "@nexod/icons";');
      expect(fixed?.output).toContain('from "@nexod/ui/button"');
      expect(fixed?.output).toContain('className="bg-background"');
    } finally {
      await rm(product, { recursive: true, force: true });
    }
  });
});

describe("icon names", () => {
  it("src/icon-names.json lists @nexod/icons' icons (run scripts/sync-icon-names.mjs)", () => {
    expect(require("../src/icon-names.json")).toEqual(
      iconNames(path.join(here, "../../icons/svg")),
    );
  });
});
