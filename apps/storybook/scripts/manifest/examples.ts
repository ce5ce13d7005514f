// JSX examples from stories: the render function's JSX (local helper components inlined), or the
// component with the story's args as props.
import ts from "typescript";
import { unwrap } from "./ast.ts";

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

export function argsSnippet(
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
export function localComponents(sourceFile: ts.SourceFile): Map<string, JsxNode> {
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
export function renderSnippet(
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
