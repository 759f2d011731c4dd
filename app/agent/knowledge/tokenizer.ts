import type { Tokenizer } from "@orama/orama";

/**
 * The knowledge-base tokenizer, for English and Korean text.
 *
 * Orama's built-in tokenizers split on a Latin-only pattern, so Hangul disappears entirely. This one splits on
 * Unicode letters/numbers, so any script survives, and then:
 * - English (and other non-Hangul words): stop words dropped, light deterministic stemming.
 * - Hangul: the whole word plus its character bigrams. Korean glues particles and endings onto stems
 *   ("반품하고", "반품은"), so the bigram "반품" is what a question and a document share.
 */

/** Runs of letters/digits in any script; an apostrophe inside a word keeps it whole ("don't" → "dont"). */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const APOSTROPHE = /['’]/g;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * Function words, question words and chat filler ("hi", "please", "want", "need"): a shopper's question is mostly
 * made of them, they say nothing about which article answers it, and matching on them would make every document
 * look a little relevant. "How much" and "how many" ask for a kind of answer, not about a subject. The verb "mean"
 * is filler ("what does in transit mean?"); the noun "meaning" is not ("the meaning of life" asks about something no
 * article covers).
 */
const ENGLISH_STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any anything are as at be because been before being below " +
    "between both but by can could did do does doing don done down during each either else ever few for from " +
    "further get gets got had has have having he her here hers herself him himself his how i if im in into is it " +
    "its itself ive just know let lets like me more most my myself need no nor not now of off on once only or other " +
    "our ours ourselves out over own really same she should so some something still such tell than that thats the " +
    "their theirs them themselves then there these they thing this those through to too under until up us very want " +
    "was we were what whats when where which while who whom why will with would you your yours yourself yourselves " +
    "youre hi hello hey please thanks thank ok okay mean means much many"
  ).split(" "),
);

/**
 * The same for Korean, as whole words: question words, auxiliary verbs and request endings that stand alone in a
 * question ("반품하려면 어떻게 해야 돼요?"). Particles glued to nouns need no list: the bigrams handle them.
 */
const KOREAN_STOP_WORDS = new Set(
  (
    "어떻게 언제 어디 어디서 어디로 무엇 뭐 뭘 뭔가요 왜 누가 어떤 얼마 얼마나 얼마예요 해야 돼요 되나요 되요 해요 " +
    "하나요 할까요 있나요 있어요 없나요 없어요 주세요 알려 알려줘 알려주세요 혹시 그냥 좀 제가 저는 나는 저 제 내 " +
    "안녕하세요 감사합니다 고마워요 네 아니요 그리고 근데 그런데 이거 그거 저거 이번 거 것"
  ).split(" "),
);

/** Single letters are initials, list markers or the "x" in "2 x 3": noise for search. */
const MIN_LATIN_TOKEN_LENGTH = 2;
/** Stemming words shorter than this does more harm than good ("bus", "was", "yes"). */
const MIN_STEMMABLE_LENGTH = 4;

/**
 * Strips plural, -ing and -ed endings so "returns", "returning" and "returned" all become "return". Deliberately
 * crude: the same word always yields the same stem, and a question and a document are stemmed alike, which is all
 * matching needs. A trailing "e" is dropped last so "exchange"/"exchanging"/"exchanged" meet at "exchang".
 */
export function stemEnglish(word: string): string {
  if (word.length < MIN_STEMMABLE_LENGTH || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith("ies") || stem.endsWith("ied")) stem = `${stem.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x|z)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith("s") && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  else if (stem.endsWith("ing") && hasVowel(stem.slice(0, -3))) stem = undoubleFinalConsonant(stem.slice(0, -3));
  else if (stem.endsWith("ed") && hasVowel(stem.slice(0, -2))) stem = undoubleFinalConsonant(stem.slice(0, -2));
  // British spelling doubles the "l" ("cancelled", "labelling"); writing every final double "l" single makes them
  // meet "cancel" and "label" (and "roll"/"rolled" meet at "rol", which is just as consistent).
  if (stem.endsWith("ll")) stem = stem.slice(0, -1);
  if (stem.length >= MIN_STEMMABLE_LENGTH && stem.endsWith("e") && !stem.endsWith("ee")) stem = stem.slice(0, -1);
  return stem;
}

function hasVowel(text: string): boolean {
  return /[aeiouy]/.test(text);
}

/** "shipping" → "shipp" → "ship", but "dressed" → "dress" ("ll" is handled for all words in `stemEnglish`). */
function undoubleFinalConsonant(stem: string): string {
  return /([^aeioulsz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
}

/** The word itself (it scores exact word matches higher) and, if longer, every pair of adjacent characters. */
function hangulTokens(word: string): string[] {
  const tokens = [word];
  if (word.length > 2) for (let i = 0; i + 2 <= word.length; i++) tokens.push(word.slice(i, i + 2));
  return tokens;
}

function wordTokens(word: string): string[] {
  if (HANGUL.test(word)) return KOREAN_STOP_WORDS.has(word) ? [] : hangulTokens(word);
  if (word.length < MIN_LATIN_TOKEN_LENGTH || ENGLISH_STOP_WORDS.has(word)) return [];
  return [stemEnglish(word)];
}

/**
 * Tokens per distinct word seen. Articles repeat the same few thousand words, so this halves tokenizing time; it
 * is cleared when full so that an endless stream of shoppers' words cannot grow it without bound.
 */
const wordTokenCache = new Map<string, string[]>();
const MAX_CACHED_WORDS = 50_000;

function cachedWordTokens(word: string): string[] {
  let tokens = wordTokenCache.get(word);
  if (tokens === undefined) {
    if (wordTokenCache.size >= MAX_CACHED_WORDS) wordTokenCache.clear();
    tokens = wordTokens(word.replace(APOSTROPHE, ""));
    wordTokenCache.set(word, tokens);
  }
  return tokens;
}

/** A word that carries meaning, as written (lowercased) and as tokens. */
export type ContentWord = { text: string; tokens: string[] };

/** The words that carry meaning (stop words and noise removed), in order. */
export function readContentWords(text: string): ContentWord[] {
  const words = text.normalize("NFC").toLowerCase().match(WORD) ?? [];
  return words.map((word) => ({ text: word, tokens: cachedWordTokens(word) })).filter((word) => word.tokens.length > 0);
}

/** The tokens of each word that carries meaning (stop words and noise removed), in order. */
export function contentWords(text: string): string[][] {
  return readContentWords(text).map((word) => word.tokens);
}

/**
 * Distinct tokens of a text. Distinct matters for Orama 3: it counts a token's document frequency once per token
 * it is given, not once per document, so a repeated token would inflate document frequency (and can make its
 * BM25 idf negative). Its own tokenizer de-duplicates for the same reason.
 */
export function tokenize(text: string): string[] {
  return [...new Set(contentWords(text).flat())];
}

/**
 * Orama 3 always matches a search token as a prefix ("sho" from "shoes" would find "shop" and "short"), and its
 * `exact` option instead filters results by the raw query words, case-sensitively, in the raw text — useless with
 * stemming and bigrams. Ending every token with a character that never occurs in text makes a prefix match an
 * exact match.
 */
const TOKEN_END = "\u0003";

/**
 * An Orama `components.tokenizer`. Orama also passes a language, a property name and a cache flag; none of them
 * change how text is split here, so they are ignored (and `normalizationCache` stays empty).
 */
export function createKnowledgeTokenizer(): Tokenizer {
  return {
    language: "multilingual",
    normalizationCache: new Map(),
    tokenize: (raw) => tokenize(raw).map((token) => token + TOKEN_END),
  };
}
