import { RuleTester } from "eslint";
import { describe, it } from "vitest";
import nexodUi from "../lint/eslint-plugin.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

ruleTester.run("no-utility-classes", nexodUi.rules["no-utility-classes"], {
  valid: [
    'const variants = cva("nx-button", { variants: { size: { sm: "nx-button--sm" } } });',
    'const el = <div className="nx-card product-class" />;',
    'const label = "Ratio nx: 2";',
    "const css = `nx-${size}`;",
  ],
  invalid: [
    {
      code: 'const variants = cva("nx-button nx:px-4");',
      errors: [{ messageId: "utility", data: { utility: "nx:px-4" } }],
    },
    {
      code: 'const el = <div className="nx:hover:bg-primary" />;',
      errors: [{ messageId: "utility", data: { utility: "nx:hover:bg-primary" } }],
    },
    {
      code: "const cls = `nx-card ${open ? 'nx:flex' : ''} nx:gap-2`;",
      errors: [
        { messageId: "utility", data: { utility: "nx:flex" } },
        { messageId: "utility", data: { utility: "nx:gap-2" } },
      ],
    },
  ],
});
