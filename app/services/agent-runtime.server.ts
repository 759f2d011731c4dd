import type { ShopRuntime } from "../agent/engine";
import { DEFAULT_GUIDANCE, type Guidance } from "../agent/guidance";
import { KnowledgeCache, type IndexedKnowledge } from "../agent/knowledge-cache";
import type { KnowledgeDocument } from "../agent/knowledge";
import { connectedKinds, NO_PROVIDERS, type ProviderAdapters } from "../agent/tools/providers";
import type { Db } from "../db/client";
import type { AdminClient } from "../shopify/admin-client";
import { shopSettings } from "./settings.server";

const knowledgeCache = new KnowledgeCache();

/** The shop's knowledge base from the database, indexed (and re-indexed only when an article changed). */
export async function shopKnowledge(db: Db, shop: string): Promise<IndexedKnowledge> {
  const stats = await db.knowledgeDocument.aggregate({ where: { shop }, _count: true, _max: { updatedAt: true } });
  const version = `${stats._count}:${stats._max.updatedAt?.toISOString() ?? "-"}`;
  return knowledgeCache.get(shop, version, async () => {
    const rows = await db.knowledgeDocument.findMany({ where: { shop }, orderBy: { createdAt: "asc" } });
    return rows.map((row): KnowledgeDocument => ({ id: row.id, title: row.title, body: row.body, source: row.fileName ?? undefined }));
  });
}

/** The merchant's Guidance & settings, as the agent reads them. */
export async function shopGuidance(db: Db, shop: string): Promise<Guidance> {
  const settings = await shopSettings(db, shop);
  return {
    brandName: settings.brandName,
    brandSummary: settings.brandSummary,
    tone: settings.tone.preset === "custom" ? settings.tone.description : settings.tone.preset,
    writingRules: settings.writingRules,
    alwaysHandoffTopics: settings.alwaysHandoffTopics,
    teamHours: settings.businessHours.openHours,
    outsideHoursMessage: settings.businessHours.outsideHoursMessage,
    saveOffer: settings.saveOffer,
  };
}

/** Everything the agent needs of one shop for a turn. */
export function shopRuntime(
  admin: AdminClient,
  knowledge: IndexedKnowledge,
  options: { providers?: ProviderAdapters; guidance?: Guidance } = {},
): ShopRuntime {
  const providers = options.providers ?? NO_PROVIDERS;
  return {
    admin,
    knowledge,
    providers,
    guidance: options.guidance ?? DEFAULT_GUIDANCE,
    capabilities: { integrations: connectedKinds(providers), knowledgeTopics: knowledge.topics },
  };
}
