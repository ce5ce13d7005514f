// Builds the machine-readable description of @nexod/ui (components.json and llms.txt) from the
// same sources Storybook's docs use: the components' TSDoc and types (react-docgen-typescript,
// as in .storybook/main.ts), their cva definitions, and the stories beside them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { withCustomConfig, type ComponentDoc } from "react-docgen-typescript";
import { storyNameFromExport, toId } from "storybook/internal/csf";
import ts from "typescript";
import { isDocumentedProp } from "./prop-filter.ts";

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

export interface BuildManifestOptions {
  /** packages/ui (the folder with package.json, tsconfig.json and src/components). */
  uiRoot: string;
  /** Only these component folders (tests). */
  only?: string[];
}

const STORYBOOK_EXTENSIONS = /\.(stories|test|spec)\.[cm]?[jt]sx?$/;

// ---------------------------------------------------------------------------------------------
// Docgen
// ---------------------------------------------------------------------------------------------

function cleanType(type: string): string {
  return type
    .split(" | ")
    .filter((part) => part !== "null" && part !== "undefined")
    .join(" | ");
}

function literalOptions(type: string): string[] | undefined {
  const parts = cleanType(type).split(" | ");
  if (parts.length < 2 || !parts.every((part) => /^"[^"]*"$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

// ---------------------------------------------------------------------------------------------
// Reading sources with the TypeScript AST
// ---------------------------------------------------------------------------------------------

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isSatisfiesExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

function propertyName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text;
  }
  return undefined;
}

function getProperty(object: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && propertyName(property.name) === key) {
      return unwrap(property.initializer);
    }
    if (ts.isShorthandPropertyAssignment(property) && property.name.text === key) {
      return property.name;
    }
    if (ts.isMethodDeclaration(property) && propertyName(property.name) === key) {
      return undefined;
    }
  }
  return undefined;
}

function stringValue(node: ts.Expression | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
    return node.text;
  }
  return undefined;
}

function jsDocText(node: ts.Node, sourceFile: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(sourceFile.text, node.getFullStart()) ?? [];
  const docs = ranges
    .map((range) => sourceFile.text.slice(range.pos, range.end))
    .filter((text) => text.startsWith("/**"));
  const last = docs.at(-1);
  if (!last) return "";
  return last
    .replace(/^\/\*\*|\*\/$/g, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, "").trimEnd())
    .filter((line) => !line.startsWith("@"))
    .join("\n")
    .trim();
}

interface CvaVariant {
  options: string[];
  default?: string;
  description: string;
}

