import type { ESLint, Rule } from "eslint";

declare const plugin: ESLint.Plugin & { rules: Record<"no-utility-classes", Rule.RuleModule> };
export default plugin;
