// The shape of components.json: what an assistant or tool learns about each component.

export interface PropManifest {
  name: string;
  /** TypeScript type as written for users (`"sm" | "md"`, `boolean`, `ReactNode`). */
  type: string;
  required: boolean;
  /** Default value as source text (`false`, `"primary"`), when there is one. */
  default?: string;
  description: string;
}

export interface VariantManifest {
  /** The prop that selects the variant. */
  prop: string;
  options: string[];
  default?: string;
  description: string;
}

export interface PartManifest {
  name: string;
  description: string;
  props: PropManifest[];
  variants: VariantManifest[];
}

export interface StoryManifest {
  name: string;
  id: string;
  /** JSX that reproduces the story (render body or the args as props). */
  snippet?: string;
}

export interface ComponentManifest {
  name: string;
  title: string;
  description: string;
  /** `import { Button } from "@nexod/ui";` */
  import: string;
  importPath: string;
  /** Per-component entry point (`@nexod/ui/button`), smaller graphs for bundlers. */
  subpathImport?: string;
  /** `true` when the module starts with "use client" (not usable in a Server Component file without a client boundary). */
  client: boolean;
  props: PropManifest[];
  variants: VariantManifest[];
  /** Named parts of a compound component (DialogTrigger, DialogContent…), besides the main one. */
  parts: PartManifest[];
  /** Other runtime exports of the module: functions and hooks (`toast`), cva helpers (`buttonVariants`). */
  otherExports: string[];
  example?: string;
  stories: StoryManifest[];
  docs: string;
  /** The component's Figma frame, from `figma.config.ts` (absent until an entry is added). */
  figma?: string;
  source: string;
}

export interface Manifest {
  name: string;
  version: string;
  description: string;
  styles: { tailwind4: string; tailwind3: string; noTailwind: string };
  components: ComponentManifest[];
}
