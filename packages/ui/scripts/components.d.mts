// Types of what the tests import from components.mjs.
export declare const packageRoot: string;
export declare const componentsDir: string;
export declare function componentFolders(): string[];
export declare function peerEntryFolders(): Promise<string[]>;
