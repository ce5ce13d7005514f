import { optimize, type CustomPlugin, type XastElement, type XastRoot } from "svgo/browser";

/** An SVG that cannot become an icon; the message names the icon and what to change. */
export class IconSourceError extends Error {
  override name = "IconSourceError";
}

/** Shapes an icon may draw with. Anything else (text, images, masks, gradients) is refused. */
const SHAPES = new Set([
  "svg",
  "g",
  "path",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "rect",
]);

/**
 * Dropped with their content: descriptions, and the clip path Figma wraps around an exported
 * frame (it clips to the 24×24 frame, which the viewBox does anyway).
 */
const DROPPED = new Set(["title", "desc", "metadata", "defs", "clipPath"]);

const GEOMETRY = [
  "d",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "x",
  "y",
  "x1",
  "y1",
  "x2",
  "y2",
  "width",
  "height",
  "points",
  "transform",
];
const PAINT = [
  "fill",
  "stroke",
  "stroke-width",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "fill-rule",
  "clip-rule",
  "opacity",
  "fill-opacity",
  "stroke-opacity",
];
const ALLOWED_ATTRIBUTES = new Set([...GEOMETRY, ...PAINT]);
const ROOT_ATTRIBUTES = new Set(["xmlns", "viewBox", ...PAINT]);
/** Harmless noise from editors: removed without a word. */
const IGNORED_ATTRIBUTES = /^(id|class|version|clip-path|xml:space|xmlns:.+|data-.+)$/;

/** The one frame every icon is drawn on: components render it at 16, 20 or 24px. */
export const ICON_VIEW_BOX = "0 0 24 24";

function viewBoxOf(root: XastElement): string | undefined {
  const viewBox = root.attributes.viewBox
    ?.trim()
    .split(/[\s,]+/)
    .join(" ");
  if (viewBox) return viewBox;
  const { width, height } = root.attributes;
  return width && height ? `0 0 ${parseFloat(width)} ${parseFloat(height)}` : undefined;
}

/** Colours become `currentColor`, so every icon takes the colour of the text around it. */
function paintValue(value: string, where: string, problems: string[]): string {
  const trimmed = value.trim();
  if (trimmed === "none" || trimmed === "currentColor") return trimmed;
  if (/^url\(/i.test(trimmed)) {
    problems.push(`${where} is painted with ${trimmed} (a gradient or pattern); use a flat colour`);
  }
  return "currentColor";
}

/**
 * Keeps only what an icon needs and refuses what could run code or load anything: scripts,
 * event handlers, links, styles, embedded images, foreign content.
 */
function sanitiser(problems: string[]): CustomPlugin {
  return {
    name: "nexodIconSanitiser",
    fn: () => ({
      element: {
        enter(node, parent) {
          if (DROPPED.has(node.name)) {
            parent.children = parent.children.filter((child) => child !== node);
            return;
          }
          if (!SHAPES.has(node.name)) {
            problems.push(`<${node.name}> is not allowed (only ${[...SHAPES].join(", ")})`);
            return;
          }
          const isRoot = node.name === "svg" && parent.type === "root";
          if (isRoot) {
            const viewBox = viewBoxOf(node);
            if (viewBox !== ICON_VIEW_BOX) {
              problems.push(
                `the frame is ${viewBox ?? "unsized"} (viewBox); icons are drawn on a 24×24 frame (viewBox "${ICON_VIEW_BOX}")`,
              );
            }
            node.attributes = { xmlns: "http://www.w3.org/2000/svg", ...node.attributes };
            node.attributes.viewBox = ICON_VIEW_BOX;
            delete node.attributes.width;
            delete node.attributes.height;
          } else if (node.name === "svg") {
            problems.push("a nested <svg> is not allowed");
          }
          const allowed = isRoot ? ROOT_ATTRIBUTES : ALLOWED_ATTRIBUTES;
          for (const [name, value] of Object.entries(node.attributes)) {
            if (allowed.has(name)) {
              if (name === "fill" || name === "stroke") {
                node.attributes[name] = paintValue(value, `<${node.name} ${name}>`, problems);
              }
              continue;
            }
            delete node.attributes[name];
            if (IGNORED_ATTRIBUTES.test(name)) continue;
            if (/^on/i.test(name)) problems.push(`<${node.name}> has an event handler (${name})`);
            else if (/href$/i.test(name)) problems.push(`<${node.name}> links to ${value}`);
            else problems.push(`<${node.name}> has the attribute ${name}, which icons do not use`);
          }
        },
      },
    }),
  };
}

/**
 * An SVG in the canonical form of `svg/`: sanitised, optimised with SVGO, one element per line.
 * Running it on its own output changes nothing, so the test can hold the folder to it.
 * Throws an IconSourceError naming `label` (a file or Figma component) and every problem.
 */
export function cleanSvg(text: string, label: string): string {
  const problems: string[] = [];
  let result;
  try {
    result = optimize(text, {
      multipass: true,
      js2svg: { pretty: true, indent: 2, finalNewline: true },
      plugins: [
        sanitiser(problems),
        {
          name: "preset-default",
          // Shapes stay shapes (a circle reads better in a diff than its path).
          params: { overrides: { convertShapeToPath: false } },
        },
        "sortAttrs",
      ],
    });
  } catch (error) {
    throw new IconSourceError(`${label} is not valid SVG: ${(error as Error).message}`);
  }
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    throw new IconSourceError(
      `${label} cannot become an icon:\n${unique.map((problem) => `  - ${problem}`).join("\n")}`,
    );
  }
  return result.data;
}

/** The parsed root `<svg>` of a canonical icon SVG. */
export function parseIconSvg(text: string, label: string): XastElement {
  let captured: XastRoot | undefined;
  optimize(text, {
    plugins: [
      {
        name: "nexodCapture",
        fn: (root) => {
          captured = root;
          return null;
        },
      },
    ],
  });
  const svg = captured?.children.find(
    (child): child is XastElement => child.type === "element" && child.name === "svg",
  );
  if (!svg) throw new IconSourceError(`${label} has no <svg> root element.`);
  return svg;
}
