import { createDemoStore } from "../../app/demo/admin-api";
import { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../../app/demo/constants";
import { DEMO_KNOWLEDGE_ARTICLES } from "../../app/demo/seed/knowledge";
import { handleTurn, type AgentDependencies } from "../../app/agent/engine";
import { indexKnowledge, type IndexedKnowledge } from "../../app/agent/knowledge-cache";
import { templateResponder } from "../../app/agent/responder";
import { embeddedRouter } from "../../app/agent/routing";
import type { Guidance } from "../../app/agent/guidance";
import type { ProviderAdapters } from "../../app/agent/tools/providers";
import { shopRuntime } from "../../app/services/agent-runtime.server";
import { AdminClient, type FetchLike } from "../../app/shopify/admin-client";
import { CUSTOMERS } from "../../app/shopify/operations/customers";
import { ORDERS } from "../../app/shopify/operations/orders";
import { db, testShop } from "./db";

export const NOW = new Date("2026-11-24T12:00:00Z");
let demoKnowledge: Promise<IndexedKnowledge> | undefined;

/**
 * A shop for one test: a fresh demo store (its own state), the demo knowledge base, the real engine and a real
 * database. Options swap one part: a failing Admin API, providers, another router or responder.
 */
export async function agentHarness(
  options: Partial<Pick<AgentDependencies, "router" | "responder">> & { fetch?: FetchLike; providers?: ProviderAdapters; guidance?: Guidance } = {},
) {
  const shop = testShop();
  const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000", now: NOW });
  const admin = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: options.fetch ?? store.fetch, sleep: async () => {} });
  demoKnowledge ??= indexKnowledge(DEMO_KNOWLEDGE_ARTICLES.map((a, i) => ({ id: `demo-${i}`, title: a.title, body: a.body })));
  const knowledge = await demoKnowledge;
  const deps: AgentDependencies = {
    db,
    router: options.router ?? embeddedRouter,
    responder: options.responder ?? templateResponder,
    runtimeFor: async () => shopRuntime(admin, knowledge, { providers: options.providers, guidance: options.guidance }),
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
  return { shop, deps, admin, store, conversation, chat, last, order, customerId };
}
