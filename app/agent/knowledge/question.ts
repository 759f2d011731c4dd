import { type ConceptId, englishSearchTerms, type SearchTerm } from "../lexicon";
import { type ContentWord, readContentWords } from "./tokenizer";

/**
 * A shopper's question as the knowledge base reads it. A follow-up names only what changed ("and to Canada?",
 * "얼마나 걸려요?"); `follows` is the question it continues, whose subject carries over.
 */
export type Question = { text: string; follows?: string };

/** How much a word carried over from the previous question counts beside one of the follow-up's own: the new words decide. */
export const CARRIED_WEIGHT = 0.5;

/**
 * Something a question names, as an answer is matched against it: a token of one of its words, or the English of a
 * Korean word or of a phrase ("money back" — refund).
 */
export type QuestionTerm = {
  tokens: readonly string[];
  /** Tokens of the general word for what a specific one names ("paypal" — "payment"): saying it is saying part. */
  also: readonly string[];
  /** Concepts the term names in general ("warranty"), which any of their words say in full ("guaranteed"). */
  concepts: readonly ConceptId[];
  weight: number;
};

/**
 * A word of a question as search matches it against an article: `tokens`, any of which the article may use for it
 * (its own, and the English words the lexicon reads in it), and `weighedBy`, the tokens whose rarity says how much
 * it matters.
 */
export type SearchWord = { tokens: readonly string[]; weighedBy: readonly string[] };

/** A content word with what the lexicon reads in it: its concepts and, for Korean, the English for it. */
type ReadWord = ContentWord & { english: SearchTerm[] };

const HANGUL = /\p{Script=Hangul}/u;

export function questionTerms({ text, follows }: Question): QuestionTerm[] {
  const own = termsOf(text, 1);
  if (!follows) return own;
  const named = new Set(own.flatMap((term) => term.tokens));
  return [...own, ...termsOf(follows, CARRIED_WEIGHT).filter((term) => !term.tokens.every((token) => named.has(token)))];
}

/** The question's own words, for the passages its own words find. */
export function ownSearchWords(text: string): SearchWord[] {
  return readQuestion(text).words.map((word) => ({ tokens: word.tokens, weighedBy: word.tokens }));
}

/**
 * The question's words with the English the lexicon reads in them, for the passages its synonyms and translations
 * find: "can I pay with bitcoin?" still asks about bitcoin when "pay" finds the payment article.
 */
export function expandedSearchWords(text: string): SearchWord[] {
  const { words, phrases } = readQuestion(text);
  return [
    ...words.map((word) => ({ tokens: [...word.tokens, ...word.english.flatMap(englishTokens)], weighedBy: word.tokens })),
    ...phrases.map((phrase) => ({ tokens: englishTokens(phrase), weighedBy: englishTokens(phrase) })),
  ];
}

/**
 * An English word that is a concept's general name ("warranty", "phone") is said by any of the concept's words
 * ("guaranteed", "call"); a specific one ("paypal") in part by its general name ("payment"), not by its siblings
 * ("visa"). A Korean word is said by its English, which comes as a term of its own.
 */
function termsOf(text: string, weight: number): QuestionTerm[] {
  const { words, phrases } = readQuestion(text);
  const byToken = new Map<string, QuestionTerm>();
  const translations = new Map(phrases.map((phrase) => [termKey(phrase), phrase]));
  for (const word of words) {
    const korean = HANGUL.test(word.text);
    if (korean) for (const term of word.english) translations.set(termKey(term), term);
    const english = korean ? [] : word.english;
    const general = english.filter((term) => term.concept && englishTokens(term).some((token) => word.tokens.includes(token)));
    const also = english.filter((term) => !general.includes(term)).flatMap(englishTokens);
    const concepts = general.flatMap((term) => (term.concept ? [term.concept] : []));
    for (const token of word.tokens) if (!byToken.has(token)) byToken.set(token, { tokens: [token], also, concepts, weight });
  }
  const translated = [...translations.values()].map((term) => ({
    tokens: englishTokens(term),
    also: [],
    concepts: term.concept ? [term.concept] : [],
    weight,
  }));
  return [...byToken.values(), ...translated].filter((term) => term.tokens.length > 0);
}

/** The question's content words, each with the English the lexicon reads in it, and what only a phrase names. */
function readQuestion(text: string): { words: ReadWord[]; phrases: SearchTerm[] } {
  const words = readContentWords(text).map((word) => ({ ...word, english: englishSearchTerms(word.text) }));
  const read = new Set(words.flatMap((word) => word.english.map(termKey)));
  return { words, phrases: englishSearchTerms(text).filter((term) => !read.has(termKey(term))) };
}

function termKey(term: SearchTerm): string {
  return term.concept ?? term.words.join(" ");
}

function englishTokens(term: SearchTerm): string[] {
  return readContentWords(term.words.join(" ")).flatMap((word) => word.tokens);
}
