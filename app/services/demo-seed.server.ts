import type { Db } from "../db/client";
import { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../demo/constants";
import { DEMO_PROVIDER_CREDENTIALS } from "../demo/providers/credentials";
import { declaredScopes } from "../shopify/scopes";
import { DEMO_KNOWLEDGE_ARTICLES } from "../demo/seed/knowledge";
import { saveIntegration } from "./integrations.server";
import { providerById } from "./provider-catalog";

/** The providers a merchant of the demo shop has connected (against their local fakes, app/demo/providers). */
const DEMO_CONNECTED_PROVIDERS = ["loop", "recharge", "smile"] as const;

/**
 * Gives the demo shop what installing the app and a merchant's set-up would: an offline session (so the app proxy
 * sees the app as installed), knowledge-base articles and connected providers. Idempotent, and it never overwrites
 * what someone changed in the demo admin: articles are added only while the shop has none, providers only on the
 * first seed (a provider disconnected in the admin stays disconnected).
 */
export async function seedDemoDatabase(db: Db, encryptionKey: Buffer): Promise<{ articlesAdded: number; providersConnected: number }> {
  const shop = DEMO_SHOP_DOMAIN;
  const session = { shop, state: "demo", isOnline: false, scope: declaredScopes().join(","), accessToken: DEMO_ACCESS_TOKEN };
  await db.session.upsert({ where: { id: `offline_${shop}` }, create: { id: `offline_${shop}`, ...session }, update: session });
  const firstSeed = !(await db.shopSettings.findUnique({ where: { shop } }));
  await db.shopSettings.upsert({ where: { shop }, create: { shop }, update: {} });
  if (firstSeed) {
    for (const id of DEMO_CONNECTED_PROVIDERS) {
      await saveIntegration(db, encryptionKey, { shop, kind: providerById(id)!.kind, provider: id, credentials: DEMO_PROVIDER_CREDENTIALS[id] });
    }
  }
  const providersConnected = firstSeed ? DEMO_CONNECTED_PROVIDERS.length : 0;
  if ((await db.knowledgeDocument.count({ where: { shop } })) > 0) return { articlesAdded: 0, providersConnected };
  await db.knowledgeDocument.createMany({
    data: DEMO_KNOWLEDGE_ARTICLES.map((article) => ({ shop, title: article.title, body: article.body, source: "demo" })),
  });
  return { articlesAdded: DEMO_KNOWLEDGE_ARTICLES.length, providersConnected };
}
