// script/agent: the command line other tools rely on. stdout carries only the command's JSON; set-up and
// diagnostics go to stderr. Keep the commands and their output shapes stable.
import path from "node:path";
import { parseArgs } from "node:util";
import { demoEncryptionKey } from "../config.server";
import { createDb } from "../db/client";
import { demoAdminClient } from "../demo/client";
import { DEMO_SHOP_DOMAIN } from "../demo/constants";
import { handleTurn } from "../agent/engine";
import { indexKnowledge } from "../agent/knowledge-cache";
import { loadKnowledgeFolder } from "../agent/knowledge";
import { agentFromEnv } from "../agent/setup";
import type { AdminClient } from "../shopify/admin-client";
import { CUSTOMERS } from "../shopify/operations/customers";
import { seedDemoDatabase } from "../services/demo-seed.server";
import { shopGuidance, shopKnowledge, shopRuntime } from "../services/agent-runtime.server";
import { shopProviders } from "../services/integrations.server";
import { demoNetwork } from "../services/provider-network.server";
import { demoData } from "./demo-data";
import { ConversationLine, eachJsonLine } from "./json-lines";

const USAGE = `usage: script/agent <command>
  classify                                   JSON lines {"messages": [...]} -> {"skill", "confidence"}
  ask [--kb <folder>] [--customer <email>]   JSON lines {"messages": [...]} -> {"skill", "text", "card", "handoff", "sources"}
  demo-data                                  print the demo store's customers and orders as JSON`;

// The CLI reaches the demo store in-process; this base URL only shapes the links in its data.
const DEMO_BASE_URL = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

async function classify(): Promise<number> {
  const { router } = await agentFromEnv();
  return eachJsonLine(ConversationLine, async ({ messages }) => {
    const decision = await router.route(messages, {});
    return { skill: decision.skill, confidence: Number(decision.confidence.toFixed(3)) };
  });
}

async function ask(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { kb: { type: "string" }, customer: { type: "string" } } });
  const admin = demoAdminClient(DEMO_BASE_URL);
  const customerId = values.customer ? await demoCustomerId(admin, values.customer) : null;
  const db = createDb();
  const encryptionKey = demoEncryptionKey(process.env.ENCRYPTION_KEY);
  try {
    await seedDemoDatabase(db, encryptionKey);
    const callerCwd = process.env.AGENT_CALLER_CWD ?? process.cwd();
    const knowledge = values.kb
      ? await indexKnowledge(await loadKnowledgeFolder(path.resolve(callerCwd, values.kb)))
      : await shopKnowledge(db, DEMO_SHOP_DOMAIN);
    const { router, responder } = await agentFromEnv();
    const guidance = await shopGuidance(db, DEMO_SHOP_DOMAIN);
    // The providers the demo shop has connected (Integrations page), reached through their local fakes.
    const network = demoNetwork(admin, DEMO_BASE_URL);
    const runtimeFor = async () => shopRuntime(admin, knowledge, { guidance, providers: await shopProviders(db, encryptionKey, DEMO_SHOP_DOMAIN, network) });
    const deps = { db, router, responder, runtimeFor };
    // "Document names": the file name for folder documents, the title for the shop's articles.
    const names = new Map(knowledge.documents.map((doc) => [doc.id, doc.source ?? doc.title]));
    return await eachJsonLine(ConversationLine, async ({ messages }) => {
      let conversationId: string | null = null;
      let reply;
      for (const text of messages) {
        reply = await handleTurn(deps, { shop: DEMO_SHOP_DOMAIN, channel: "cli", conversationId, identity: { customerId }, text });
        conversationId = reply.conversationId;
      }
      return {
        skill: reply!.skill,
        text: reply!.text,
        card: reply!.card,
        handoff: reply!.handoff,
        sources: reply!.sources.map((s) => names.get(s.id) ?? s.title),
      };
    });
  } finally {
    await db.$disconnect();
  }
}

/** The demo customer with this email, as a signed logged_in_customer_id would identify them. */
async function demoCustomerId(admin: AdminClient, email: string): Promise<string> {
  const { customers } = await admin.request(CUSTOMERS, { first: 1, query: `email:"${email}"` });
  const customer = customers.nodes.find((c) => c.defaultEmailAddress?.emailAddress.toLowerCase() === email.toLowerCase());
  if (!customer) throw new UsageError(`no demo customer has the email ${email} (see script/agent demo-data)`);
  return customer.id;
}

class UsageError extends Error {}

async function main([command, ...args]: string[]): Promise<number> {
  switch (command) {
    case "classify":
      return classify();
    case "ask":
      return ask(args);
    case "demo-data":
      process.stdout.write(`${JSON.stringify(await demoData(demoAdminClient(DEMO_BASE_URL)), null, 2)}\n`);
      return 0;
    case "help":
    case "--help":
      console.error(USAGE);
      return 0;
    default:
      console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ? 2 : 1;
}