/** `cva(base, { variants, defaultVariants })` definitions in a component file, keyed by variant name. */
function readCvaVariants(sourceFile: ts.SourceFile): Map<string, CvaVariant[]> {
  const result = new Map<string, CvaVariant[]>();
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "cva"
    ) {
      const config = node.arguments[1] ? unwrap(node.arguments[1]) : undefined;
      if (config && ts.isObjectLiteralExpression(config)) {
        const variants = getProperty(config, "variants");
        const defaults = getProperty(config, "defaultVariants");
        if (variants && ts.isObjectLiteralExpression(variants)) {
          for (const property of variants.properties) {
            if (!ts.isPropertyAssignment(property)) continue;
            const key = propertyName(property.name);
            const options = unwrap(property.initializer);
            if (!key || !ts.isObjectLiteralExpression(options)) continue;
            const defaultNode =
              defaults && ts.isObjectLiteralExpression(defaults)
                ? getProperty(defaults, key)
                : undefined;
            let defaultValue = stringValue(defaultNode);
            if (defaultNode && defaultNode.kind === ts.SyntaxKind.TrueKeyword)
              defaultValue = "true";
            if (defaultNode && defaultNode.kind === ts.SyntaxKind.FalseKeyword) {
              defaultValue = "false";
            }
            const entry: CvaVariant = {
              options: options.properties.flatMap((option) => {
                const name = option.name && propertyName(option.name as ts.PropertyName);
                return name === undefined ? [] : [name];
              }),
              description: jsDocText(property, sourceFile),
              ...(defaultValue !== undefined ? { default: defaultValue } : {}),
            };
            result.set(key, [...(result.get(key) ?? []), entry]);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return result;
}

interface ParsedStories {
  title?: string;
  component?: string;
  figma?: string;
  stories: StoryManifest[];
}

function dedent(text: string): string {
  const lines = text.split("\n");
  const indents = lines
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return [lines[0], ...lines.slice(1).map((line) => line.slice(indent))].join("\n").trim();
}

/** Args as JSX attribute source, or undefined for values that only exist at runtime (fn()). */
function jsxAttribute(name: string, value: ts.Expression, sourceFile: ts.SourceFile) {
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
    return `${name}=${JSON.stringify(value.text)}`;
  }
  if (value.kind === ts.SyntaxKind.TrueKeyword) return name;
  if (
    value.kind === ts.SyntaxKind.FalseKeyword ||
    ts.isNumericLiteral(value) ||
    ts.isPrefixUnaryExpression(value) ||
    ts.isArrayLiteralExpression(value) ||
    ts.isObjectLiteralExpression(value) ||
    ts.isJsxElement(value) ||
    ts.isJsxSelfClosingElement(value) ||
    ts.isJsxFragment(value)
  ) {
    return `${name}={${value.getText(sourceFile)}}`;
  }
  return undefined;
}

function argsSnippet(
  component: string,
  args: Map<string, ts.Expression>,
  sourceFile: ts.SourceFile,
): string {
  const attributes: string[] = [];
  let children: string | undefined;
  for (const [name, value] of args) {
    if (name === "children") {
      if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
        children = value.text;
      } else if (ts.isJsxElement(value) || ts.isJsxSelfClosingElement(value)) {
        children = value.getText(sourceFile);
      } else if (ts.isJsxFragment(value)) {
        children = value.getText(sourceFile);
      }
      continue;
    }
    const attribute = jsxAttribute(name, value, sourceFile);
    if (attribute) attributes.push(attribute);
  }
  const open = [component, ...attributes].join(" ");
  return children === undefined ? `<${open} />` : `<${open}>${children}</${component}>`;
}

function objectArgs(object: ts.Expression | undefined): Map<string, ts.Expression> {
  const args = new Map<string, ts.Expression>();
  if (!object || !ts.isObjectLiteralExpression(object)) return args;
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property)) {
      const name = propertyName(property.name);
      if (name) args.set(name, unwrap(property.initializer));
    }
  }
  return args;
}

type JsxNode = ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment;

function isJsx(node: ts.Node | undefined): node is JsxNode {
  return (
    !!node && (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node))
  );
}

/** The JSX a function returns: its expression body, or its last `return <…>` statement. */
function returnedJsx(fn: ts.SignatureDeclarationBase & { body?: ts.Node }): JsxNode | undefined {
  const body = fn.body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) {
    const jsx = unwrap(body as ts.Expression);
    return isJsx(jsx) ? jsx : undefined;
  }
  const last = body.statements.at(-1);
  if (!last || !ts.isReturnStatement(last) || !last.expression) return undefined;
  const jsx = unwrap(last.expression);
  return isJsx(jsx) ? jsx : undefined;
}

/** Local helper components of a stories file (`function EditProfileDialog() { return <Dialog…> }`). */
function localComponents(sourceFile: ts.SourceFile): Map<string, JsxNode> {
  const helpers = new Map<string, JsxNode>();
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      const jsx = returnedJsx(statement);
      if (jsx) helpers.set(statement.name.text, jsx);
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer && unwrap(declaration.initializer);
        if (!ts.isIdentifier(declaration.name) || !init) continue;
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) {
          const jsx = returnedJsx(init);
          if (jsx) helpers.set(declaration.name.text, jsx);
        }
      }
    }
  }
  return helpers;
}

