import type {
  LocalVariable,
  LocalVariableCollection,
  RGB,
  RGBA,
  VariableAlias,
} from "@figma/rest-api-spec";
import { TokensError } from "../errors";
import { isObject } from "../tokens/token-tree";

export type { LocalVariable, LocalVariableCollection, RGB, RGBA, VariableAlias };

/** The `meta` of GET /v1/files/:key/variables/local, the shape every importer produces. */
export interface VariablesData {
  variables: Record<string, LocalVariable>;
  variableCollections: Record<string, LocalVariableCollection>;
}

export function isAlias(value: unknown): value is VariableAlias {
  return isObject(value) && value.type === "VARIABLE_ALIAS" && typeof value.id === "string";
}

/** Checks the response shape before anything trusts it. `source` names where it came from. */
export function variablesDataFrom(json: unknown, source: string): VariablesData {
  const meta = isObject(json) ? json.meta : undefined;
  if (!isObject(meta) || !isObject(meta.variables) || !isObject(meta.variableCollections)) {
    throw new TokensError(
      `${source} has no meta.variables / meta.variableCollections. A Figma error page or a ` +
        "response without permission to read variables looks like this; check the token's " +
        "file_variables:read scope and the file key.",
    );
  }
  for (const [id, variable] of Object.entries(meta.variables)) {
    if (
      !isObject(variable) ||
      typeof variable.name !== "string" ||
      typeof variable.variableCollectionId !== "string" ||
      !isObject(variable.valuesByMode)
    ) {
      throw new TokensError(
        `${source}: variable ${id} lacks name, variableCollectionId or valuesByMode.`,
      );
    }
  }
  for (const [id, collection] of Object.entries(meta.variableCollections)) {
    if (
      !isObject(collection) ||
      typeof collection.name !== "string" ||
      !Array.isArray(collection.modes)
    ) {
      throw new TokensError(`${source}: variable collection ${id} lacks name or modes.`);
    }
    // Without modes a collection's variables have no values to write: they would vanish silently.
    if (collection.modes.length === 0) {
      throw new TokensError(
        `${source}: variable collection "${collection.name}" (${id}) has no modes, so its variables have no values. Nothing was written. Add a mode to the collection in Figma, or delete the collection.`,
      );
    }
  }
  return meta as unknown as VariablesData;
}
