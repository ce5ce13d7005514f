import type { ESLint, Linter, Rule } from "eslint";

declare const plugin: ESLint.Plugin & {
  rules: Record<
    | "no-raw-colors"
    | "prefer-components"
    | "no-deep-imports"
    | "icons-from-nexod"
    | "no-other-ui-kits",
    Rule.RuleModule
  >;
  configs: {
    /** ESLint 9 flat config object. */
    recommended: Linter.Config;
    /** ESLint 8 `.eslintrc` config (`plugin:@nexod/legacy-recommended`). */
    "legacy-recommended": Linter.LegacyConfig;
  };
};
export = plugin;
