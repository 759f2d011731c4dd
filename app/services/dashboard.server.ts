import { SKILL_IDS } from "../agent/skill-ids";
import { SKILLS } from "../agent/skills";
import type { Db } from "../db/client";
import { missingPrerequisites, shopCapabilities } from "./shop-capabilities.server";
import { conversationsBySkill, outcomeRates, SHOPPER_CHANNELS, trailingDays } from "./skill-analytics.server";

/** The theme app extension's app embed block (extensions/customer-agent-chat/blocks/chat-embed.liquid). */
const APP_EMBED_HANDLE = "chat-embed";

/**
 * The theme editor with the app embeds panel open and this app's chat embed selected, for the merchant to switch on.
 * `store` is the shop's myshopify handle, which is what admin.shopify.com URLs use.
 */
export function appEmbedEditorUrl(shop: string, apiKey: string): string {
  const store = shop.replace(/\.myshopify\.com$/, "");
  return `https://admin.shopify.com/store/${store}/themes/current/editor?context=apps&activateAppId=${apiKey}/${APP_EMBED_HANDLE}`;
}

/** What the admin home shows for one shop: last week's performance, open handoffs and the set-up still missing. */
export async function dashboardOverview(db: Db, shop: string, now = new Date()) {
  const thisWeek = trailingDays(7, now);
  const weekBefore = trailingDays(7, thisWeek.from);
  const [rates, volumeThisWeek, volumeWeekBefore, openHandoffs, anyConversation, webchatConversation, knowledgeDocuments, capabilities] =
    await Promise.all([
      outcomeRates(db, shop, thisWeek),
      conversationsBySkill(db, shop, thisWeek),
      conversationsBySkill(db, shop, weekBefore),
      db.handoff.count({ where: { shop, status: "open" } }),
      db.conversation.findFirst({ where: { shop, ...SHOPPER_CHANNELS }, select: { id: true } }),
      db.conversation.findFirst({ where: { shop, channel: "webchat" }, select: { id: true } }),
      db.knowledgeDocument.count({ where: { shop } }),
      shopCapabilities(db, shop),
    ]);
  const missing = missingPrerequisites(capabilities);
  return {
    rates,
    volumeBySkill: SKILL_IDS.map((id) => ({ id, name: SKILLS[id].name, thisWeek: volumeThisWeek[id] ?? 0, weekBefore: volumeWeekBefore[id] ?? 0 })),
    openHandoffs,
    hasShopperConversations: anyConversation !== null,
    setup: {
      // Shopify does not tell an app whether its embed is switched on; a storefront chat having happened proves it is.
      appEmbedSeen: webchatConversation !== null,
      knowledgeDocuments,
      missingKnowledge: missing.knowledge,
      missingIntegrations: missing.integrations,
    },
  };
}

export type DashboardOverview = Awaited<ReturnType<typeof dashboardOverview>>;
