#!/usr/bin/env node
// Public API reports: api/<package>.api.md for every published workspace package, generated
// from the package's *built* type declarations (every `types` target in package.json
// `exports`) with the TypeScript compiler API.
//
//   node scripts/release/api-report.mjs --update   write the reports
//   node scripts/release/api-report.mjs --check    fail when a report is stale, or when it
//                                                  changed since the base branch without a
//                                                  changeset for that package
//
// Options: --root <dir> (default: this repository), --base <git ref> (default:
// origin/$GITHUB_BASE_REF, else origin/<baseBranch of .changeset/config.json>), also settable
// as API_REPORT_BASE. Build the packages first (`turbo run build --filter=./packages/*`).
//
// A report lists, per entry point, every exported name and its kind, then each declaration's
// text (comments dropped, union members sorted so the order tsc happens to print them in does
// not matter), then the non-exported declarations of the package that the API refers to.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const scriptRepo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const options = { mode: null, root: scriptRepo, base: process.env.API_REPORT_BASE || null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--update" || arg === "--check") options.mode = arg.slice(2);
    else if (arg === "--root") options.root = path.resolve(argv[++i]);
    else if (arg === "--base") options.base = argv[++i];
    else if (arg === "--help" || arg === "-h") options.mode = "help";
    else throw new UsageError(`unknown argument ${arg}`);
  }
  return options;
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// TypeScript: the root may not list it, every package that builds types does.

