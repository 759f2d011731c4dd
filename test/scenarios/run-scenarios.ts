/**
 * Plays scenarios through the real engine (app/agent/engine.ts handleTurn — the same one script/agent and the webchat
 * use) on a real database, against the in-process demo store and the providers' local fakes, and judges each last
 * reply against the scenario's facts. Used by test/scenarios/scenarios.db.test.ts and bench/scenarios.ts.
 *
 * Each scenario gets a fresh demo store (an order cancelled in one scenario is not cancelled in the next), seeded at
 * the same instant the engine reads as "now", so "delivered 26 days ago" means the same to the seed and the agent.
 * The shop is set up as script/agent sets up the demo shop: knowledge articles and guidance read from the database,
 * providers stored encrypted as the Integrations page stores them.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { handleTurn, type AgentDependencies, type AgentReply } from "../../app/agent/engine";
import { templateResponder } from "../../app/agent/responder";
import { embeddedRouter } from "../../app/agent/routing";
import type { Db } from "../../app/db/client";
import { createDemoStore, DEMO_ACCESS_TOKEN } from "../../app/demo/admin-api";
import { DEMO_SHOP_DOMAIN } from "../../app/demo/constants";
import { createProviderFakes } from "../../app/demo/providers";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { DEMO_KNOWLEDGE_ARTICLES } from "../../app/demo/seed/knowledge";
import { shopGuidance, shopKnowledge, shopRuntime } from "../../app/services/agent-runtime.server";
import { saveIntegration, shopProviders } from "../../app/services/integrations.server";
import { providerById } from "../../app/services/provider-catalog";
import { AdminClient } from "../../app/shopify/admin-client";
import { CUSTOMERS } from "../../app/shopify/operations/customers";
import { SCENARIO_NOW } from "./demo-facts";
import { DEMO_SHOP_PROVIDERS, describeFact, states, type DemoProvider, type Fact, type Scenario } from "./scenario";

export { SCENARIO_NOW };

export type TranscriptLine = { role: "shopper" | "agent"; text: string; tapped?: string; skill?: string; quickReplies?: string[]; card?: string | null; handoff?: boolean };

export type ScenarioResult = {
  scenario: Scenario;
  /** Every mustState stated, no mustNotState, skill, handoff and language as expected, every tap offered. */
  resolved: boolean;
  /** The mustNotState facts the last reply states. The only definition of a wrong fact. */
  wrongFacts: string[];
  /** The mustState facts the last reply does not state. */
  missing: string[];
  /** Other reasons it is not resolved: skill, handoff, language, a quick reply that was not offered. */
  problems: string[];
  last: AgentReply;
  /** What the shopper sees of the last reply, as the facts are checked against: its text and quick replies. */
  lastShown: string;
  transcript: TranscriptLine[];
};

/** What the shopper sees of a reply that facts are checked against: the text and the quick replies offered. */
export const shownText = (reply: AgentReply) => [reply.text, ...reply.quickReplies].join("\n");

/** The quick replies and card buttons a shopper could tap, each with the message tapping sends. */
function tappable(reply: AgentReply): { label: string; sends: string }[] {
  const buttons = (reply.card as { actions?: { kind: string; label: string; text?: string }[] } | null)?.actions ?? [];
  return [
    ...reply.quickReplies.map((label) => ({ label, sends: label })),
    ...buttons.filter((b) => (b.kind === "reply" || b.kind === "confirm") && b.text).map((b) => ({ label: b.label, sends: b.text! })),
  ];
}

/** A one-line summary of a card, for transcripts. */
function cardLine(reply: AgentReply): string | null {
  const card = reply.card as ({ type: string } & Record<string, unknown>) | null;
  if (!card) return null;
  const name = (card.name ?? card.orderName ?? "") as string;
  return `[${card.type} card${name ? ` ${name}` : ""}${typeof card.status === "string" ? `: ${card.status}` : ""}]`;
}

export type ScenarioRunner = {
  run(scenario: Scenario): Promise<ScenarioResult>;
  runAll(scenarios: readonly Scenario[], onResult?: (result: ScenarioResult) => void): Promise<ScenarioResult[]>;
};

