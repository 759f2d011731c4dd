export type Language = "en" | "ko";

const HANGUL = /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/gu; // syllables and jamo (ㅠㅠ, ㅎㅎ count as Korean)
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
