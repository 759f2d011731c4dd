import type { KnowledgeDocument } from "./document";
import type { Passage } from "./passages";
import { tokenize } from "./tokenizer";

/**
 * Share of a question's content words its article must contain when the question names no title or heading word
 * of the passage.
 */
const MIN_ARTICLE_COVERAGE = 0.5;

/**
 * Decides whether a passage BM25 ranked for a question really answers it, so that a question the knowledge base
 * cannot answer gets no hits and the agent says it doesn't know instead of citing something unrelated.
 *
 * BM25 scores can't draw that line: they are not comparable between questions, and an off-topic question that
 * shares one word with some paragraph ("write me a poem" — "write to us") scores like a real question phrased in
 * other words. What differs is coverage: a real question either names the subject of the passage (a word of its
 * title or heading) or shares most of its content words with the article.
 */
export class RelevanceFloor {
  private readonly articleTokens = new Map<string, Set<string>>();
  private readonly labelTokens = new Map<string, Set<string>>();

  constructor(docs: readonly KnowledgeDocument[], passages: readonly Passage[]) {
    for (const doc of docs) this.articleTokens.set(doc.id, new Set(tokenize(`${doc.title}\n${doc.body}`)));
    for (const passage of passages) {
      this.labelTokens.set(passage.id, new Set(tokenize(`${passage.title}\n${passage.heading ?? ""}`)));
    }
  }

  /** `questionWords`: the question's `contentWords`. */
  accepts(questionWords: readonly string[][], passage: Passage): boolean {
    const label = this.labelTokens.get(passage.id) ?? new Set();
    if (questionWords.some((word) => containsWord(label, word))) return true;
    const article = this.articleTokens.get(passage.documentId) ?? new Set();
    const covered = questionWords.filter((word) => containsWord(article, word)).length;
    return covered >= questionWords.length * MIN_ARTICLE_COVERAGE;
  }
}

/** A Hangul word counts when any of its bigrams does: "반품하려면" is covered by an article that says "반품". */
function containsWord(tokens: ReadonlySet<string>, wordTokens: readonly string[]): boolean {
  return wordTokens.some((token) => tokens.has(token));
}
