// llms.txt (https://llmstxt.org): the same facts as prose an assistant reads in one request.
import type { Manifest, PropManifest } from "./types.ts";

function propLine(prop: PropManifest): string {
  const flags = [prop.required ? "required" : "", prop.default ? `default ${prop.default}` : ""]
    .filter(Boolean)
    .join(", ");
  const description = prop.description.replace(/\s*\n\s*/g, " ");
  return `- \`${prop.name}\`: \`${prop.type}\`${flags ? ` (${flags})` : ""}${description ? ` — ${description}` : ""}`;
}

export function renderLlmsTxt(manifest: Manifest): string {
  const lines: string[] = [
    `# ${manifest.name}`,
    "",
    `> ${manifest.description} Version ${manifest.version}. Use these components instead of hand-written`,
    "> HTML or other UI libraries in Nexod products; style them with the design tokens, never raw colours.",
    "",
    "## Set-up in a Next.js product",
    "",
    '- Tailwind 4: in the global CSS, `@import "tailwindcss";` and `@import "@nexod/ui/styles.css";` (either order).',
    '  Optionally `@import "@nexod/tokens/theme.css";` for token utilities (`bg-primary`, `text-muted-foreground`) in product code.',
    '- Tailwind 3: `import "@nexod/ui/styles.unlayered.css";` in the root layout before the product\'s globals.css;',
    '  `presets: [require("@nexod/tokens/tailwind-preset")]` in tailwind.config.',
    '- No Tailwind: `import "@nexod/ui/styles.css";` in the root layout.',
    '- Dark mode: next-themes `<ThemeProvider attribute="data-theme">` (or `attribute="class"`); tokens switch on `[data-theme="dark"]` and `.dark`.',
    "",
    "## Rules",
    "",
    "- Import from `@nexod/ui` (or the per-component subpath such as `@nexod/ui/button`).",
    '- Components marked client use React state or Radix behaviour and carry their own `"use client"`; they can be rendered from Server Components.',
    "- Pass `className` to adjust layout; the product's class wins by the cascade, no `tailwind-merge` needed.",
    "- `asChild` renders the single child element (e.g. Next.js `<Link>`) with the component's styles and behaviour.",
    "- Overlays (Dialog, DropdownMenu, Select, Popover, Tooltip, Toast) are compound components: use the named parts together.",
    "",
    "## Docs",
    "",
    "- [Component manifest (JSON)](./components.json): every component with import path, props, variants and examples",
    "- [Storybook](./index.html): live stories, accessibility checks, light and dark",
    "- [Installation](./?path=/docs/installation--docs)",
    "- [Tokens](./?path=/docs/foundations-colors--docs)",
    "",
    "## Components",
    "",
  ];
  for (const component of manifest.components) {
    lines.push(`### ${component.name}`, "");
    if (component.description) lines.push(component.description.replace(/\s*\n\s*/g, " "), "");
    lines.push(
      `- Import: \`${component.import}\`${component.subpathImport ? ` (or from \`${component.subpathImport}\`)` : ""}`,
      `- ${component.client ? "Client component" : "Server component (no client JavaScript)"}`,
      ...(component.otherExports.length > 0
        ? [`- Also exports: ${component.otherExports.map((name) => `\`${name}\``).join(", ")}`]
        : []),
      `- Docs: [${component.title}](./${component.docs})${component.figma ? `; Figma: ${component.figma}` : ""}`,
    );
    for (const variant of component.variants) {
      lines.push(
        `- Variant \`${variant.prop}\`: ${variant.options.map((option) => `\`${option}\``).join(", ")}${variant.default ? ` (default \`${variant.default}\`)` : ""}`,
      );
    }
    if (component.props.length > 0) lines.push("", "Props:", "", ...component.props.map(propLine));
    for (const part of component.parts) {
      lines.push(
        "",
        `Part \`${part.name}\`${part.description ? `: ${part.description.replace(/\s*\n\s*/g, " ")}` : ""}`,
      );
      if (part.props.length > 0) lines.push("", ...part.props.map(propLine));
    }
    if (component.example) lines.push("", "Example:", "", "```tsx", component.example, "```");
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