/** A runner on `db` (migrated). Shops are created under a fresh name per runner and provider set. */
export function scenarioRunner(db: Db, options: { now?: Date } = {}): ScenarioRunner {
  const now = options.now ?? SCENARIO_NOW;
  const encryptionKey = randomBytes(32);
  const runId = randomUUID().slice(0, 8);
  const shops = new Map<string, Promise<string>>();

  /** A shop set up as the demo shop is (articles, settings, connected providers), one per provider set. */
  function shopWith(providers: readonly DemoProvider[]): Promise<string> {
    const key = [...providers].sort().join("+") || "none";
    let shop = shops.get(key);
    if (!shop) {
      shop = (async () => {
        const name = `scenarios-${runId}-${key.replace(/\+/g, "-")}.myshopify.com`;
        await db.shopSettings.upsert({ where: { shop: name }, create: { shop: name }, update: {} });
        for (const id of providers) {
          await saveIntegration(db, encryptionKey, { shop: name, kind: providerById(id)!.kind, provider: id, credentials: DEMO_PROVIDER_CREDENTIALS[id] });
        }
        await db.knowledgeDocument.createMany({ data: DEMO_KNOWLEDGE_ARTICLES.map((a) => ({ shop: name, title: a.title, body: a.body, source: "demo" })) });
        return name;
      })();
      shops.set(key, shop);
    }
    return shop;
  }

  async function run(scenario: Scenario): Promise<ScenarioResult> {
    const shop = await shopWith(scenario.providers ?? DEMO_SHOP_PROVIDERS);
    // A fresh demo store and provider fakes per scenario: account actions of one never show in another.
    const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000", now });
    const admin = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch, sleep: async () => {} });
    const fakes = createProviderFakes({ data: store.data, nodes: store.nodes, now: () => now });
    const network = { admin, fetch: fakes.fetch, sleep: async () => {} };
    const [knowledge, guidance] = await Promise.all([shopKnowledge(db, shop), shopGuidance(db, shop)]);
    const deps: AgentDependencies = {
      db,
      router: embeddedRouter,
      responder: templateResponder,
      runtimeFor: async () => shopRuntime(admin, knowledge, { guidance, providers: await shopProviders(db, encryptionKey, shop, network) }),
      now: () => now,
    };
    let customerId: string | null = null;
    if (scenario.who !== "guest") {
      const { customers } = await admin.request(CUSTOMERS, { first: 1, query: `email:"${scenario.who}"` });
      const customer = customers.nodes.find((c) => c.defaultEmailAddress?.emailAddress.toLowerCase() === scenario.who.toLowerCase());
      if (!customer) throw new Error(`scenario ${scenario.id}: no demo customer ${scenario.who}`);
      customerId = customer.id;
    }

    const transcript: TranscriptLine[] = [];
    const problems: string[] = [];
    let conversationId: string | null = null;
    let last: AgentReply | null = null;
    for (const turn of scenario.turns) {
      let text: string;
      let tapped: string | undefined;
      if (typeof turn === "string") {
        text = turn;
      } else {
        const offered = last ? tappable(last) : [];
        const button = offered.find((b) => states(b.label, turn.tap));
        if (button) {
          text = button.sends;
          tapped = button.label;
        } else if ("ifOffered" in turn) {
          continue;
        } else {
          problems.push(`no quick reply matching ${describeFact(turn.tap)} was offered (offered: ${offered.map((b) => JSON.stringify(b.label)).join(", ") || "none"}); typed ${JSON.stringify(turn.orSay)}`);
          text = turn.orSay;
        }
      }
      transcript.push({ role: "shopper", text, tapped });
      last = await handleTurn(deps, { shop, channel: "webchat", conversationId, identity: { customerId }, text });
      conversationId = last.conversationId;
      transcript.push({ role: "agent", text: last.text, skill: last.skill, quickReplies: last.quickReplies, card: cardLine(last), handoff: last.handoff });
    }
    return judge(scenario, last!, transcript, problems);
  }

  async function runAll(scenarios: readonly Scenario[], onResult?: (result: ScenarioResult) => void) {
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const result = await run(scenario);
      onResult?.(result);
      results.push(result);
    }
    return results;
  }

  return { run, runAll };
}

/** The verdict on a scenario's last reply. */
export function judge(scenario: Scenario, last: AgentReply, transcript: TranscriptLine[], problems: string[] = []): ScenarioResult {
  const shown = shownText(last);
  const { expect } = scenario;
  const missing = expect.mustState.filter((fact) => !states(shown, fact)).map(describeFact);
  const wrongFacts = (expect.mustNotState ?? []).filter((fact: Fact) => states(shown, fact)).map(describeFact);
  const all = [...problems];
  const skill = expect.skill === undefined ? scenario.skill : expect.skill;
  if (skill !== null && last.skill !== skill) all.push(`answered by ${last.skill}, expected ${skill}`);
  const handoff = expect.handoff === undefined ? false : expect.handoff;
  if (handoff !== null && last.handoff !== handoff) all.push(handoff ? "expected a handoff to a person" : "handed off unexpectedly");
  if (last.language !== scenario.language) all.push(`replied in ${last.language}, expected ${scenario.language}`);
  return {
    scenario,
    resolved: missing.length === 0 && wrongFacts.length === 0 && all.length === 0,
    wrongFacts,
    missing,
    problems: all,
    last,
    lastShown: shown,
    transcript,
  };
}

/** Why a scenario is not resolved, in one line. */
export function failureSummary(result: ScenarioResult): string {
  return [
    ...result.wrongFacts.map((f) => `WRONG FACT ${f}`),
    ...result.missing.map((f) => `missing ${f}`),
    ...result.problems,
  ].join("; ");
}

/** A transcript as text, for failure messages and --verbose. */
export function formatTranscript(result: ScenarioResult): string {
  return result.transcript
    .map((line) =>
      line.role === "shopper"
        ? `  shopper${line.tapped ? ` (taps [${line.tapped}])` : ""}: ${line.text}`
        : `  agent [${line.skill}${line.handoff ? ", handoff" : ""}]: ${line.text.replace(/\n+/g, "\n         ")}` +
          (line.card ? `\n         ${line.card}` : "") +
          (line.quickReplies?.length ? `\n         quick replies: ${line.quickReplies.map((q) => `[${q}]`).join(" ")}` : ""),
    )
    .join("\n");
}

/** Resolution per group (skill or language): resolved / total. */
export function resolutionBy(results: readonly ScenarioResult[], key: (result: ScenarioResult) => string) {
  const groups = new Map<string, { resolved: number; total: number; wrongFacts: number }>();
  for (const result of results) {
    const group = groups.get(key(result)) ?? { resolved: 0, total: 0, wrongFacts: 0 };
    group.total += 1;
    if (result.resolved) group.resolved += 1;
    group.wrongFacts += result.wrongFacts.length;
    groups.set(key(result), group);
  }
  return groups;
}
