import { FigmaClient, type FigmaClientOptions } from "@nexod/figma-rest";

export type FetchVariablesOptions = Omit<FigmaClientOptions, "explainForbidden">;

/** A 403 that is not a bad token, in terms of the Variables REST API's scope and plan. */
function explainForbidden(message: string, fileKey: string): string {
  if (/scope/i.test(message)) {
    return `The token lacks the file_variables:read scope (403). Create a personal access token with "Variables: read" in Figma → Settings → Security.`;
  }
  if (/plan/i.test(message)) {
    return `Your Figma plan has no Variables REST API access (403); it needs an Enterprise plan. Export the variables in Figma and use "nexod-tokens import" instead.`;
  }
  return `Figma refused access (403): reading variables needs a token with the file_variables:read scope, a Full seat in an Enterprise organisation and view access to file ${fileKey}.`;
}

/**
 * GET {base}/v1/files/{key}/variables/local with the retries, timeout, redirect rule and
 * messages of @nexod/figma-rest. Failures are FigmaErrors: `unreachable` exits 3, `refused` 4.
 */
export async function fetchLocalVariables(options: FetchVariablesOptions): Promise<unknown> {
  const client = new FigmaClient({ ...options, explainForbidden });
  return client.getJson(`/v1/files/${encodeURIComponent(options.fileKey)}/variables/local`);
}
