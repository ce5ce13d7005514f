// Figma REST requests for `nexod-icons pull`: the client of @nexod/figma-rest (shared with
// `nexod-tokens pull` and bundled into the CLI), with this CLI's wording for a 403. It also
// downloads the rendered SVGs, sending the token to the API origin only, never to the image CDN.
import { FigmaClient, type FigmaClientOptions } from "@nexod/figma-rest";

/** An error the user can act on: the CLI prints its message without a stack trace. */
export class IconsError extends Error {
  override name = "IconsError";
}

export type FigmaRequestOptions = Omit<FigmaClientOptions, "explainForbidden">;

/** A 403 that is not a bad token: what exporting icons needs. */
const explainForbidden = (_message: string, fileKey: string) =>
  `Figma refused access (403): exporting icons needs a token with the file_content:read scope ("File content: read" in Figma → Settings → Security) and view access to file ${fileKey}.`;

/** A client for the icon export's requests; throws a FigmaError for bad settings. */
export function iconsFigmaClient(options: FigmaRequestOptions): FigmaClient {
  return new FigmaClient({ ...options, explainForbidden });
}
