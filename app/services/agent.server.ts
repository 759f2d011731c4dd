import { handleTurn, type AgentDependencies, type TurnInput } from "../agent/engine";
import { InMemoryAttemptCounter } from "../agent/rate-limit";
import { renderWebchat } from "../agent/renderers";
import { languageOf, type Language } from "../agent/router/language";
import { agentFromEnv } from "../agent/setup";
import { VERIFICATION_WINDOW_MS } from "../agent/tools/shopper-orders";
import { config } from "../config.server";
import { db } from "../db.server";
import { adminClientFor } from "../shopify/shop-clients.server";
import { shopGuidance, shopKnowledge, shopRuntime } from "./agent-runtime.server";
import { shopProviders } from "./integrations.server";
import { providerNetwork } from "./provider-network.server";

let agent: Promise<AgentDependencies> | undefined;

/** The agent for this server process: the router and responder (with the LLM when configured), built once. */
function agentDependencies(): Promise<AgentDependencies> {
  agent ??= agentFromEnv().then(({ router, responder }) => ({
    db,
    router,
    responder,
    verificationAttempts: new InMemoryAttemptCounter(VERIFICATION_WINDOW_MS),
    runtimeFor: async (shop) => {
      const admin = await adminClientFor(shop);
      const [knowledge, guidance, providers] = await Promise.all([
        shopKnowledge(db, shop),
        shopGuidance(db, shop),
        shopProviders(db, config().encryptionKey, shop, providerNetwork(admin)),
      ]);
      return shopRuntime(admin, knowledge, { guidance, providers });
    },
  }));
  return agent;
}

/**
 * One shopper message from the webchat, answered as webchat JSON. The admin's preview talks the same way and passes
 * `channel: "preview"`, so its test conversations are stored apart from real shoppers'.
 */
export async function answerWebchat(input: Omit<TurnInput, "channel"> & { channel?: "webchat" | "preview" }) {
  return renderWebchat(await handleTurn(await agentDependencies(), { ...input, channel: input.channel ?? "webchat" }));
}

/**
 * A conversation for the widget to restore after a reload — only one of this shop and this proven shopper (a guest
 * sees only a guest conversation), so an id alone reveals nothing.
 */
export async function webchatHistory(shop: string, customerId: string | null, conversationId: string) {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, shop, customerId },
    include: { messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  if (!conversation) return null;
  const conversationLanguage: Language = conversation.language === "ko" ? "ko" : "en";
  return {
    conversationId: conversation.id,
    messages: conversation.messages.map((m) => ({
      id: m.id,
      role: m.role === "agent" ? "agent" : "shopper",
      text: m.text,
      card: m.card ? (JSON.parse(m.card) as unknown) : null,
      quickReplies: [],
      handoff: false,
      language: languageOf(m.text) ?? conversationLanguage,
    })),
  };
}
