// Props and variants of each component part, from react-docgen-typescript (as in
// .storybook/main.ts) completed by the cva definitions.
import path from "node:path";
import { withCustomConfig, type ComponentDoc } from "react-docgen-typescript";
import { isDocumentedProp } from "../prop-filter.ts";
import type { PartManifest, PropManifest, VariantManifest } from "./types.ts";
import type { CvaVariant } from "./variants.ts";

/** Docgen for `files`, compiled with the ui package's tsconfig, filtered like the docs table. */
export function readComponentDocs(uiRoot: string, files: string[]): ComponentDoc[] {
  const parser = withCustomConfig(path.join(uiRoot, "tsconfig.json"), {
    shouldExtractLiteralValuesFromEnum: true,
    shouldRemoveUndefinedFromOptional: true,
    propFilter: isDocumentedProp,
  });
  return parser.parse(files);
}

function cleanType(type: string): string {
  return type
    .split(" | ")
    .filter((part) => part !== "null" && part !== "undefined")
    .join(" | ");
}

function literalOptions(type: string): string[] | undefined {
  const parts = cleanType(type).split(" | ");
  if (parts.length < 2 || !parts.every((part) => /^"[^"]*"$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

export function toPart(doc: ComponentDoc, cva: Map<string, CvaVariant[]>): PartManifest {
  const props: PropManifest[] = [];
  const variants: VariantManifest[] = [];
  for (const prop of Object.values(doc.props)) {
    if (!isDocumentedProp(prop)) continue;
    const unionOptions = literalOptions(prop.type.name);
    const fromCva = unionOptions
      ? cva
          .get(prop.name)
          ?.find(
            (entry) =>
              entry.options.length === unionOptions.length &&
              unionOptions.every((option) => entry.options.includes(option)),
          )
      : undefined;
    // Source order of the cva definition reads better than the compiler's union order.
    const options = fromCva?.options ?? unionOptions;
    const type = options
      ? options.map((option) => JSON.stringify(option)).join(" | ")
      : cleanType(prop.type.name);
    const defaultValue =
      prop.defaultValue?.value !== undefined && prop.defaultValue?.value !== null
        ? String(prop.defaultValue.value)
        : fromCva?.default !== undefined
          ? JSON.stringify(fromCva.default)
          : undefined;
    const description = prop.description || fromCva?.description || "";
    props.push({
      name: prop.name,
      type,
      required: prop.required,
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      description,
    });
    if (options) {
      const plainDefault = defaultValue?.replace(/^"(.*)"$/, "$1");
      variants.push({
        prop: prop.name,
        options,
        ...(plainDefault !== undefined ? { default: plainDefault } : {}),
        description,
      });
    }
  }
  return { name: doc.displayName, description: doc.description, props, variants };
}
