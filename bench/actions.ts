/**
 * Account-action turns in embedded mode: the preview ("skip my next delivery?") and the confirmed action (the
 * provider called, then re-read), through the real engine on a real SQLite file, with the shop's providers read
 * from its integrations each turn as in production and answered by their in-process fakes — so the figures are
 * our own cost, without a provider's network time. Run: npx tsx bench/actions.ts (writes bench/results/actions.json).
 */
import { randomBytes } from "node:crypto";
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
import { createProviderFakes } from "../app/demo/providers";
import { DEMO_PROVIDER_CREDENTIALS } from "../app/demo/providers/credentials";
import { DEMO_KNOWLEDGE_ARTICLES } from "../app/demo/seed/knowledge";
import { shopRuntime } from "../app/services/agent-runtime.server";
import { saveIntegration, shopProviders } from "../app/services/integrations.server";
import { AdminClient } from "../app/shopify/admin-client";
import { percentile, printTable, round, writeResults } from "./measure";

const ROUNDS = 150;
/** Each flow: the shopper asks, the agent previews; the shopper says yes, the agent acts and re-reads. */
const FLOWS = {
  "skip a subscription delivery (Recharge)": { customer: "gid://shopify/Customer/3007", ask: "skip my next coffee delivery" },
  "redeem points (Smile)": { customer: "gid://shopify/Customer/3001", ask: "redeem $5 off" },
  "cancel an unfulfilled order (Shopify)": { customer: "gid://shopify/Customer/3007", ask: "cancel order #1036" },
} as const;

const target = parseDatabaseUrl("file:./data/bench/actions.sqlite");
fs.rmSync((target as { filePath: string }).filePath, { force: true });
await migrate(target);
const db = createDb(target);
await trainClassifier();
const key = randomBytes(32);
for (const provider of ["recharge", "smile"] as const) {
  const kind = provider === "recharge" ? "subscriptions" : "loyalty";
  await saveIntegration(db, key, { shop: DEMO_SHOP_DOMAIN, kind, provider, credentials: { ...DEMO_PROVIDER_CREDENTIALS[provider] } });
}
const knowledge = await indexKnowledge(DEMO_KNOWLEDGE_ARTICLES.map((a, i) => ({ id: `demo-${i}`, title: a.title, body: a.body })));

// A fresh store and fakes per round, so every round acts on the same state (an order can be cancelled once).
let runtime: AgentDependencies["runtimeFor"] = async () => {
  throw new Error("no round started");
};
function freshShop() {
  const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000" });
  const admin = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch });
  const fakes = createProviderFakes({ data: store.data, nodes: store.nodes, now: () => new Date() });
  runtime = async (shop) => shopRuntime(admin, knowledge, { providers: await shopProviders(db, key, shop, { admin, fetch: fakes.fetch }) });
}
const deps: AgentDependencies = { db, router: embeddedRouter, responder: templateResponder, runtimeFor: (shop) => runtime(shop) };

const samples: Record<string, { preview: number[]; act: number[] }> = {};
for (let round_ = 0; round_ < ROUNDS; round_++) {
  freshShop();
  for (const [name, flow] of Object.entries(FLOWS)) {
    const identity = { customerId: flow.customer };
    const timed = async (text: string, conversationId: string | null) => {
      const start = performance.now();
      const reply = await handleTurn(deps, { shop: DEMO_SHOP_DOMAIN, channel: "webchat", conversationId, identity, text });
      return { reply, ms: performance.now() - start };
    };
    const preview = await timed(flow.ask, null);
    const act = await timed("yes", preview.reply.conversationId);
    if (act.reply.action?.status !== "done") throw new Error(`${name}: ${act.reply.text}`);
    // The first rounds warm up caches and the JIT.
    if (round_ < 10) continue;
    (samples[name] ??= { preview: [], act: [] }).preview.push(preview.ms);
    samples[name]!.act.push(act.ms);
  }
}

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 0.5), 2), p99Ms: round(percentile(sorted, 0.99), 2) };
};
const results = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, { preview: summary(s.preview), act: summary(s.act), rounds: s.act.length }]));
printTable(
  Object.entries(results).map(([name, r]) => [name, `preview p50 / p99 ${r.preview.p50Ms} / ${r.preview.p99Ms} ms · act + re-read ${r.act.p50Ms} / ${r.act.p99Ms} ms`]),
);
writeResults("actions", { rounds: ROUNDS - 10, flows: results });
await db.$disconnect();
