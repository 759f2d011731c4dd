import { EMAIL, everywhere, LINK } from "../text-patterns";

export type Language = "en" | "ko";

const HANGUL = /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/gu; // syllables and jamo (ㅠㅠ, ㅎㅎ count as Korean)
const HAS_HANGUL = new RegExp(HANGUL.source, "u");
const LATIN = /[A-Za-z]/g;

/**
 * One Hangul syllable carries about as much as two or three Latin letters, so a Korean sentence quoting an English
 * product name ("나이키 Air Max 언제 와요") is Korean once a third of its letters are Hangul.
 */
const KOREAN_SHARE = 1 / 3;

/** "ko" when enough of the letters are Hangul, else "en" (also for messages without letters, such as "#1001"). */
export function detectLanguage(text: string): Language {
  const hangul = text.match(HANGUL)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return hangul > 0 && hangul >= KOREAN_SHARE * (hangul + latin) ? "ko" : "en";
}

/** Parts of a message that are the same in every language: emails, links, order numbers, codes, amounts. */
const LANGUAGE_NEUTRAL = [
  everywhere(EMAIL),
  everywhere(LINK),
  /\b[A-Za-z]*\d[\w-]*\b/g, // #1028, SUMMER25, 97211
  /\b[A-Z]{4,}\b/g, // a code typed in capitals: WELCOME
];

/** Replies any shopper types in English letters, whatever language they speak. */
const UNIVERSAL_REPLIES = new Set(["ok", "okay", "k", "kk", "yes", "no", "thx", "ty", "lol", "pls", "plz", "hi", "bye", "sms", "email", "vip"]);

/**
 * The language a message is written in, or null when it gives no sign of one ("#1028 minjun.kim@example.com", "ok",
 * "👍"): such a message keeps the conversation's language.
 */
export function languageOf(text: string): Language | null {
  const stripped = LANGUAGE_NEUTRAL.reduce((rest, pattern) => rest.replace(pattern, " "), text);
  if (HAS_HANGUL.test(stripped)) return detectLanguage(stripped);
  const words = stripped.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some((word) => !UNIVERSAL_REPLIES.has(word)) ? "en" : null;
}

/** The language of a conversation after `messages` (oldest first): the last one that shows a language, else `fallback`. */
export function conversationLanguage(messages: readonly string[], fallback: Language = "en"): Language {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const language = languageOf(messages[i] ?? "");
    if (language) return language;
  }
  return fallback;
}
