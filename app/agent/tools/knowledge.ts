import type { KnowledgeDocument, KnowledgeHit, KnowledgeIndex } from "../knowledge";
import type { KnowledgeTopic } from "../knowledge/topics";

/** A shop's knowledge base as the agent sees it: the documents and their search index. */
export type KnowledgeBase = { documents: KnowledgeDocument[]; index: KnowledgeIndex };

export function knowledgeTools(kb: KnowledgeBase) {
  return {
    search(query: string, options: { limit?: number; topic?: KnowledgeTopic } = {}): Promise<KnowledgeHit[]> {
      return kb.index.search(query, options);
    },
  };
}
