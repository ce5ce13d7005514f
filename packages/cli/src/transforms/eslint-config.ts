import { addImport, changed, type TransformResult } from "./result";

export const LEGACY_PRESET = "plugin:@nexod/legacy-recommended";

/**
 * The guard rails in the app's own ESLint set-up, whatever it is: ESLint 8 `.eslintrc.json`
 * (create-next-app 14, what `next lint` reads) or an ESLint 9 flat config (create-next-app 15+).
 * The plugin is added next to `eslint-config-next`, not instead of it.
 */
export function nexodEslintConfig(source: string, { file }: { file: string }): TransformResult {
  if (file === ".eslintrc.json" || file === ".eslintrc") {
    let config: { extends?: string | string[] };
    try {
      config = JSON.parse(source) as typeof config;
    } catch {
      return { kind: "manual", step: `${file}: not JSON; add "${LEGACY_PRESET}" to "extends".` };
    }
    const extendsList = [config.extends ?? []].flat();
    if (extendsList.includes(LEGACY_PRESET)) return { kind: "unchanged" };
    config.extends = [...extendsList, LEGACY_PRESET];
    return changed(source, `${JSON.stringify(config, null, 2)}\n`);
  }
  if (/^\.eslintrc/.test(file))
    return { kind: "manual", step: `${file}: add "${LEGACY_PRESET}" to "extends".` };

  if (source.includes("@nexod/eslint-plugin")) return { kind: "unchanged" };
  const array =
    /(?:defineConfig\(\s*\[|(?:const\s+\w+\s*(?::\s*[\w.[\]]+)?\s*=|export\s+default)\s*\[)/.exec(
      source,
    );
  if (!array)
    return {
      kind: "manual",
      step: `${file}: import nexod from "@nexod/eslint-plugin" and add nexod.configs.recommended to the exported config array.`,
    };
  const at = array.index + array[0].length;
  let text = `${source.slice(0, at)}\n  nexod.configs.recommended,${source.slice(at)}`;
  text = addImport(text, 'import nexod from "@nexod/eslint-plugin";');
  return changed(source, text);
}