function tagName(jsx: JsxNode): string | undefined {
  if (ts.isJsxFragment(jsx)) return undefined;
  const tag = ts.isJsxElement(jsx) ? jsx.openingElement.tagName : jsx.tagName;
  return ts.isIdentifier(tag) ? tag.text : undefined;
}

/** Source of a story's JSX, with local helper components inlined and `{...spreads}` dropped. */
function renderSnippet(
  render: ts.Expression,
  sourceFile: ts.SourceFile,
  helpers: Map<string, JsxNode>,
): string | undefined {
  if (!ts.isArrowFunction(render) && !ts.isFunctionExpression(render)) return undefined;
  let jsx = returnedJsx(render);
  // `render: (args) => <EditProfileDialog {...args} />`: show what the helper renders.
  for (let depth = 0; jsx && depth < 2; depth += 1) {
    const helper = helpers.get(tagName(jsx) ?? "");
    if (!helper || helper === jsx) break;
    jsx = helper;
  }
  if (!jsx) return undefined;
  return dedent(
    jsx
      .getText(sourceFile)
      // Story plumbing: spread args/props and story-only style objects.
      .replace(/\s*\{\.\.\.[A-Za-z_$][\w$]*\}/g, "")
      .replace(/\s+style=\{[A-Za-z_$][\w$]*\}/g, "")
      // Helper props passed straight through (`defaultOpen={defaultOpen}`).
      .replace(/\s+([A-Za-z_$][\w$]*)=\{\1\}/g, ""),
  );
}

function figmaUrl(parameters: ts.Expression | undefined): string | undefined {
  if (!parameters || !ts.isObjectLiteralExpression(parameters)) return undefined;
  const design = getProperty(parameters, "design");
  const first =
    design && ts.isArrayLiteralExpression(design) ? unwrap(design.elements[0]!) : design;
  if (!first || !ts.isObjectLiteralExpression(first)) return undefined;
  return stringValue(getProperty(first, "url"));
}

function parseStories(file: string): ParsedStories {
  const sourceFile = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const declarations = new Map<string, ts.Expression>();
  const exported: { name: string; init: ts.Expression }[] = [];
  let metaNode: ts.Expression | undefined;

  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      const isExported = statement.modifiers?.some(
        (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword,
      );
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const init = unwrap(declaration.initializer);
        declarations.set(declaration.name.text, init);
        if (isExported) exported.push({ name: declaration.name.text, init });
      }
    }
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      const value = unwrap(statement.expression);
      metaNode = ts.isIdentifier(value) ? declarations.get(value.text) : value;
    }
  }

  const meta = metaNode && ts.isObjectLiteralExpression(metaNode) ? metaNode : undefined;
  const title = meta ? stringValue(getProperty(meta, "title")) : undefined;
  const componentNode = meta ? getProperty(meta, "component") : undefined;
  const component =
    componentNode && ts.isIdentifier(componentNode) ? componentNode.text : undefined;
  const metaArgs = objectArgs(meta ? getProperty(meta, "args") : undefined);
  const metaRender = meta ? getProperty(meta, "render") : undefined;
  const helpers = localComponents(sourceFile);

  const stories: StoryManifest[] = [];
  for (const { name: exportName, init } of exported) {
    if (!ts.isObjectLiteralExpression(init)) continue;
    const name = stringValue(getProperty(init, "name")) ?? storyNameFromExport(exportName);
    const render = getProperty(init, "render") ?? metaRender;
    const args = new Map([...metaArgs, ...objectArgs(getProperty(init, "args"))]);
    let snippet: string | undefined;
    if (render) snippet = renderSnippet(render, sourceFile, helpers);
    else if (component) snippet = argsSnippet(component, args, sourceFile);
    stories.push({
      name,
      id: title ? toId(title, name) : exportName,
      ...(snippet ? { snippet } : {}),
    });
  }
  const figma = meta ? figmaUrl(getProperty(meta, "parameters")) : undefined;
  return {
    ...(title ? { title } : {}),
    ...(component ? { component } : {}),
    ...(figma ? { figma } : {}),
    stories,
  };
}

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

