import { type TokenFile } from "../io/token-files";

/** The tokens in effect for one mode: every single-mode file plus each collection's mode file. */
export interface ModeLayer {
  /** Lower-case mode name from the file names, e.g. `light`. */
  name: string;
  isDefault: boolean;
  /** Where the mode's CSS variables go. */
  selector: string;
  files: TokenFile[];
}

export interface ModePlan {
  /** Default mode first. */
  layers: ModeLayer[];
  /** Files of collections with modes, by collection name. */
  modalCollections: Map<string, TokenFile[]>;
}

/**
 * The default mode also answers to its own name, so a light region inside a dark page
 * (`<div data-theme="light">`) gets the light values back.
 */
export function selectorForMode(name: string, isDefault: boolean): string {
  if (isDefault) return `:root, [data-theme="${name}"], .${name}`;
  if (name === "dark") return '[data-theme="dark"], .dark';
  return `[data-theme="${name}"]`;
}

function defaultModeName(modeNames: string[], modalFiles: TokenFile[]): string {
  const marked = modalFiles.find((file) => file.figma?.defaultMode);
  if (marked?.mode) return marked.mode;
  return modeNames.includes("light") ? "light" : (modeNames[0] as string);
}

/** Splits the token files into mode layers (`light` on `:root`, `dark` on `.dark`, …). */
export function planModes(files: readonly TokenFile[]): ModePlan {
  const baseFiles = files.filter((file) => file.mode === undefined);
  const modalFiles = files.filter((file) => file.mode !== undefined);
  const modalCollections = new Map<string, TokenFile[]>();
  for (const file of modalFiles) {
    modalCollections.set(file.collection, [...(modalCollections.get(file.collection) ?? []), file]);
  }
  const modeNames = [...new Set(modalFiles.map((file) => file.mode as string))].sort();
  if (modeNames.length === 0) {
    return {
      layers: [{ name: "default", isDefault: true, selector: ":root", files: [...baseFiles] }],
      modalCollections,
    };
  }
  const defaultMode = defaultModeName(modeNames, modalFiles);
  const ordered = [defaultMode, ...modeNames.filter((name) => name !== defaultMode)];
  const layers = ordered.map((name) => {
    const isDefault = name === defaultMode;
    const modeFiles = [...modalCollections.values()].map(
      (collection) =>
        collection.find((file) => file.mode === name) ??
        (collection.find((file) => file.mode === defaultMode) as TokenFile),
    );
    return {
      name,
      isDefault,
      selector: selectorForMode(name, isDefault),
      files: [...baseFiles, ...modeFiles.filter(Boolean)],
    };
  });
  return { layers, modalCollections };
}
