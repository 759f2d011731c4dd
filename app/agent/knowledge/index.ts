import { create, insertMultiple, search as searchOrama } from "@orama/orama";
import type { KnowledgeDocument } from "./document";
import { answerFrom, type KnowledgeAnswer, unitsOf } from "./answer";
import { type Passage, splitIntoPassages } from "./passages";
import { englishSearchTerms } from "../lexicon";
import { CARRIED_WEIGHT, expandedSearchWords, ownSearchWords, type SearchWord } from "./question";
import { RelevanceFloor } from "./relevance";
import { contentWords, createKnowledgeTokenizer, tokenize } from "./tokenizer";
import { type KnowledgeTopic, topicsOf } from "./topics";

export type { KnowledgeAnswer } from "./answer";
export type { KnowledgeDocument } from "./document";
export { htmlToText, MAX_PASSAGE_CHARS, type Passage, splitIntoPassages } from "./passages";
export { hasTopic, KNOWLEDGE_TOPICS, type KnowledgeTopic, topicsOf } from "./topics";
export { loadKnowledgeFolder } from "./load-folder";

/** A passage that answers a question, with what the agent needs to cite it. */
export interface KnowledgeHit {
  documentId: string;
  title: string;
  heading?: string;
  source?: string;
  /** The passage text. Knowledge-base text is data to quote, never instructions to the agent (design.md §5). */
  text: string;
  /** BM25 score; only meaningful for ordering the hits of one search. */
  score: number;
}

export interface KnowledgeSearchOptions {
  /** Most hits returned; default 5. */
  limit?: number;
  /** Only passages of articles about this topic (a skill reading its policy). */
  topic?: KnowledgeTopic;
  /**
   * The shopper's previous question, when this one follows it up ("and to Canada?" after "how much is shipping in
   * the US?"): its subject carries over, counting less than the new words.
   */
  follows?: string;
}

export interface KnowledgeIndex {
  /** Best passages first; [] when nothing in the knowledge base answers the question. */
  search(query: string, options?: KnowledgeSearchOptions): Promise<KnowledgeHit[]>;
  /** The sentence, list item or table row that answers the question, with its source; null when none does. */
  answer(question: string, options?: Pick<KnowledgeSearchOptions, "topic" | "follows">): Promise<KnowledgeAnswer | null>;
}

/** Passages searched for the unit that answers a question. */
const ANSWER_CANDIDATES = 6;

const DEFAULT_LIMIT = 5;
/** Passages Orama ranks per hit wanted, so enough remain after the relevance floor drops some. */
const CANDIDATES_PER_HIT = 4;
/** Passages found only through a question's synonyms or translation come after those its own words found. */
const EXPANSION_WEIGHT = 0.5;
/** A word in the article title or section heading says more about what a passage is about than one in its text. */
const BOOST = { title: 2, heading: 1.5 };

const PASSAGE_SCHEMA = { title: "string", heading: "string", text: "string", topics: "enum[]" } as const;

/**
 * A BM25 index over the passages of a knowledge base. Building is cheap (about 80 ms of CPU for 200 articles,
 * see bench/knowledge.ts), so a changed knowledge base is simply indexed again rather than patched.
 */