function toPart(doc: ComponentDoc, cva: Map<string, CvaVariant[]>): PartManifest {
  const props: PropManifest[] = [];
  const variants: VariantManifest[] = [];
  for (const prop of Object.values(doc.props)) {
    if (!isDocumentedProp(prop)) continue;
    const unionOptions = literalOptions(prop.type.name);
    const fromCva = unionOptions
      ? cva
          .get(prop.name)
          ?.find(
            (entry) =>
              entry.options.length === unionOptions.length &&
              unionOptions.every((option) => entry.options.includes(option)),
          )
      : undefined;
    // Source order of the cva definition reads better than the compiler's union order.
    const options = fromCva?.options ?? unionOptions;
    const type = options
      ? options.map((option) => JSON.stringify(option)).join(" | ")
      : cleanType(prop.type.name);
    const defaultValue =
      prop.defaultValue?.value !== undefined && prop.defaultValue?.value !== null
        ? String(prop.defaultValue.value)
        : fromCva?.default !== undefined
          ? JSON.stringify(fromCva.default)
          : undefined;
    const description = prop.description || fromCva?.description || "";
    props.push({
      name: prop.name,
      type,
      required: prop.required,
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
      description,
    });
    if (options) {
      const plainDefault = defaultValue?.replace(/^"(.*)"$/, "$1");
      variants.push({
        prop: prop.name,
        options,
        ...(plainDefault !== undefined ? { default: plainDefault } : {}),
        description,
      });
    }
  }
  return { name: doc.displayName, description: doc.description, props, variants };
}

/** Names a module exports as values (not types): components, functions, constants. */
function exportedValues(sourceFile: ts.SourceFile): string[] {
  const names: string[] = [];
  const isExported = (node: ts.Node) =>
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of sourceFile.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && isExported(statement)) {
      names.push(statement.name.text);
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      !statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) {
        if (!element.isTypeOnly) names.push(element.name.text);
      }
    }
  }
  return names;
}

/**
 * What the folder's `index.ts` makes public (`export * from "./toast"`,
 * `export { toast } from "./toast-store"`); undefined when there is no index.
 */
function publicValues(dir: string): Set<string> | undefined {
  const indexFile = path.join(dir, "index.ts");
  if (!existsSync(indexFile)) return undefined;
  const index = ts.createSourceFile(
    indexFile,
    readFileSync(indexFile, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const names = new Set<string>();
  for (const statement of index.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly || !statement.moduleSpecifier)
      continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!statement.exportClause) {
      const target = [".tsx", ".ts"]
        .map((extension) => path.join(dir, `${specifier}${extension}`))
        .find((file) => existsSync(file));
      if (!target) continue;
      const source = ts.createSourceFile(
        target,
        readFileSync(target, "utf8"),
        ts.ScriptTarget.Latest,
        true,
      );
      for (const name of exportedValues(source)) names.add(name);
    } else if (ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (!element.isTypeOnly) names.add(element.name.text);
      }
    }
  }
  return names;
}

function componentFolders(uiRoot: string, only?: string[]): string[] {
  const root = path.join(uiRoot, "src/components");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => !only || only.includes(name))
    .sort();
}

function pascalCase(folder: string): string {
  return folder.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char: string) => char.toUpperCase());
}

