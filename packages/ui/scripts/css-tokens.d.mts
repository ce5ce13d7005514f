// Types of what the tests import from css-tokens.mjs.
export declare function takeChartPalette(
  css: string,
  options: { layered: boolean },
): { css: string; palette: string };
export declare function readVariables(stylesheets: string[]): Set<string>;
export declare function dropUnreadPaletteSteps(css: string, read: Set<string>): string;
