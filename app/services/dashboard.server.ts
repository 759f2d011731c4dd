import type { Db } from "../db/client";

/** The counts the admin home shows for one shop. */
export async function dashboardCounts(db: Db, shop: string) {
  const [conversations, openHandoffs, knowledgeDocuments, integrations] = await Promise.all([
    db.conversation.count({ where: { shop } }),
    db.handoff.count({ where: { shop, status: "open" } }),
    db.knowledgeDocument.count({ where: { shop } }),
    db.integration.count({ where: { shop } }),
  ]);
  return { conversations, openHandoffs, knowledgeDocuments, integrations };
}
