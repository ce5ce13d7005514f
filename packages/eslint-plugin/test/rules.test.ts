import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import plugin from "../src/index.mjs";

// RuleTester reports through the test framework's globals (vitest.config.mts: globals).
const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

tester.run("no-raw-colors", plugin.rules["no-raw-colors"], {
  valid: [
    '<div className="bg-background text-muted-foreground border-border p-4" />',
    '<div className="text-sm border-2 bg-transparent text-current ring-offset-2" />',
    'cn("bg-primary text-primary-foreground", active && "bg-accent")',
    '<div className="bg-[var(--nx-color-primary)]" />',
    '<div style={{ color: "var(--nx-color-primary)", width: 40 }} />',
    { code: '<div className="bg-blue-500" />', options: [{ allow: ["bg-blue-500"] }] },
    // Not a class string: a plain string elsewhere.
    'const label = "bg-blue-500";',
  ],
  invalid: [
    {
      code: '<div className="bg-white text-gray-900 p-4" />',
      output: '<div className="bg-background text-foreground p-4" />',
      errors: [
        { messageId: "palette", data: { token: "bg-white", fix: "bg-background" } },
        { messageId: "palette", data: { token: "text-gray-900", fix: "text-foreground" } },
      ],
    },
    {
      code: 'const c = cn("hover:border-slate-200", danger ? "text-red-600" : "text-zinc-500");',
      output:
        'const c = cn("hover:border-border", danger ? "text-error" : "text-muted-foreground");',
      errors: [{ messageId: "palette" }, { messageId: "palette" }, { messageId: "palette" }],
    },
    {
      code: 'clsx({ "bg-red-600": danger, "ring-blue-500": focus })',
      output: 'clsx({ "bg-destructive": danger, "ring-ring": focus })',
      errors: [{ messageId: "palette" }, { messageId: "palette" }],
    },
    {
      code: "<p className={`mt-2 ${muted ? 'text-gray-500' : ''} border-t-gray-200`} />",
      output: "<p className={`mt-2 ${muted ? 'text-muted-foreground' : ''} border-t-border`} />",
      errors: [{ messageId: "palette" }, { messageId: "palette" }],
    },
    {
      code: 'const button = cva("rounded", { variants: { tone: { brand: "bg-blue-600 text-white" } } });',
      errors: [
        { messageId: "paletteNoFix", data: { token: "bg-blue-600", utility: "bg" } },
        { messageId: "paletteNoFix", data: { token: "text-white", utility: "text" } },
      ],
    },
    {
      code: '<div className="bg-white/80 dark:bg-gray-900" />',
      errors: [{ messageId: "paletteNoFix" }, { messageId: "darkPair" }],
    },
    {
      code: '<div className="bg-[#1e40af] text-[rgb(0,0,0)] [color:hsl(0_0%_0%)]" />',
      errors: [{ messageId: "arbitrary" }, { messageId: "arbitrary" }, { messageId: "arbitrary" }],
    },
    {
      code: '<div style={{ color: "#ff0000", borderColor: "rgb(0 0 0)" }} />',
      errors: [{ messageId: "style" }, { messageId: "style" }],
    },
    {
      // An escape in the literal: reported, but no fix that could land at the wrong offset.
      code: '<div className={"bg-white\\u0020p-4"} />',
      output: null,
      errors: [{ messageId: "palette" }],
    },
  ],
});

