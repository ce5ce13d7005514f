import path from "node:path";
import type { TestProject } from "vitest/node";
import { startNext } from "@nexod/testing/next-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** One `next start` for the run; vitest calls the returned teardown even when tests fail. */
export default async function setup(project: TestProject) {
  const server = await startNext(path.resolve(import.meta.dirname, ".."));
  project.provide("baseURL", server.url);
  return server.stop;
}
