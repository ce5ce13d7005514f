import { type FigmaClient } from "@nexod/figma-rest";
import { IconsError, iconsFigmaClient, type FigmaRequestOptions } from "./figma-request.ts";
import { iconFileName } from "./names.ts";
import { cleanSvg, IconSourceError } from "./svg-clean.ts";

interface FigmaNode {
  id: string;
  name: string;
  type: string;
  visible?: boolean;
  children?: FigmaNode[];
}

export interface IconComponent {
  id: string;
  figmaName: string;
  fileName: string;
}

/** Figma URLs write node ids as `12-34`, the API as `12:34`. */
export function apiNodeId(nodeId: string): string {
  const id = nodeId.trim().replace(/^(\d+)-(\d+)$/, "$1:$2");
  if (!/^I?\d+:\d+(;\d+:\d+)*$/.test(id)) {
    throw new IconsError(
      `--node-id "${nodeId}" is not a Figma node id. Copy it from the page or frame's URL (node-id=12-34) or from "Copy link".`,
    );
  }
  return id;
}

const isNode = (value: unknown): value is FigmaNode =>
  Boolean(value) &&
  typeof value === "object" &&
  typeof (value as FigmaNode).id === "string" &&
  typeof (value as FigmaNode).name === "string" &&
  typeof (value as FigmaNode).type === "string";

/** The document node of `nodeId` in a `GET /v1/files/:key/nodes` response. */
function documentOf(json: unknown, nodeId: string, fileKey: string): FigmaNode {
  const nodes = (json as { nodes?: Record<string, { document?: unknown } | null> } | null)?.nodes;
  if (!nodes || typeof nodes !== "object") {
    throw new IconsError(`Figma's response for file ${fileKey} has no "nodes" object.`);
  }
  const document = nodes[nodeId]?.document;
  if (!isNode(document)) {
    throw new IconsError(
      `File ${fileKey} has no node ${nodeId}. Check --node-id: select the icons page or frame in Figma and copy its node-id from the URL.`,
    );
  }
  return document;
}

/**
 * Every component under `root` with its file name, sorted by file name. Hidden layers and
 * components whose name starts with `_` or `.` (Figma's convention for unpublished ones, such
 * as drafts) are skipped. Components inside component sets (variants) are refused: each icon
 * is a component of its own.
 */
export function iconComponents(root: FigmaNode): IconComponent[] {
  const found: IconComponent[] = [];
  const problems: string[] = [];
  const walk = (node: FigmaNode) => {
    if (node.visible === false || /^[_.]/.test(node.name.trim())) return;
    if (node.type === "COMPONENT_SET") {
      problems.push(
        `"${node.name}" (${node.id}) is a component set; make each icon a component of its own`,
      );
      return;
    }
    if (node.type === "COMPONENT") {
      const fileName = iconFileName(node.name);
      if (fileName) found.push({ id: node.id, figmaName: node.name, fileName });
      else problems.push(`"${node.name}" (${node.id}) has no letters to name a file after`);
      return;
    }
    for (const child of node.children ?? []) if (isNode(child)) walk(child);
  };
  walk(root);
  const byFile = new Map<string, IconComponent[]>();
  for (const icon of found) byFile.set(icon.fileName, [...(byFile.get(icon.fileName) ?? []), icon]);
  for (const [fileName, icons] of byFile) {
    if (icons.length > 1) {
      problems.push(
        `${icons.map((icon) => `"${icon.figmaName}" (${icon.id})`).join(", ")} would all be ${fileName}.svg; rename all but one`,
      );
    }
  }
  if (problems.length > 0) {
    throw new IconsError(
      `The icon components need fixing in Figma; nothing was written:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  return found.sort((a, b) => a.fileName.localeCompare(b.fileName));
}

/** Figma renders at most this many nodes per /v1/images request without timing out. */
const IMAGE_BATCH = 50;
/** Downloads in flight at once. */
const DOWNLOADS = 6;

async function imageUrls(
  requester: FigmaClient,
  fileKey: string,
  icons: IconComponent[],
): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  for (let start = 0; start < icons.length; start += IMAGE_BATCH) {
    const batch = icons.slice(start, start + IMAGE_BATCH);
    const ids = batch.map((icon) => icon.id).join(",");
    const json = (await requester.getJson(
      `/v1/images/${encodeURIComponent(fileKey)}?ids=${encodeURIComponent(ids)}&format=svg`,
    )) as { err?: unknown; images?: Record<string, string | null> } | null;
    if (json?.err) {
      throw new IconsError(`Figma could not export the icons as SVG: ${String(json.err)}.`);
    }
    for (const icon of batch) {
      const url = json?.images?.[icon.id];
      if (typeof url !== "string") {
        throw new IconsError(
          `Figma rendered no SVG for "${icon.figmaName}" (${icon.id}); is the component empty or hidden?`,
        );
      }
      urls.set(icon.id, url);
    }
  }
  return urls;
}

export interface PullOptions extends FigmaRequestOptions {
  nodeId: string;
}

/**
 * The icons of a Figma page or frame as canonical SVGs, by file name: lists the components
 * (`/v1/files/:key/nodes`), has Figma render them (`/v1/images/:key?format=svg`), downloads
 * and cleans each. Throws an IconsError naming every component that cannot become an icon, and
 * a FigmaError when a request fails.
 */
export async function pullIcons(options: PullOptions): Promise<Map<string, string>> {
  const requester = iconsFigmaClient(options);
  const nodeId = apiNodeId(options.nodeId);
  const { fileKey } = options;
  const json = await requester.getJson(
    `/v1/files/${encodeURIComponent(fileKey)}/nodes?ids=${encodeURIComponent(nodeId)}`,
  );
  const icons = iconComponents(documentOf(json, nodeId, fileKey));
  if (icons.length === 0) {
    throw new IconsError(
      `Node ${nodeId} of file ${fileKey} holds no components. Point --node-id at the page or frame with the icon components.`,
    );
  }
  const urls = await imageUrls(requester, fileKey, icons);

  const svgs = new Map<string, string>();
  const problems: string[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < icons.length && !failed) {
      const icon = icons[next++]!;
      const label = `"${icon.figmaName}" (${icon.id})`;
      let text: string;
      try {
        text = await requester.download(urls.get(icon.id)!, `the SVG of ${label}`);
      } catch (error) {
        failed = true;
        throw error;
      }
      try {
        svgs.set(icon.fileName, cleanSvg(text, label));
      } catch (error) {
        if (!(error instanceof IconSourceError)) throw error;
        problems.push(error.message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(DOWNLOADS, icons.length) }, worker));
  if (problems.length > 0) {
    throw new IconsError(
      `Some icons need fixing in Figma; nothing was written:\n${problems.join("\n")}`,
    );
  }
  return new Map([...svgs].sort(([a], [b]) => a.localeCompare(b)));
}
