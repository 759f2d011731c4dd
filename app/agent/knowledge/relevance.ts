import type { KnowledgeDocument } from "./document";
import type { Passage } from "./passages";
import type { SearchWord } from "./question";
import { tokenize } from "./tokenizer";

/**
 * Share of a question its article must contain, by weight (a word fewer articles use weighs more, one none uses
 * most), when the question names no title or heading word of the passage: more than half.
 */
const MIN_ARTICLE_COVERAGE = 0.5;

/**
 * Decides whether a passage BM25 ranked for a question really answers it, so that a question the knowledge base
 * cannot answer gets no hits and the agent says it doesn't know instead of citing something unrelated.
 *
 * BM25 scores can't draw that line: they are not comparable between questions, and an off-topic question that
 * shares one word with some paragraph ("write me a poem" — "write to us") scores like a real question phrased in
 * other words. What differs is coverage: a real question either names the subject of the passage (a word of its
 * title or heading) or shares most of what it says with the article — "what's the capital of Australia?" shares
 * "Australia" with the shipping article, but "capital", which no article uses, is what it asks about.
 */
export class RelevanceFloor {
  private readonly articleTokens = new Map<string, Set<string>>();
  private readonly labelTokens = new Map<string, Set<string>>();
  /** How many articles use each token. */
  private readonly articleCounts = new Map<string, number>();

  constructor(docs: readonly KnowledgeDocument[], passages: readonly Passage[]) {
    for (const doc of docs) {
      const tokens = new Set(tokenize(`${doc.title}\n${doc.body}`));
      this.articleTokens.set(doc.id, tokens);
      for (const token of tokens) this.articleCounts.set(token, (this.articleCounts.get(token) ?? 0) + 1);
    }
    for (const passage of passages) {
      this.labelTokens.set(passage.id, new Set(tokenize(`${passage.title}\n${passage.heading ?? ""}`)));
    }
  }

  accepts(questionWords: readonly SearchWord[], passage: Passage): boolean {
    const label = this.labelTokens.get(passage.id) ?? new Set();
    if (questionWords.some((word) => containsWord(label, word))) return true;
    const article = this.articleTokens.get(passage.documentId) ?? new Set();
    const total = questionWords.reduce((sum, word) => sum + this.weight(word), 0);
    const covered = questionWords.filter((word) => containsWord(article, word)).reduce((sum, word) => sum + this.weight(word), 0);
    return covered > total * MIN_ARTICLE_COVERAGE;
  }

  /** A word weighs what its most common token does: "반품하려면" as much as "반품". */
  private weight(word: SearchWord): number {
    const articles = this.articleTokens.size;
    return Math.min(...word.weighedBy.map((token) => Math.log(1 + articles / Math.max(1, this.articleCounts.get(token) ?? 0))));
  }
}

/** A word counts when any of its tokens does: "반품하려면" is covered by an article that says "반품". */
function containsWord(tokens: ReadonlySet<string>, word: SearchWord): boolean {
  return word.tokens.some((token) => tokens.has(token));
}
