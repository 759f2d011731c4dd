import { config } from "../config.server";
import { demoStore } from "../demo/client";
import { demoProviderNetwork } from "../demo/providers";
import type { AdminClient } from "../shopify/admin-client";
import type { ProviderNetwork } from "./provider-catalog";

/** PROVIDER_TIMEOUT_MS: how long one provider request may take before the agent gives up on it (default 5 s). */
function timeoutMs(): number | undefined {
  const value = Number(process.env.PROVIDER_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The demo's providers: their local fakes, seeded from the demo store at `baseUrl` (server and script/agent). */
export function demoNetwork(admin: AdminClient, baseUrl: string): ProviderNetwork {
  return { admin, fetch: demoProviderNetwork(demoStore(baseUrl)).fetch, timeoutMs: timeoutMs() };
}

/** How adapters reach providers: the real internet, or in demo mode the providers' local fakes. */
export function providerNetwork(admin: AdminClient): ProviderNetwork {
  const app = config();
  return app.mode === "demo" ? demoNetwork(admin, app.appUrl) : { admin, timeoutMs: timeoutMs() };
}
