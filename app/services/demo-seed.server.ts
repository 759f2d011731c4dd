import type { Db } from "../db/client";
import { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../demo/constants";
import { declaredScopes } from "../shopify/scopes";
import { DEMO_KNOWLEDGE_ARTICLES } from "../demo/seed/knowledge";

/**
 * Gives the demo shop what installing the app and a merchant's set-up would: an offline session (so the app proxy
 * sees the app as installed) and knowledge-base articles. Idempotent, and it never overwrites what someone changed
 * in the demo admin: articles are added only while the shop has none.
 */
export async function seedDemoDatabase(db: Db): Promise<{ articlesAdded: number }> {
  const shop = DEMO_SHOP_DOMAIN;
  const session = { shop, state: "demo", isOnline: false, scope: declaredScopes().join(","), accessToken: DEMO_ACCESS_TOKEN };
  await db.session.upsert({ where: { id: `offline_${shop}` }, create: { id: `offline_${shop}`, ...session }, update: session });
  await db.shopSettings.upsert({ where: { shop }, create: { shop }, update: {} });
  if ((await db.knowledgeDocument.count({ where: { shop } })) > 0) return { articlesAdded: 0 };
  await db.knowledgeDocument.createMany({
    data: DEMO_KNOWLEDGE_ARTICLES.map((article) => ({ shop, title: article.title, body: article.body, source: "demo" })),
  });
  return { articlesAdded: DEMO_KNOWLEDGE_ARTICLES.length };
}