tester.run("prefer-components", plugin.rules["prefer-components"], {
  valid: [
    'import { Button } from "@nexod/ui";\nconst a = <Button>Save</Button>;',
    '<input type="hidden" name="id" value="1" />',
    { code: "<table />", options: [{ allow: ["table"] }] },
    "<form><label>Name</label></form>",
  ],
  invalid: [
    {
      code: 'import { Card } from "@nexod/ui";\nconst a = <button type="submit">Save</button>;',
      errors: [
        {
          messageId: "rename",
          suggestions: [
            {
              messageId: "suggestRename",
              output:
                'import { Card, Button } from "@nexod/ui";\nconst a = <Button type="submit">Save</Button>;',
            },
          ],
        },
      ],
    },
    {
      code: '"use client";\nconst a = <textarea rows={3} />;',
      errors: [
        {
          messageId: "rename",
          suggestions: [
            {
              messageId: "suggestRename",
              output:
                '"use client";\nimport { Textarea } from "@nexod/ui";\nconst a = <Textarea rows={3} />;',
            },
          ],
        },
      ],
    },
    {
      code: '<input type="checkbox" />',
      errors: [
        {
          messageId: "parts",
          data: {
            element: "input",
            component: "Checkbox",
            parts: "`Checkbox`",
            source: "@nexod/ui",
            also: "",
          },
        },
      ],
    },
    { code: "<table><tbody /></table>", errors: [{ messageId: "parts" }] },
    { code: "<dialog open />", errors: [{ messageId: "parts" }] },
    {
      code: '<select name="team" />',
      errors: [
        {
          messageId: "rename",
          suggestions: [
            {
              messageId: "suggestRename",
              output: 'import { NativeSelect } from "@nexod/ui";\n<NativeSelect name="team" />',
            },
          ],
        },
      ],
    },
  ],
});

tester.run("no-deep-imports", plugin.rules["no-deep-imports"], {
  valid: [
    'import { Button } from "@nexod/ui";',
    'import { Button } from "@nexod/ui/button";',
    'import "@nexod/ui/styles.css";',
    'import { tokens } from "@nexod/tokens";',
  ],
  invalid: [
    {
      code: 'import { Button } from "@nexod/ui/src/components/button/button";',
      output: 'import { Button } from "@nexod/ui/button";',
      errors: [
        {
          messageId: "deep",
          data: { path: "@nexod/ui/src/components/button/button", replacement: "@nexod/ui/button" },
        },
      ],
    },
    {
      code: "import '@nexod/ui/dist/styles.css';",
      output: "import '@nexod/ui/styles.css';",
      errors: [{ messageId: "deep" }],
    },
    {
      code: 'export * from "@nexod/tokens/dist/index.js";',
      output: 'export * from "@nexod/tokens";',
      errors: [{ messageId: "deep" }],
    },
    {
      code: 'const m = await import("@nexod/ui/dist/components/dialog/index.js");',
      output: 'const m = await import("@nexod/ui/dialog");',
      errors: [{ messageId: "deep" }],
    },
  ],
});

tester.run("icons-from-nexod", plugin.rules["icons-from-nexod"], {
  valid: ['import { PlusIcon } from "@nexod/icons";', 'import { useState } from "react";'],
  invalid: [
    {
      code: 'import { Plus, TrashIcon as Bin } from "lucide-react";',
      output: 'import { PlusIcon as Plus, TrashIcon as Bin } from "@nexod/icons";',
      errors: [{ messageId: "other", data: { source: "lucide-react", missing: "" } }],
    },
    {
      code: 'import { Plus, Rocket } from "lucide-react";',
      output: null,
      errors: [
        {
          messageId: "other",
          data: {
            source: "lucide-react",
            missing:
              " @nexod/icons has no Rocket yet: ask the design team (nexod-icons pull adds it).",
          },
        },
      ],
    },
    {
      code: 'import { FaBeer } from "react-icons/fa";',
      output: null,
      errors: [{ messageId: "other" }],
    },
  ],
});

tester.run("no-other-ui-kits", plugin.rules["no-other-ui-kits"], {
  valid: [
    'import { Button } from "@nexod/ui";',
    { code: 'import Select from "react-select";', options: [{ allow: ["react-select"] }] },
    'import mui from "@mui-like/thing";',
  ],
  invalid: [
    {
      code: 'import Select from "react-select";',
      errors: [
        {
          messageId: "kit",
          data: { source: "react-select", instead: "`Combobox` from @nexod/ui" },
        },
      ],
    },
    {
      code: 'import { DataGrid } from "@mui/x-data-grid";',
      errors: [
        {
          messageId: "kit",
          data: { source: "@mui/x-data-grid", instead: "`DataTable` from @nexod/ui" },
        },
      ],
    },
    { code: 'import Button from "@mui/material/Button";', errors: [{ messageId: "kit" }] },
    {
      code: 'const kit = require("our-old-kit");',
      options: [{ packages: ["our-old-kit"] }],
      errors: [{ messageId: "kit" }],
    },
  ],
});
