// ESM entry for ESLint 9 flat configs: the same plugin object as index.cjs.
import plugin from "./index.cjs";

export const { rules, configs, meta } = plugin;
export default plugin;
