// Types of what the tests import from components.mjs.
export declare const packageRoot: string;
export declare const componentsDir: string;
export declare function componentFolders(): string[];
export declare function peerEntryFolders(): Promise<string[]>;
export interface ExtraEntry {
  name: string;
  subpath: string;
  source: string;
  dist: string;
  sizeLimit: string;
}
export declare function extraEntries(folder: string, meta: unknown): ExtraEntry[];
export declare function readComponents(): Promise<
  { folder: string; name: string; group: string; meta: unknown; client: boolean }[]
>;
