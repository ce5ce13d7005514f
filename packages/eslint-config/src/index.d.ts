import type { Linter } from "eslint";

/** A Nexod flat config: spread it into your `eslint.config.js` array. */
declare const config: Linter.Config[];
export default config;
export declare const base: Linter.Config[];
export declare const reactConfig: Linter.Config[];
export declare const next: Linter.Config[];
