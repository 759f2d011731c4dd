/**
 * A full shopper turn in embedded mode (no LLM): stored, routed, answered through the skill's tools against the
 * in-process demo store, phrased, stored and recorded — the same engine the webchat and `script/agent ask` use,
 * on a real SQLite file. Run: npx tsx bench/turn.ts (prints a table, writes bench/results/turn.json).
 */
import fs from "node:fs";
import { handleTurn, type AgentDependencies } from "../app/agent/engine";
import { indexKnowledge } from "../app/agent/knowledge-cache";
import { templateResponder } from "../app/agent/responder";
import { trainClassifier } from "../app/agent/router/classifier";
import { embeddedRouter } from "../app/agent/routing";
import { createDb } from "../app/db/client";
import { parseDatabaseUrl } from "../app/db/database-url";
import { migrate } from "../app/db/migrate";
import { createDemoStore } from "../app/demo/admin-api";
import { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../app/demo/constants";
import { DEMO_KNOWLEDGE_ARTICLES } from "../app/demo/seed/knowledge";
import { shopRuntime } from "../app/services/agent-runtime.server";
import { AdminClient } from "../app/shopify/admin-client";
import { printTable, timeEach, writeResults } from "./measure";

const TURNS = 400;
// One conversation each; logged in as a demo customer. Every skill and both languages are in the mix.
const CONVERSATIONS = [
  ["where is my order?"],
  ["I want to return something from order #1016"],
  ["do you have any discount codes?"],
  ["how long does shipping take?"],
  ["I need a jacket", "something cheaper?"],
  ["can I cancel order #1031?"],
  ["제 주문 어디쯤 왔어요?"],
  ["반품하고 싶어요"],
  ["I want to talk to a person"],
];

const target = parseDatabaseUrl("file:./data/bench/turn.sqlite");
fs.rmSync((target as { filePath: string }).filePath, { force: true });
await migrate(target);
const db = createDb(target);
await trainClassifier();
// A fresh demo store per conversation, so its simulated rate-limit bucket (like Shopify's) never makes the client
// wait; that wait is Shopify's, not ours.
const admin = () => {
  const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000" });
  return new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch });
};
const knowledge = await indexKnowledge(DEMO_KNOWLEDGE_ARTICLES.map((a, i) => ({ id: `demo-${i}`, title: a.title, body: a.body })));
let client = admin();
const deps: AgentDependencies = { db, router: embeddedRouter, responder: templateResponder, runtimeFor: async () => shopRuntime(client, knowledge) };
const customerId = "gid://shopify/Customer/3001";

async function conversation(i: number) {
  client = admin();
  let conversationId: string | null = null;
  for (const text of CONVERSATIONS[i % CONVERSATIONS.length]!) {
    const reply = await handleTurn(deps, { shop: DEMO_SHOP_DOMAIN, channel: "webchat", conversationId, identity: { customerId }, text });
    conversationId = reply.conversationId;
  }
}

await timeEach(40, 10_000, conversation); // warm-up
const perConversation = await timeEach(TURNS, 0, conversation);
const turns = TURNS * (CONVERSATIONS.flat().length / CONVERSATIONS.length);
const events = await db.analyticsEvent.findMany({ select: { latencyMs: true }, orderBy: { latencyMs: "asc" } });
const engineLatency = events.map((e) => e.latencyMs);
const results = {
  conversations: perConversation,
  turnsMeasured: Math.round(turns),
  // The engine's own latency per turn, as recorded in the analytics events (whole milliseconds).
  engineTurnMs: { p50: engineLatency[Math.floor(engineLatency.length / 2)], p99: engineLatency[Math.floor(engineLatency.length * 0.99)] },
};
printTable([
  ["full embedded turn p50 / p99", `${results.engineTurnMs.p50} / ${results.engineTurnMs.p99} ms (target: p50 under 20 ms)`],
  ["conversation p50 / p99", `${perConversation.p50Ms} / ${perConversation.p99Ms} ms (${TURNS} conversations of 1–2 turns, incl. a fresh demo store)`],
]);
writeResults("turn", results);
await db.$disconnect();
