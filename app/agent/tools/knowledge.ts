import type { KnowledgeAnswer, KnowledgeDocument, KnowledgeIndex } from "../knowledge";
import type { KnowledgeTopic } from "../knowledge/topics";

/** A shop's knowledge base as the agent sees it: the documents and their search index. */
export type KnowledgeBase = { documents: KnowledgeDocument[]; index: KnowledgeIndex };

export function knowledgeTools(kb: KnowledgeBase) {
  return {
    /**
     * The passage that answers a question (the sentence, list item or row), from articles about `topic` if given;
     * `follows`: the question a follow-up continues.
     */
    answer(question: string, options: { topic?: KnowledgeTopic; follows?: string } = {}): Promise<KnowledgeAnswer | null> {
      return kb.index.answer(question, options);
    },
  };
}
