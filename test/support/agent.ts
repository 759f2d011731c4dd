import { randomBytes } from "node:crypto";
import { createDemoStore } from "../../app/demo/admin-api";
import { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../../app/demo/constants";
import { DEMO_KNOWLEDGE_ARTICLES } from "../../app/demo/seed/knowledge";
import { handleTurn, type AgentDependencies } from "../../app/agent/engine";
import { indexKnowledge, type IndexedKnowledge } from "../../app/agent/knowledge-cache";
import { templateResponder } from "../../app/agent/responder";
import { embeddedRouter } from "../../app/agent/routing";
import type { Guidance } from "../../app/agent/guidance";
import { createProviderFakes } from "../../app/demo/providers";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { shopRuntime } from "../../app/services/agent-runtime.server";
import { saveIntegration, shopProviders } from "../../app/services/integrations.server";
import { providerById } from "../../app/services/provider-catalog";
import { AdminClient, type FetchLike } from "../../app/shopify/admin-client";
import { CUSTOMERS } from "../../app/shopify/operations/customers";
import { ORDERS } from "../../app/shopify/operations/orders";
import { db, testShop } from "./db";

export const NOW = new Date("2026-11-24T12:00:00Z");
let demoKnowledge: Promise<IndexedKnowledge> | undefined;

/** The key test shops' provider credentials are encrypted with. */
const ENCRYPTION_KEY = randomBytes(32);

/**
 * A shop for one test: a fresh demo store (its own state), the demo knowledge base, the real engine and a real
 * database. Options swap one part: a failing Admin API, another router or responder, the merchant's guidance, and
 * which providers the shop has connected — stored as the Integrations page stores them and reached through the
 * providers' fakes (seeded from this store), so a test can disconnect one or make it fail.
 */
export async function agentHarness(
  options: Partial<Pick<AgentDependencies, "router" | "responder">> & { fetch?: FetchLike; connect?: (keyof typeof DEMO_PROVIDER_CREDENTIALS | "shopify_subscriptions")[]; guidance?: Guidance } = {},
) {
  const shop = testShop();
  const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000", now: NOW });
  const admin = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: options.fetch ?? store.fetch, sleep: async () => {} });
  const providerFakes = createProviderFakes({ data: store.data, nodes: store.nodes, now: () => NOW });
  // Short timeouts and no waiting between retries: a failing provider is found out in milliseconds.
  const network = { admin, fetch: providerFakes.fetch, timeoutMs: 100, sleep: async () => {} };
  for (const id of options.connect ?? []) {
    const credentials: Record<string, string> = id === "shopify_subscriptions" ? {} : { ...DEMO_PROVIDER_CREDENTIALS[id] };
    await saveIntegration(db, ENCRYPTION_KEY, { shop, kind: providerById(id)!.kind, provider: id, credentials });
  }
  demoKnowledge ??= indexKnowledge(DEMO_KNOWLEDGE_ARTICLES.map((a, i) => ({ id: `demo-${i}`, title: a.title, body: a.body })));
  const knowledge = await demoKnowledge;
  const deps: AgentDependencies = {
    db,
    router: options.router ?? embeddedRouter,
    responder: options.responder ?? templateResponder,
    runtimeFor: async () => shopRuntime(admin, knowledge, { providers: await shopProviders(db, ENCRYPTION_KEY, shop, network), guidance: options.guidance }),
    now: () => NOW,
  };

  const customerId = async (email: string) => {
    const { customers } = await admin.request(CUSTOMERS, { first: 1, query: `email:${email}` });
    return customers.nodes[0]!.id;
  };
  const order = async (name: string) => (await admin.request(ORDERS, { first: 1, query: `name:${name}` })).orders.nodes[0]!;

  /** One conversation, as a logged-in customer (by email) or a guest. */
  async function conversation(as: { email?: string } = {}) {
    const identity = { customerId: as.email ? await customerId(as.email) : null };
    let conversationId: string | null = null;
    return {
      async say(text: string) {
        const reply = await handleTurn(deps, { shop, channel: "webchat", conversationId, identity, text });
        conversationId = reply.conversationId;
        return reply;
      },
    };
  }

  /** Plays messages as one conversation; returns every reply. */
  async function chat(messages: string[], as: { email?: string } = {}) {
    const talk = await conversation(as);
    const replies = [];
    for (const text of messages) replies.push(await talk.say(text));
    return replies;
  }
  const last = async (messages: string[], as: { email?: string } = {}) => (await chat(messages, as)).at(-1)!;
  return { shop, deps, admin, store, providerFakes, encryptionKey: ENCRYPTION_KEY, conversation, chat, last, order, customerId };
}
