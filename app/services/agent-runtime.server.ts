import type { ShopRuntime } from "../agent/engine";
import { KnowledgeCache, type IndexedKnowledge } from "../agent/knowledge-cache";
import type { KnowledgeDocument } from "../agent/knowledge";
import { connectedKinds, NO_PROVIDERS, type ProviderAdapters } from "../agent/tools/providers";
import type { Db } from "../db/client";
import type { AdminClient } from "../shopify/admin-client";

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

/** Everything the agent needs of one shop for a turn. */
export function shopRuntime(admin: AdminClient, knowledge: IndexedKnowledge, providers: ProviderAdapters = NO_PROVIDERS): ShopRuntime {
  return {
    admin,
    knowledge,
    providers,
    capabilities: { integrations: connectedKinds(providers), knowledgeTopics: knowledge.topics },
  };
}
