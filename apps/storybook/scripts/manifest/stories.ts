// A component's stories file: its title, component, and each story with a snippet.
import { readFileSync } from "node:fs";
import { storyNameFromExport, toId } from "storybook/internal/csf";
import ts from "typescript";
import { getProperty, propertyName, stringValue, unwrap } from "./ast.ts";
import { argsSnippet, localComponents, renderSnippet } from "./examples.ts";
import type { StoryManifest } from "./types.ts";

export interface ParsedStories {
  title?: string;
  component?: string;
  stories: StoryManifest[];
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

export function parseStories(file: string): ParsedStories {
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
  return {
    ...(title ? { title } : {}),
    ...(component ? { component } : {}),
    stories,
  };
}
