import type { TestProject } from "vitest/node";
import { startServer } from "./start-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One production server for the whole Vitest run; test files reach it with
 * inject("baseUrl"). It listens on VITEST_APP_PORT when `npm test` picked one
 * (the run's LiveKit server posts its webhooks there).
 */
export default async function setup(project: TestProject) {
  const port = Number(process.env.VITEST_APP_PORT) || undefined;
  const server = await startServer({}, { port });
  project.provide("baseUrl", server.url);
  return server.stop;
}
