import type { FetchLike } from "../../shopify/admin-client";
import type { DemoStore } from "../admin-api";
import { createAfterShipFake } from "./aftership";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import { createLoopFake } from "./loop";
import { createLoyaltyLionFake } from "./loyaltylion";
import { createRechargeFake } from "./recharge";
import { createSkioFake } from "./skio";
import { createSmileFake } from "./smile";
import { createYotpoFake } from "./yotpo";

/**
 * Every provider fake behind one fetch: a request for a provider's real API base URL goes to its fake, in-process,
 * so the adapters run unchanged. Anything else is refused as the closed network here would refuse it.
 *
 * Faults make failures reproducible in tests and in the demo: "500" answers every request with a server error,
 * "timeout" never answers (the adapter's timeout fires). DEMO_PROVIDER_FAULTS="recharge=500,smile=timeout" sets
 * them for a whole process (script/agent, script/server).
 */
export type ProviderFault = "500" | "timeout";

export type ProviderNetworkFake = {
  fetch: FetchLike;
  fakes: ProviderFake[];
  setFault(providerId: string, fault: ProviderFault | null): void;
};

export function createProviderFakes(world: FakeWorld, faults: Record<string, ProviderFault> = {}): ProviderNetworkFake {
  const fakes = [createLoopFake, createAfterShipFake, createRechargeFake, createSkioFake, createSmileFake, createYotpoFake, createLoyaltyLionFake].map((create) => create(world));
  const active = new Map(Object.entries(faults));

  async function handle(request: Request): Promise<Response> {
    const fake = fakes.find((candidate) => request.url.startsWith(candidate.baseUrl));
    if (!fake) throw new TypeError(`fetch failed: no route to ${new URL(request.url).host}`);
    const fault = active.get(fake.id);
    if (fault === "500") return jsonResponse(500, { error: "Internal Server Error" });
    if (fault === "timeout") {
      return new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }));
    }
    return fake.handle(request);
  }

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    fakes,
    setFault: (providerId, fault) => (fault ? active.set(providerId, fault) : active.delete(providerId)),
  };
}

/** DEMO_PROVIDER_FAULTS="recharge=500,smile=timeout" → { recharge: "500", smile: "timeout" }; anything else is refused. */
export function faultsFromEnv(value: string | undefined): Record<string, ProviderFault> {
  const faults: Record<string, ProviderFault> = {};
  for (const entry of (value ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const [provider, fault] = entry.split("=").map((part) => part.trim());
    if (!provider || (fault !== "500" && fault !== "timeout")) {
      throw new Error(`DEMO_PROVIDER_FAULTS: "${entry}" should be <provider>=500 or <provider>=timeout`);
    }
    faults[provider] = fault;
  }
  return faults;
}

let demoNetwork: ProviderNetworkFake | undefined;

/** The demo's provider network for this process, seeded from the demo store (its state lives as long). */
export function demoProviderNetwork(store: DemoStore): ProviderNetworkFake {
  demoNetwork ??= createProviderFakes({ data: store.data, nodes: store.nodes, now: () => new Date() }, faultsFromEnv(process.env.DEMO_PROVIDER_FAULTS));
  return demoNetwork;
}
