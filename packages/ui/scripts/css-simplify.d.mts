// Types of css-simplify.mjs, for the tests.
export declare function simplify(css: string, options: { file: string; layered: boolean }): string;
