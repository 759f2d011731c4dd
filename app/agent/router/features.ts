import { conceptsIn } from "../lexicon";
import { EMAIL, everywhere, LINK } from "../text-patterns";

/**
 * Turns a shopper's message into the router's features. Each kind of feature answers one way shoppers write:
 * - words (lightly stemmed, typos corrected to a known word) and word pairs, for the wording itself;
 * - character n-grams inside words, for typos the corrector misses and inflections ("refunded", "refnd");
 * - Hangul character n-grams over the text without spaces, so "주문취소" and "주문 취소해주세요" share features and
 *   polite and casual endings differ only in their last characters;
 * - concepts (lexicon.ts), so "reimbursement" and "rebate" read like "refund" although no training message has them.
 */

/** A sparse feature vector: feature name → value. */
export type FeatureBag = Map<string, number>;

const HANGUL_RUN = /[\uAC00-\uD7A3\u3131-\u318E]+/gu;
const WORD = /[\p{L}\p{N}_]+/gu;

/** Codes, numbers, emails and amounts carry no topic by their value; their kind is kept. */
function maskReferences(text: string): string {
  return text
    .replace(everywhere(LINK), " _url ")
    .replace(everywhere(EMAIL), " _email ")
    .replace(/[$€£₩]\s?\d[\d,.]*|\d[\d,.]*\s?(?:원|달러|dollars?|usd|bucks)/giu, " _money ")
    .replace(/#\s?\d+|\d+\s?번/gu, " _ordernum ")
    .replace(/\d+/g, " _num ");
}

export function normalize(text: string): string {
  return maskReferences(text.normalize("NFKC").toLowerCase()).replace(/['’]/g, "");
}

const SUFFIXES = ["ing", "ed", "es", "s", "ly"] as const;

/** A light English stemmer: enough that "refunds", "refunded" and "refunding" meet, without a dictionary. */
export function stem(word: string): string {
  if (word.length <= 4 || word.startsWith("_")) return word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === "s" && base.endsWith("s") ? word : base;
    }
  }
  return word;
}

/** Corrects a word to a known one within one edit (a deletion on either side, so also a transposition or swap). */
export class SpellingCorrector {
  private readonly known = new Map<string, number>();
  private readonly byDeletion = new Map<string, string>();

  constructor(words: Iterable<string>) {
    for (const word of words) this.known.set(word, (this.known.get(word) ?? 0) + 1);
    // Most frequent first, so a deletion shared by two words leads to the commoner one.
    const byFrequency = [...this.known].sort((a, b) => b[1] - a[1]);
    for (const [word] of byFrequency) {
      if (word.length < 4 || /[^a-z]/.test(word)) continue;
      for (const deleted of deletions(word)) if (!this.byDeletion.has(deleted)) this.byDeletion.set(deleted, word);
    }
  }

  correct(word: string): string {
    if (this.known.has(word) || word.length < 4 || /[^a-z]/.test(word)) return word;
    const direct = this.byDeletion.get(word);
    if (direct) return direct;
    for (const deleted of deletions(word)) {
      if (this.known.has(deleted) && deleted.length >= 4) return deleted;
      const viaBoth = this.byDeletion.get(deleted);
      if (viaBoth) return viaBoth;
    }
    return word;
  }
}

function deletions(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

/** The words of a normalized message, as the model sees them (not yet spell-corrected). */
export function wordsOf(normalized: string): string[] {
  return (normalized.replace(HANGUL_RUN, " ").match(WORD) ?? []).map(stem);
}

export type FeatureOptions = {
  /** Weight of the word-piece n-grams relative to whole words. */
  charWeight: number;
  /** Weight of a concept relative to a word. */
  conceptWeight: number;
};

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charWeight: 0.4, conceptWeight: 1.5 };

function add(bag: FeatureBag, name: string, value: number): void {
  bag.set(name, (bag.get(name) ?? 0) + value);
}

/** The features of one message; `correct` maps a word to the known word it was probably meant to be. */
export function extractFeatures(
  text: string,
  correct: (word: string) => string = (word) => word,
  options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): FeatureBag {
  const bag: FeatureBag = new Map();
  const normalized = normalize(text);
  const words = wordsOf(normalized).map(correct);
  words.forEach((word, i) => {
    add(bag, `w:${word}`, 1);
    if (i > 0) add(bag, `b:${words[i - 1]}_${word}`, 1);
    if (!word.startsWith("_")) {
      const padded = `<${word}>`;
      for (let n = 3; n <= 4; n++) {
        for (let j = 0; j + n <= padded.length; j++) add(bag, `c:${padded.slice(j, j + n)}`, options.charWeight);
      }
    }
  });
  const hangul = (normalized.match(HANGUL_RUN) ?? []).join("");
  for (let n = 1; n <= 3; n++) {
    for (let j = 0; j + n <= hangul.length; j++) add(bag, `h${n}:${hangul.slice(j, j + n)}`, n === 1 ? 0.3 : 1);
  }
  for (const concept of conceptsIn(text)) add(bag, `k:${concept}`, options.conceptWeight);
  return bag;
}