export function buildManifest({ uiRoot, only }: BuildManifestOptions): Manifest {
  const pkg = JSON.parse(readFileSync(path.join(uiRoot, "package.json"), "utf8")) as {
    name: string;
    version: string;
    description?: string;
    exports?: Record<string, unknown>;
  };
  const folders = componentFolders(uiRoot, only);
  const sourcesByFolder = new Map(
    folders.map((folder) => {
      const dir = path.join(uiRoot, "src/components", folder);
      const files = readdirSync(dir)
        .filter((file) => /\.tsx?$/.test(file) && !STORYBOOK_EXTENSIONS.test(file))
        .filter((file) => file !== "index.ts")
        .map((file) => path.join(dir, file));
      return [folder, files] as const;
    }),
  );

  const parser = withCustomConfig(path.join(uiRoot, "tsconfig.json"), {
    shouldExtractLiteralValuesFromEnum: true,
    shouldRemoveUndefinedFromOptional: true,
    propFilter: isDocumentedProp,
  });
  const docs = parser.parse([...sourcesByFolder.values()].flat());

  const components: ComponentManifest[] = [];
  for (const folder of folders) {
    const files = sourcesByFolder.get(folder) ?? [];
    const cva = new Map<string, CvaVariant[]>();
    let client = false;
    const valueExports: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (/^\s*["']use client["']/.test(text)) client = true;
      const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      valueExports.push(...exportedValues(sourceFile));
      for (const [key, entries] of readCvaVariants(sourceFile)) {
        cva.set(key, [...(cva.get(key) ?? []), ...entries]);
      }
    }
    const publicNames = publicValues(path.join(uiRoot, "src/components", folder));
    const parts = docs
      .filter((doc) => files.includes(path.resolve(doc.filePath)))
      .filter((doc) => !publicNames || publicNames.has(doc.displayName))
      // cva functions (buttonVariants) and hooks are not components.
      .filter((doc) => /^[A-Z]/.test(doc.displayName))
      .map((doc) => toPart(doc, cva));
    const storiesFile = path.join(uiRoot, "src/components", folder, `${folder}.stories.tsx`);
    const stories: ParsedStories = existsSync(storiesFile)
      ? parseStories(storiesFile)
      : { stories: [] };
    // A compound component is named after its folder and root part (Dialog, not the
    // DialogContent its stories document); a single component after itself.
    const main =
      parts.find((part) => part.name === pascalCase(folder)) ??
      parts.find((part) => part.name === stories.component) ??
      parts[0];
    if (!main) continue;
    const subpath = `./${folder}`;
    const title = stories.title ?? `Components/${main.name}`;
    const partNames = new Set(parts.map((part) => part.name));
    const otherExports = valueExports.filter(
      (name) => !partNames.has(name) && (!publicNames || publicNames.has(name)),
    );
    // Components and imperative helpers (`toast`); cva helpers stay out of the usual import line.
    const names = [
      main.name,
      ...parts.filter((p) => p !== main).map((p) => p.name),
      ...otherExports.filter((name) => !name.endsWith("Variants")),
    ];
    const example = stories.stories.find((story) => story.snippet)?.snippet;
    components.push({
      name: main.name,
      title,
      description: main.description,
      import: `import { ${names.join(", ")} } from "${pkg.name}";`,
      importPath: pkg.name,
      ...(pkg.exports?.[subpath] ? { subpathImport: `${pkg.name}/${folder}` } : {}),
      client,
      props: main.props,
      variants: main.variants,
      parts: parts.filter((part) => part !== main),
      otherExports,
      ...(example ? { example } : {}),
      stories: stories.stories,
      docs: `?path=/docs/${toId(title, "docs")}`,
      ...(stories.figma ? { figma: stories.figma } : {}),
      source: `packages/ui/src/components/${folder}/${folder}.tsx`,
    });
  }

  return {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description ?? "",
    styles: {
      tailwind4: `@import "tailwindcss";\n@import "${pkg.name}/styles.css";`,
      tailwind3: `import "${pkg.name}/styles.unlayered.css"; // in the root layout, before your globals.css`,
      noTailwind: `import "${pkg.name}/styles.css"; // in the root layout`,
    },
    components,
  };
}

// ---------------------------------------------------------------------------------------------
// llms.txt (https://llmstxt.org): the same facts as prose an assistant reads in one request
// ---------------------------------------------------------------------------------------------

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
