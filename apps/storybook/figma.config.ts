/**
 * Where each component lives in Figma: the one place Storybook takes Figma links from (the
 * _Design_ panel of every story, the link on the docs page, `components.json` and `llms.txt`).
 * Stories do not set `parameters.design` themselves; an entry here replaces any they set.
 *
 * Format: the key is the component's name as its story title ends (`"Forms/RadioGroup"` →
 * `RadioGroup`); the value gives the Figma file key and the node id of the component's frame.
 * Both are in the frame's link (Figma: right-click the frame → Copy link to selection):
 *
 * `https://www.figma.com/design/<fileKey>/<file-name>?node-id=<nodeId>`
 *
 * e.g. `{ Button: { fileKey: "AbC123dEf456", nodeId: "101-2" } }`. The node id is copied as the
 * link spells it (`101-2`); `101:2`, as Figma's API spells it, works too. A component without an
 * entry has no Design panel and no Figma link on its docs page.
 */
export const figmaFrames: Readonly<Record<string, FigmaFrame>> = {};

export interface FigmaFrame {
  /** The file key: the path segment after `/design/` (or `/file/`) in the frame's link. */
  fileKey: string;
  /** The frame's node id, from `?node-id=` in its link (`101-2` or `101:2`). */
  nodeId: string;
}
