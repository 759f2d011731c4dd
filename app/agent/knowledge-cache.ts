import { createKnowledgeIndex, topicsOf, type KnowledgeDocument, type KnowledgeTopic } from "./knowledge";
import type { KnowledgeBase } from "./tools/knowledge";

export type IndexedKnowledge = KnowledgeBase & { topics: ReadonlySet<KnowledgeTopic> };

export async function indexKnowledge(documents: KnowledgeDocument[]): Promise<IndexedKnowledge> {
  return {
    documents,
    index: await createKnowledgeIndex(documents),
    topics: new Set(documents.flatMap((doc) => topicsOf(doc))),
  };
}

/**
 * One index per shop, rebuilt when the shop's articles change (the version is cheap to read: count and newest
 * update), so an edit in the admin takes effect on the next message without re-indexing on every turn.
 */
export class KnowledgeCache {
  private readonly entries = new Map<string, { version: string; knowledge: Promise<IndexedKnowledge> }>();

  async get(shop: string, version: string, load: () => Promise<KnowledgeDocument[]>): Promise<IndexedKnowledge> {
    const cached = this.entries.get(shop);
    if (cached?.version === version) return cached.knowledge;
    const knowledge = load().then(indexKnowledge);
    this.entries.set(shop, { version, knowledge });
    knowledge.catch(() => this.entries.delete(shop));
    return knowledge;
  }
}
