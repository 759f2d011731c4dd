/**
 * A full shopper turn in embedded mode (no LLM): stored, routed, answered through the skill's tools against the
 * in-process demo store, phrased, stored and recorded — the same engine the webchat and `script/agent ask` use,
 * on a real SQLite file. Run: npx tsx bench/turn.ts (prints a table, writes bench/results/turn.json).
 */
import { DEMO_KNOWLEDGE_ARTICLES } from "../app/demo/seed/knowledge";
import { benchAgent } from "./bench-agent";
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

const agent = await benchAgent("turn", DEMO_KNOWLEDGE_ARTICLES.map((a, i) => ({ id: `demo-${i}`, title: a.title, body: a.body })));
const { db } = agent;
const customerId = "gid://shopify/Customer/3001";

async function conversation(i: number) {
  await agent.converse(CONVERSATIONS[i % CONVERSATIONS.length]!, customerId);
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
