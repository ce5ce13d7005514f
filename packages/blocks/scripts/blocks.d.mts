export interface Block {
  name: string;
  title: string;
  description: string;
  files: string[];
  imports: { file: string; specifier: string }[];
  packages: string[];
  packageOf(specifier: string): string;
}
export function blockSources(files: string[]): string[];
export function readBlocks(srcDir: string): Block[];
