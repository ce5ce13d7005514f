import plugin from "./index.cjs";

export declare const rules: typeof plugin.rules;
export declare const configs: typeof plugin.configs;
export declare const meta: typeof plugin.meta;
export default plugin;
