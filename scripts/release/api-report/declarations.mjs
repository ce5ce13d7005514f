// Reading the public API from a package's built .d.ts files with the TypeScript compiler API.
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { compareText } from "./compare-text.mjs";
import { exportLeaves, isTypesLeaf } from "./packages.mjs";

/**
 * TypeScript from the first of `repos`, or of their packages/*, that has it: the root may not
 * list it, every package that builds types does.
 */
export function loadTypeScript(repos) {
  const bases = [...repos];
  for (const base of repos) {
    const packagesDir = path.join(base, "packages");
    if (existsSync(packagesDir)) {
      for (const name of readdirSync(packagesDir).sort()) bases.push(path.join(packagesDir, name));
    }
  }
  for (const base of bases) {
    try {
      return createRequire(path.join(base, "package.json"))("typescript");
    } catch {
      // try the next one
    }
  }
  throw new Error("typescript not found: run `pnpm install` first");
}

export function createReporter(ts) {
  const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

  // Union members in a fixed order: tsc prints them in type-creation order, which moves when
  // unrelated code changes.
  const sortUnions = (context) => {
    const visit = (node) => {
      node = ts.visitEachChild(node, visit, context);
      if (ts.isUnionTypeNode(node)) {
        const sorted = [...node.types].sort((a, b) =>
          compareText(
            printer.printNode(ts.EmitHint.Unspecified, a, undefined),
            printer.printNode(ts.EmitHint.Unspecified, b, undefined),
          ),
        );
        return context.factory.updateUnionTypeNode(node, context.factory.createNodeArray(sorted));
      }
      return node;
    };
    return visit;
  };

  function print(node) {
    const sourceFile = node.getSourceFile();
    const result = ts.transform(node, [sortUnions]);
    const text = printer.printNode(ts.EmitHint.Unspecified, result.transformed[0], sourceFile);
    result.dispose();
    return text
      .replace(/^(?:export\s+)?(?:default\s+)?(?:declare\s+)?/, "")
      .replace(/\r\n/g, "\n")
      .trimEnd();
  }

  function declarationText(declaration) {
    if (ts.isVariableDeclaration(declaration)) {
      const list = declaration.parent;
      const keyword =
        list.flags & ts.NodeFlags.Const ? "const" : list.flags & ts.NodeFlags.Let ? "let" : "var";
      const type = declaration.type ? print(declaration.type) : "unknown /* no type annotation */";
      return `${keyword} ${declaration.name.getText()}: ${type};`;
    }
    if (ts.isExportAssignment(declaration))
      return `${declaration.isExportEquals ? "export =" : "export default"} ${declaration.expression.getText()};`;
    if (ts.isSourceFile(declaration)) return `module ${JSON.stringify(declaration.fileName)}`;
    return print(declaration);
  }

  function kindOf(symbol) {
    const f = ts.SymbolFlags;
    if (symbol.flags & f.Class) return "class";
    if (symbol.flags & f.Enum) return "enum";
    if (symbol.flags & f.Function) return "function";
    if (symbol.flags & f.Interface)
      return symbol.flags & f.Value ? "interface + value" : "interface";
    if (symbol.flags & f.TypeAlias) return symbol.flags & f.Value ? "type + value" : "type";
    if (symbol.flags & f.Variable) {
      const declaration = symbol.declarations?.find(ts.isVariableDeclaration);
      if (declaration) return declaration.parent.flags & ts.NodeFlags.Const ? "const" : "let";
      return "variable";
    }
    if (symbol.flags & (f.ValueModule | f.NamespaceModule)) return "namespace";
    return "unknown";
  }

  return { declarationText, kindOf };
}

/**
 * What a package's built declarations export, per types entry point, and the non-exported
 * declarations of the package that the exported API refers to.
 */
export function readApi(ts, reporter, pkg) {
  const leaves = exportLeaves(pkg.manifest);
  const typeLeaves = leaves.filter(isTypesLeaf);
  const missing = [];
  const files = [];
  for (const leaf of typeLeaves) {
    const file = path.resolve(pkg.dir, leaf.target);
    if (!existsSync(file)) missing.push(leaf.target);
    else files.push(file);
  }
  if (missing.length > 0) {
    throw new Error(
      `${pkg.name}: missing ${missing.join(", ")}. Build the packages first: pnpm turbo run build --filter=./packages/*`,
    );
  }

  const program = ts.createProgram([...new Set(files)], {
    noEmit: true,
    skipLibCheck: true,
    strict: true,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    noLib: true,
  });
  const checker = program.getTypeChecker();
  const packageDirPrefix = pkg.dir + path.sep;
  const ownFile = (fileName) => {
    const normalized = path.resolve(fileName);
    return (
      normalized.startsWith(packageDirPrefix) &&
      !normalized.includes(`${path.sep}node_modules${path.sep}`)
    );
  };
  const resolveAlias = (symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  // entry label -> [{ name, kind, texts }]
  const entries = [];
  const exportedSymbols = new Set();
  for (const leaf of typeLeaves) {
    const file = path.resolve(pkg.dir, leaf.target);
    const sourceFile = program.getSourceFile(file);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    const label = `${pkg.name}${leaf.subpath === "." ? "" : leaf.subpath.slice(1)}`;
    const conditionLabel = leaf.conditions.join(" > ") || "(no condition)";
    const items = [];
    if (!moduleSymbol) {
      items.push({ name: "(not a module)", kind: "script", texts: [] });
    } else {
      const exportEquals = moduleSymbol.exports?.get("export=");
      const symbols = exportEquals
        ? [["export =", exportEquals]]
        : checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s]);
      for (const [name, symbol] of symbols) {
        const target = resolveAlias(symbol);
        exportedSymbols.add(target);
        const declarations = target.declarations ?? [];
        const texts = declarations.map((declaration) => reporter.declarationText(declaration));
        items.push({
          name,
          kind: declarations.length ? reporter.kindOf(target) : "unresolved",
          texts,
          target,
        });
      }
    }
    items.sort((a, b) => compareText(a.name, b.name));
    entries.push({ label, conditionLabel, target: leaf.target, items });
  }

  // Non-exported declarations of this package that the exported API refers to.
  const internal = new Map();
  const visitReferences = (node) => {
    const check = (nameNode) => {
      let symbol = checker.getSymbolAtLocation(nameNode);
      if (!symbol) return;
      symbol = resolveAlias(symbol);
      if (exportedSymbols.has(symbol) || internal.has(symbol)) return;
      const declarations = (symbol.declarations ?? []).filter((d) =>
        ownFile(d.getSourceFile().fileName),
      );
      if (declarations.length === 0 || declarations.some(ts.isTypeParameterDeclaration)) return;
      if (
        declarations.some(
          (d) =>
            ts.isParameter(d) ||
            ts.isPropertySignature(d) ||
            ts.isPropertyDeclaration(d) ||
            ts.isMethodSignature(d),
        )
      )
        return;
      internal.set(symbol, declarations);
      declarations.forEach(visitReferences);
    };
    const walk = (child) => {
      if (ts.isTypeReferenceNode(child))
        check(ts.isQualifiedName(child.typeName) ? child.typeName.right : child.typeName);
      else if (ts.isExpressionWithTypeArguments(child)) check(child.expression);
      else if (ts.isTypeQueryNode(child))
        check(ts.isQualifiedName(child.exprName) ? child.exprName.right : child.exprName);
      ts.forEachChild(child, walk);
    };
    ts.forEachChild(node, walk);
  };
  for (const entry of entries)
    for (const item of entry.items)
      for (const d of item.target?.declarations ?? []) visitReferences(d);

  return { leaves, entries, internal };
}
