import type { IntegrationKind, ShopperRef } from "../../app/agent/tools/providers";
import { createProviderFakes } from "../../app/demo/providers";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import type { ProviderDefinition, ProviderNetwork } from "../../app/services/provider-catalog";
import type { FetchLike } from "../../app/shopify/admin-client";
import { openDemoStore } from "./demo-admin";

/** The credentials each provider's fake accepts; Shopify's own subscription contracts need none. */
export const demoCredentials = (providerId: string): Record<string, string> => ({ ...(DEMO_PROVIDER_CREDENTIALS as Record<string, Record<string, string>>)[providerId] });

/**
 * A fresh demo store at `now` with every provider's fake over it, and adapters built the way the app builds them:
 * the provider catalog's `create`, with the demo credentials, on the fakes' network and the store's Admin API.
 */
export function providerWorld(now: Date) {
  const { store, client: admin } = openDemoStore(now);
  const fakes = createProviderFakes({ data: store.data, nodes: store.nodes, now: () => now });
  // No retries and no waiting: a failure shows at once.
  const network = { admin, fetch: fakes.fetch, retries: 0, sleep: async () => {} } satisfies ProviderNetwork;

  function connect<Kind extends IntegrationKind>(definition: ProviderDefinition<Kind>, options: { credentials?: Record<string, string>; fetch?: FetchLike } = {}) {
    return definition.create(options.credentials ?? demoCredentials(definition.id), { ...network, fetch: options.fetch ?? network.fetch });
  }

  /** The shopper as the skills pass them: the Shopify customer id and the email on that record. */
  function shopper(email: string): ShopperRef {
    const customer = store.data.customers.find((candidate) => candidate.email === email);
    if (!customer) throw new Error(`no demo customer ${email}`);
    return { customerId: customer.id, email: customer.email };
  }

  return { store, admin, network, connect, shopper };
}

/** The same credentials with every secret changed, as a merchant pasting the wrong key would send them. */
export function wrongCredentials(definition: ProviderDefinition): Record<string, string> {
  const secrets = new Set(definition.fields.filter((field) => field.secret).map((field) => field.key));
  return Object.fromEntries(Object.entries(demoCredentials(definition.id)).map(([key, value]) => [key, secrets.has(key) ? `wrong_${value}` : value]));
}
