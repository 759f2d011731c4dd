import type { Db } from "../db/client";
import { DEMO_SHOP_DOMAIN } from "../demo/constants";
import { DEMO_KNOWLEDGE_ARTICLES } from "../demo/seed/knowledge";

/**
 * Gives the demo shop what a merchant would have set up: its knowledge-base articles. Idempotent, and it never
 * overwrites what someone changed in the demo admin: articles are added only while the shop has none.
 */
export async function seedDemoDatabase(db: Db): Promise<{ articlesAdded: number }> {
  const shop = DEMO_SHOP_DOMAIN;
  await db.shopSettings.upsert({ where: { shop }, create: { shop }, update: {} });
  if ((await db.knowledgeDocument.count({ where: { shop } })) > 0) return { articlesAdded: 0 };
  await db.knowledgeDocument.createMany({
    data: DEMO_KNOWLEDGE_ARTICLES.map((article) => ({ shop, title: article.title, body: article.body, source: "demo" })),
  });
  return { articlesAdded: DEMO_KNOWLEDGE_ARTICLES.length };
}
