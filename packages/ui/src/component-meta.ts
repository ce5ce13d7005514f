/**
 * What a component folder says about itself in `src/components/<name>/meta.ts`. Everything that
 * lists components (entry point, package exports, size budgets, the README's table) is derived
 * from the folders and these files; see CONTRIBUTING.md. The sidebar group is the first part of
 * the stories' `title` ("Forms/Button"), where Storybook reads it.
 */
export interface ComponentMeta {
  /** One sentence on what the component is for, shown in the README's component table. */
  description: string;
  /**
   * size-limit budget (gzip) for everything the component's entry point (`@nexod/ui/<name>`)
   * exports: the measured size plus about 10% headroom.
   */
  sizeLimit: `${number} kB`;
  /**
   * The component's name where the folder's PascalCase is not it (`otp-input` → `OTPInput`):
   * the README table and the size report use it.
   */
  name?: string;
  /**
   * The optional peer dependency the component is built on (e.g. `"recharts"`). Such a
   * component is only exported from its own entry point (`@nexod/ui/chart`), never from the
   * root `@nexod/ui`: a bundler resolving the root must not need a package the product did not
   * install. Its size budget leaves the peer out (the product pays for it either way). Its rules
   * are not in `styles.css` either: they ship as `@nexod/ui/<name>.css` (and
   * `<name>.unlayered.css`), which a product imports with the entry point.
   */
  peerEntryOnly?: string;
  /**
   * More entry points of the folder beside `@nexod/ui/<name>`, by sub-path: `{ virtual: { file:
   * "virtual.ts", sizeLimit: "2 kB" } }` is `@nexod/ui/<name>/virtual`, built from
   * `src/components/<name>/virtual.ts`. For a part a product opts into whose dependency the main
   * entry must not bundle (the DataTable's virtual rows and TanStack Virtual). `pnpm gen:sync`
   * adds them to the package `exports`; each has its own size budget (`sizeLimit`, gzip, that
   * module alone, leaving out what the main entry already costs).
   */
  entries?: Record<string, { file: string; sizeLimit: `${number} kB` }>;
}
