/**
 * The engine as the benchmarks run it: a real SQLite file, the embedded router and template responder, the
 * in-process demo store, and a knowledge base of the benchmark's choosing — the same path as the webchat and
 * `script/agent ask`.
 */
import fs from "node:fs";
import { handleTurn, type AgentDependencies, type AgentReply } from "../app/agent/engine";
import type { KnowledgeDocument } from "../app/agent/knowledge";
import { indexKnowledge } from "../app/agent/knowledge-cache";
import { templateResponder } from "../app/agent/responder";
import { trainClassifier } from "../app/agent/router/classifier";
import { embeddedRouter } from "../app/agent/routing";
import { createDb } from "../app/db/client";
import { parseDatabaseUrl } from "../app/db/database-url";
import { migrate } from "../app/db/migrate";
import { createDemoStore } from "../app/demo/admin-api";
import { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../app/demo/constants";
import { shopRuntime } from "../app/services/agent-runtime.server";
import { AdminClient } from "../app/shopify/admin-client";

export async function benchAgent(name: string, documents: KnowledgeDocument[]) {
  const target = parseDatabaseUrl(`file:./data/bench/${name}.sqlite`);
  fs.rmSync((target as { filePath: string }).filePath, { force: true });
  await migrate(target);
  const db = createDb(target);
  await trainClassifier();
  const knowledge = await indexKnowledge(documents);
  // A fresh demo store per conversation, so its simulated rate-limit bucket (like Shopify's) never makes the client
  // wait; that wait is Shopify's, not ours.
  let client = demoAdmin();
  const deps: AgentDependencies = { db, router: embeddedRouter, responder: templateResponder, runtimeFor: async () => shopRuntime(client, knowledge) };
  return {
    db,
    /** Plays one conversation (a new one) and returns the replies. */
    async converse(messages: readonly string[], customerId: string | null = null): Promise<AgentReply[]> {
      client = demoAdmin();
      let conversationId: string | null = null;
      const replies: AgentReply[] = [];
      for (const text of messages) {
        const reply = await handleTurn(deps, { shop: DEMO_SHOP_DOMAIN, channel: "webchat", conversationId, identity: { customerId }, text });
        conversationId = reply.conversationId;
        replies.push(reply);
      }
      return replies;
    },
  };
}

function demoAdmin(): AdminClient {
  const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000" });
  return new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch });
}