export async function createKnowledgeIndex(docs: readonly KnowledgeDocument[]): Promise<KnowledgeIndex> {
  assertUniqueIds(docs);
  const db = create({ schema: PASSAGE_SCHEMA, components: { tokenizer: createKnowledgeTokenizer() } });
  const passages = new Map<string, { passage: Passage; source?: string }>();
  const rows = docs.flatMap((doc) => {
    const topics = topicsOf(doc);
    return splitIntoPassages(doc).map((passage) => {
      passages.set(passage.id, { passage, source: doc.source });
      return { id: passage.id, title: passage.title, heading: passage.heading ?? "", text: passage.text, topics };
    });
  });
  await insertMultiple(db, rows);
  const floor = new RelevanceFloor(docs, [...passages.values()].map(({ passage }) => passage));
  // Counted on the first answer, not at build: search alone (and a rebuild after every edit) never needs it.
  let rarity: ((token: string) => number) | undefined;
  const weight = (token: string) => {
    rarity ??= tokenRarity([...passages.values()].flatMap(({ passage }) => unitsOf(passage.text).map((unit) => unit.text)));
    return rarity(token);
  };

  const index: KnowledgeIndex = {
    async answer(question, { topic, follows } = {}) {
      const hits = await index.search(question, { limit: ANSWER_CANDIDATES, ...(topic ? { topic } : {}), ...(follows ? { follows } : {}) });
      return answerFrom({ text: question, ...(follows ? { follows } : {}) }, hits, weight);
    },
    async search(query, { limit = DEFAULT_LIMIT, topic, follows } = {}) {
      if (contentWords(`${query}\n${follows ?? ""}`).length === 0) return [];
      const where = topic === undefined ? {} : { where: { topics: { containsAll: [topic] } } };
      /** Passages ranked for `term` that answer a question made of `words` (see RelevanceFloor). */
      const rank = async (term: string, words: SearchWord[]) => {
        const results = await searchOrama(db, {
          term,
          properties: ["title", "heading", "text"],
          boost: BOOST,
          // Rank passages matching any word (Orama 3 documents 0, "every word", as the default but its code uses 1).
          threshold: 1,
          limit: limit * CANDIDATES_PER_HIT,
          ...where,
        });
        return results.hits.flatMap(({ id, score }) => {
          const found = passages.get(id);
          return found && floor.accepts(words, found.passage) ? [{ ...found, score }] : [];
        });
      };
      /**
       * Passages for one text: its own words first; then its synonyms and, for Korean, the English words, which find
       * articles written in other words or in English — ranked (and scored) below every passage its own words found.
       */
      const rankText = async (text: string) => {
        const own = await rank(text, ownSearchWords(text));
        const english = englishSearchTerms(text).flatMap((term) => term.words);
        const lowest = Math.min(...own.map((hit) => hit.score));
        const viaTerms =
          english.length > 0
            ? (await rank(english.join(" "), expandedSearchWords(text))).map((hit) => ({
                ...hit,
                score: Math.min(hit.score * EXPANSION_WEIGHT, lowest * EXPANSION_WEIGHT),
              }))
            : [];
        const ranked = new Map<string, (typeof own)[number]>();
        for (const hit of [...own, ...viaTerms]) if (!ranked.has(hit.passage.id)) ranked.set(hit.passage.id, hit);
        return ranked;
      };
      /**
       * A follow-up's passages add up how well they answer its own words and, weighted less, the question it
       * follows — each relative to its best passage, since BM25 grows with a query's length: the passage about both
       * comes first ("and to Canada?" after "how much is shipping in the US?": international shipping), then those
       * about the new words, then those only about the previous question.
       */
      const rankFollowUp = async (previous: string) => {
        const ranked: Awaited<ReturnType<typeof rankText>> = new Map();
        for (const part of [{ text: query, weight: 1 }, { text: previous, weight: CARRIED_WEIGHT }]) {
          const hits = [...(await rankText(part.text)).values()];
          const best = Math.max(...hits.map((hit) => hit.score));
          for (const hit of hits) ranked.set(hit.passage.id, { ...hit, score: (ranked.get(hit.passage.id)?.score ?? 0) + (part.weight * hit.score) / best });
        }
        return ranked;
      };
      const ranked = follows ? await rankFollowUp(follows) : await rankText(query);
      return [...ranked.values()]
        .sort((a, b) => b.score - a.score)
        .map(({ passage, source, score }): KnowledgeHit => {
          const { documentId, title, heading, text } = passage;
          return { documentId, title, heading, source, text, score };
        })
        .slice(0, limit);
    },
  };
  return index;
}

/** Inverse document frequency of each token over the units (sentences, list items, rows) of the knowledge base. */
function tokenRarity(units: readonly string[]): (token: string) => number {
  const frequency = new Map<string, number>();
  for (const unit of units) for (const token of tokenize(unit)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  return (token) => Math.log(1 + units.length / (frequency.get(token) ?? 1));
}

/** Passage ids are built from document ids; a clash would surface as an obscure Orama error. */
function assertUniqueIds(docs: readonly KnowledgeDocument[]): void {
  const seen = new Set<string>();
  for (const { id } of docs) {
    if (seen.has(id)) throw new Error(`Duplicate knowledge document id: ${id}`);
    seen.add(id);
  }
}
