// cva definitions: the options, defaults and TSDoc of each variant, read from the component file.
import ts from "typescript";
import { getProperty, jsDocText, propertyName, stringValue, unwrap } from "./ast.ts";

export interface CvaVariant {
  options: string[];
  default?: string;
  description: string;
}

/** `cva(base, { variants, defaultVariants })` definitions in a component file, keyed by variant name. */
export function readCvaVariants(sourceFile: ts.SourceFile): Map<string, CvaVariant[]> {
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
