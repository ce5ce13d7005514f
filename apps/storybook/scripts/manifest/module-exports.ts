// What a component folder makes public: the values its modules export and its index.ts re-exports.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** Names a module exports as values (not types): components, functions, constants. */
export function exportedValues(sourceFile: ts.SourceFile): string[] {
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
export function publicValues(dir: string): Set<string> | undefined {
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
