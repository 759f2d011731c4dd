import type { TestProject } from "vitest/node";
import { startDemoServer } from "./demo-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** vitest globalSetup for the browser project: one built app on its own port and database for all browser tests. */
export default async function setup(project: TestProject) {
  const server = await startDemoServer({ port: Number(process.env.TEST_BROWSER_PORT ?? 3100), databaseUrl: "file:./data/test/browser.sqlite" });
  project.provide("baseUrl", server.baseUrl);
  return server.stop;
}
