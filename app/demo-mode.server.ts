import { config } from "./config.server";

/** Demo-only routes do not exist when the app runs against real Shopify. */
export function requireDemoMode(): void {
  if (config().mode !== "demo") throw new Response("Not found", { status: 404 });
}