function loadTypeScript(root) {
  const bases = [root, scriptRepo];
  for (const base of [root, scriptRepo]) {
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

// Reports are formatted with the repository's Prettier, so `prettier --check .` accepts them.
async function loadFormatter(root) {
  for (const base of [root, scriptRepo]) {
    let prettier;
    try {
      const resolved = createRequire(path.join(base, "package.json")).resolve("prettier");
      const module = await import(pathToFileURL(resolved).href);
      prettier = typeof module.format === "function" ? module : module.default;
    } catch {
      continue;
    }
    return async (text, file) => {
      const config = (await prettier.resolveConfig(file)) ?? {};
      return prettier.format(text, { ...config, filepath: file });
    };
  }
  return async (text) => text;
}

// ---------------------------------------------------------------------------------------------
// Packages and entry points

function publishedPackages(root) {
  const packagesDir = path.join(root, "packages");
  if (!existsSync(packagesDir)) return [];
  const result = [];
  for (const dirName of readdirSync(packagesDir).sort()) {
    const manifestPath = path.join(packagesDir, dirName, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (manifest.private) continue;
    result.push({
      name: manifest.name,
      dir: path.join(packagesDir, dirName),
      manifest,
      reportFile: `${manifest.name.replace(/^@[^/]+\//, "")}.api.md`,
    });
  }
  return result;
}

/** Every leaf of `exports` as { subpath, conditions: ["import", "types"], target }. */
function exportLeaves(manifest) {
  const leaves = [];
  let exportsField = manifest.exports;
  if (exportsField === undefined) {
    const types = manifest.types ?? manifest.typings;
    exportsField = {
      ".": types ? { types, default: manifest.main ?? "./index.js" } : manifest.main,
    };
  }
  if (typeof exportsField === "string" || Array.isArray(exportsField))
    exportsField = { ".": exportsField };
  else if (!Object.keys(exportsField).some((key) => key.startsWith(".")))
    exportsField = { ".": exportsField };

  const walk = (subpath, conditions, value) => {
    if (value === null) leaves.push({ subpath, conditions, target: "null" });
    else if (typeof value === "string") leaves.push({ subpath, conditions, target: value });
    else if (Array.isArray(value)) value.forEach((item) => walk(subpath, conditions, item));
    else for (const [key, item] of Object.entries(value)) walk(subpath, [...conditions, key], item);
  };
  for (const [subpath, value] of Object.entries(exportsField)) walk(subpath, [], value);
  return leaves;
}

function isTypesLeaf(leaf) {
  return leaf.conditions.at(-1) === "types" || /\.d\.[cm]?ts$/.test(leaf.target);
}

// ---------------------------------------------------------------------------------------------
// Report generation

const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function createReporter(ts) {
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

function generateReport(ts, reporter, pkg) {
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

  // ---- render
  const out = [];
  out.push(`# API report: ${pkg.name}`);
  out.push("");
  out.push("<!--");
  out.push(
    "Generated by scripts/release/api-report.mjs from the built type declarations. Do not edit.",
  );
  out.push(
    "Update with `pnpm api:update`; a change to this file needs a changeset for this package.",
  );
  out.push("-->");
  out.push("");
  out.push("## Entry points");
  out.push("");
  out.push("| subpath | conditions | target |");
  out.push("| ------- | ---------- | ------ |");
  for (const leaf of leaves) {
    out.push(
      `| \`${leaf.subpath}\` | ${leaf.conditions.join(" > ") || "—"} | \`${leaf.target}\` |`,
    );
  }
  if (pkg.manifest.bin) {
    const bins =
      typeof pkg.manifest.bin === "string"
        ? { [pkg.name.replace(/^@[^/]+\//, "")]: pkg.manifest.bin }
        : pkg.manifest.bin;
    out.push("");
    out.push("Executables:");
    out.push("");
    for (const [name, target] of Object.entries(bins).sort(([a], [b]) => compareText(a, b)))
      out.push(`- \`${name}\` → \`${target}\``);
  }
  if (pkg.manifest.peerDependencies) {
    out.push("");
    out.push("Peer dependencies:");
    out.push("");
    for (const [name, range] of Object.entries(pkg.manifest.peerDependencies).sort(([a], [b]) =>
      compareText(a, b),
    )) {
      out.push(`- \`${name}\`: \`${range}\``);
    }
  }

  // Entries with identical export lists (e.g. `./base`, `./react` and `./next` pointing at one
  // .d.ts) are listed once.
  const declarationsByName = new Map();
  const groups = new Map();
  for (const entry of entries) {
    const list = entry.items.map((item) => `${item.name}: ${item.kind}`).join("\n");
    const key = `${list}\u0000${entry.items.map((i) => i.texts.join("\n")).join("\u0001")}`;
    if (!groups.has(key)) groups.set(key, { list, labels: [] });
    groups
      .get(key)
      .labels.push(`\`${entry.label}\` (${entry.conditionLabel}: \`${entry.target}\`)`);
    for (const item of entry.items) {
      if (item.texts.length === 0) continue;
      const text = item.texts.join("\n");
      if (!declarationsByName.has(item.name)) declarationsByName.set(item.name, new Map());
      const variants = declarationsByName.get(item.name);
      if (!variants.has(text)) variants.set(text, []);
      variants.get(text).push(entry.label);
    }
  }
  out.push("");
  out.push("## Exports");
  if (groups.size === 0) {
    out.push("");
    out.push("No entry point declares types.");
  }
  for (const { list, labels } of groups.values()) {
    out.push("");
    out.push(`### ${labels.join(", ")}`);
    out.push("");
    out.push("```text");
    out.push(list || "(no exports)");
    out.push("```");
  }

  if (declarationsByName.size > 0) {
    out.push("");
    out.push("## Declarations");
    for (const name of [...declarationsByName.keys()].sort(compareText)) {
      const variants = declarationsByName.get(name);
      for (const [text, labels] of variants) {
        out.push("");
        out.push(
          variants.size > 1 ? `### ${name} (in ${[...new Set(labels)].join(", ")})` : `### ${name}`,
        );
        out.push("");
        out.push("```ts");
        out.push(text);
        out.push("```");
      }
    }
  }

  if (internal.size > 0) {
    out.push("");
    out.push("## Internal declarations the API refers to");
    const rendered = [...internal.entries()].map(([symbol, declarations]) => ({
      name: symbol.name,
      text: declarations.map((d) => reporter.declarationText(d)).join("\n"),
    }));
    rendered.sort((a, b) => compareText(a.name, b.name) || compareText(a.text, b.text));
    for (const { name, text } of rendered) {
      out.push("");
      out.push(`### ${name}`);
      out.push("");
      out.push("```ts");
      out.push(text);
      out.push("```");
    }
  }
  out.push("");
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// git and changesets

function git(root, args) {
  const result = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return { ok: result.status === 0, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

function baseBranchName(root) {
  try {
    return (
      JSON.parse(readFileSync(path.join(root, ".changeset/config.json"), "utf8")).baseBranch ||
      "main"
    );
  } catch {
    return "main";
  }
}

/** Package names in a changeset's front matter. */
export function changesetPackages(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return [];
  const names = [];
  for (const line of match[1].split(/\r?\n/)) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (entry) names.push({ name: entry[1].trim(), bump: entry[2] });
  }
  return names;
}

/**
 * Changesets in the working tree, plus those committed at HEAD but deleted in the working tree
 * (`changeset version --snapshot` consumes them before `pnpm release` runs). `inBranch`: added or
 * edited since the merge base.
 */
function changesetsInBranch(root, mergeBase) {
  const dir = path.join(root, ".changeset");
  const texts = new Map();
  const committed = git(root, ["ls-tree", "--name-only", "HEAD", "./.changeset/"]);
  for (const name of committed.ok ? committed.stdout.split("\n") : []) {
    const file = path.basename(name.trim());
    if (!file.endsWith(".md") || file === "README.md" || existsSync(path.join(dir, file))) continue;
    const text = git(root, ["show", `HEAD:./.changeset/${file}`]);
    if (text.ok) texts.set(file, text.stdout);
  }
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      if (file.endsWith(".md") && file !== "README.md")
        texts.set(file, readFileSync(path.join(dir, file), "utf8"));
    }
  }
  return [...texts.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([file, text]) => {
      const before = git(root, ["show", `${mergeBase}:./.changeset/${file}`]);
      return {
        file,
        packages: changesetPackages(text),
        inBranch: !before.ok || before.stdout !== text,
      };
    });
}

/** The changed lines between two texts (+/-), from a longest-common-subsequence diff. */
export function lineDiff(before, after, limit = 40) {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const lines = [];
  // Each change is shown under the report heading (### name) it belongs to.
  let heading = a.slice(0, start).findLast((line) => /^#{2,3} /.test(line)) ?? null;
  let printedHeading = null;
  const emit = (line) => {
    if (/^ {2}[+-] #{2,3} /.test(line)) printedHeading = heading;
    if (heading && heading !== printedHeading) {
      lines.push(`  in ${heading.replace(/^#+ /, "")}:`);
      printedHeading = heading;
    }
    lines.push(line);
  };
  const see = (line) => {
    if (/^#{2,3} /.test(line)) heading = line;
  };
  if (x.length * y.length > 4_000_000) {
    x.forEach((l) => emit(`  - ${l}`));
    y.forEach((l) => emit(`  + ${l}`));
  } else {
    // lcs[i][j]: length of the LCS of x[i..] and y[j..]
    const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        see(x[i]);
        i++;
        j++;
      } else if (j < y.length && (i === x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        see(y[j]);
        emit(`  + ${y[j++]}`);
      } else {
        see(x[i]);
        emit(`  - ${x[i++]}`);
      }
    }
  }
  const shown = lines.filter((line, index) => {
    if (line.trim() === "+" || line.trim() === "-") return false;
    // drop a heading whose only changes were blank lines
    return !(
      line.startsWith("  in ") &&
      (lines[index + 1] === undefined || lines[index + 1].startsWith("  in "))
    );
  });
  if (shown.length > limit) {
    return [...shown.slice(0, limit), `  … and ${shown.length - limit} more changed lines`].join(
      "\n",
    );
  }
  return shown.join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`api-report: ${error.message}`);
    return 2;
  }
  if (!options.mode || options.mode === "help") {
    console.log(
      "usage: node scripts/release/api-report.mjs --update | --check [--root <dir>] [--base <git ref>]",
    );
    return options.mode === "help" ? 0 : 2;
  }
  const { root } = options;
  const ts = loadTypeScript(root);
  const reporter = createReporter(ts);
  const apiDir = path.join(root, "api");
  const packages = publishedPackages(root);
  const format = await loadFormatter(root);
  const reports = new Map();
  for (const pkg of packages) {
    const file = path.join(apiDir, pkg.reportFile);
    reports.set(pkg, await format(generateReport(ts, reporter, pkg), file));
  }
  const expectedFiles = new Set(packages.map((pkg) => pkg.reportFile));

  if (options.mode === "update") {
    mkdirSync(apiDir, { recursive: true });
    for (const [pkg, report] of reports) {
      const file = path.join(apiDir, pkg.reportFile);
      const previous = existsSync(file) ? readFileSync(file, "utf8") : null;
      writeFileSync(file, report);
      console.log(
        `api-report: ${previous === report ? "unchanged" : previous === null ? "created" : "updated"} api/${pkg.reportFile}`,
      );
    }
    for (const file of readdirSync(apiDir)) {
      if (file.endsWith(".api.md") && !expectedFiles.has(file)) {
        rmSync(path.join(apiDir, file));
        console.log(`api-report: removed api/${file} (no such published package)`);
      }
    }
    return 0;
  }

  // --check, part 1: the committed reports match the built declarations.
  const problems = [];
  for (const [pkg, report] of reports) {
    const file = path.join(apiDir, pkg.reportFile);
    if (!existsSync(file)) {
      problems.push(`api/${pkg.reportFile} is missing. Run \`pnpm api:update\` and commit it.`);
      continue;
    }
    const committed = readFileSync(file, "utf8");
    if (committed !== report) {
      problems.push(
        `api/${pkg.reportFile} does not match the built declarations of ${pkg.name}. Run \`pnpm api:update\`, review and commit it (and add a changeset).\n${lineDiff(committed, report)}`,
      );
    }
  }
  if (existsSync(apiDir)) {
    for (const file of readdirSync(apiDir)) {
      if (file.endsWith(".api.md") && !expectedFiles.has(file)) {
        problems.push(`api/${file} belongs to no published package. Run \`pnpm api:update\`.`);
      }
    }
  }

  // --check, part 2: a report that changed since the base branch needs a changeset.
  const baseRef =
    options.base ??
    (process.env.GITHUB_BASE_REF
      ? `origin/${process.env.GITHUB_BASE_REF}`
      : `origin/${baseBranchName(root)}`);
  const notes = [];
  if (!git(root, ["rev-parse", "--is-inside-work-tree"]).ok) {
    notes.push(`not a git work tree: skipped the comparison with ${baseRef}`);
  } else if (!git(root, ["rev-parse", "--verify", "--quiet", `${baseRef}^{commit}`]).ok) {
    notes.push(
      `no ${baseRef} here (no remote, or a shallow clone): skipped the changeset check. CI needs the base branch fetched (actions/checkout with fetch-depth: 0).`,
    );
  } else {
    const mergeBaseResult = git(root, ["merge-base", "HEAD", baseRef]);
    const mergeBase = mergeBaseResult.stdout.trim();
    if (!mergeBaseResult.ok || !mergeBase) {
      notes.push(
        `no merge base between HEAD and ${baseRef} (shallow clone?): skipped the changeset check`,
      );
    } else if (!git(root, ["cat-file", "-e", `${mergeBase}:./api`]).ok) {
      notes.push(
        `${baseRef} (${mergeBase.slice(0, 7)}) has no api/ reports yet: skipped the changeset check`,
      );
    } else {
      const changesets = changesetsInBranch(root, mergeBase);
      let compared = 0;
      for (const pkg of reports.keys()) {
        const file = path.join(apiDir, pkg.reportFile);
        if (!existsSync(file)) continue;
        const current = readFileSync(file, "utf8");
        const before = git(root, ["show", `${mergeBase}:./api/${pkg.reportFile}`]);
        compared++;
        if (before.ok && before.stdout === current) continue;
        const matching = changesets.filter(
          (c) => c.inBranch && c.packages.some((p) => p.name === pkg.name && p.bump !== "none"),
        );
        if (matching.length > 0) {
          console.log(
            `api-report: ${pkg.name} API changed since ${baseRef}; covered by .changeset/${matching.map((c) => c.file).join(", .changeset/")}`,
          );
          continue;
        }
        const older = changesets.filter(
          (c) => !c.inBranch && c.packages.some((p) => p.name === pkg.name),
        );
        problems.push(
          [
            `${pkg.name}: its public API changed since ${baseRef} (${mergeBase.slice(0, 7)}) but no changeset added in this branch bumps it.`,
            before.ok ? lineDiff(before.stdout, current) : `  (api/${pkg.reportFile} is new)`,
            older.length
              ? `  (.changeset/${older.map((c) => c.file).join(", .changeset/")} already pending on ${baseRef} does not count: describe this change)`
              : null,
            `  Add one: pnpm changeset   (or: pnpm changeset add --minor ${pkg.name} -m "…")`,
          ]
            .filter(Boolean)
            .join("\n"),
        );
      }
      notes.push(`compared ${compared} report(s) with ${baseRef} at ${mergeBase.slice(0, 7)}`);
    }
  }

  for (const note of notes) console.log(`api-report: ${note}`);
  if (problems.length > 0) {
    console.error(`\napi-report: FAILED\n\n${problems.join("\n\n")}\n`);
    return 1;
  }
  console.log(`api-report: ${reports.size} API report(s) up to date`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(`api-report: ${error.message}`);
    process.exitCode = 1;
  }
}

export { exportLeaves };
