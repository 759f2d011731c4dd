import { wantedMention, type Mention } from "./wanted-mention";

/**
 * A garment or shoe size a shopper names: "size M", "a medium", "XL", "라지", "M 사이즈", "10.5", "waist 34", "270mm".
 * `value` is how catalogs write it: a letter size ("M", "XL", "XXL") or a number ("10.5").
 */
export type Size = { value: string };

/** Words for letter sizes, longest first within each so "extra large" is not read as "large". */
const LETTER_WORDS: [RegExp, string][] = [
  [/extra[\s-]?extra[\s-]?large|xx[\s-]?large|2x[\s-]?large|2xl|xxl|투\s?엑스\s?라지|2\s?엑스\s?라지/i, "XXL"],
  [/xxxl|3xl|쓰리\s?엑스\s?라지|3\s?엑스\s?라지/i, "XXXL"],
  [/extra[\s-]?large|x[\s-]?large|xl|엑스\s?라지/i, "XL"],
  [/extra[\s-]?small|x[\s-]?small|xs|엑스\s?스몰/i, "XS"],
  [/xxs/i, "XXS"],
  [/smalls?|스몰/i, "S"],
  [/mediums?|미디엄|미디움|미듐/i, "M"],
  [/larges?|라지/i, "L"],
];
// Korean particles may follow ("라지로", "L로"), so only Latin letters and digits end a word here.
const LETTER_WORD = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${LETTER_WORDS.map(([pattern]) => pattern.source).join("|")})(?![A-Za-z0-9])`, "giu");
/** Single letters stand for sizes only in capitals ("in S", "an L"), so "it's" and "I'm" are not sizes. */
const SINGLE_LETTER = /(?<![\p{L}\p{N}'’&])[SML](?![A-Za-z0-9'’&])/gu;
/** "size m", "사이즈 l", "m 사이즈": next to the word "size", any case and any number is a size ("in size 10": not "in"). */
const BESIDE_SIZE = /(?:\bsize|\bsz|사이즈|치수|\bwaist)\s*:?\s*(?<after>[a-z]{1,3}|\d{1,3}(?:\.5)?)(?![A-Za-z0-9])|(?<![\p{L}\p{N}.$₩])(?<before>(?!(?:in|a|an|the|my|of|to|for|is|any|one|new|big)\b)[a-z]{1,3}|\d{1,3}(?:\.5)?)\s*(?:사이즈|size\b|mm\b|waist\b)/giu;
/** Half sizes are shoe sizes wherever they stand ("I wear a 10.5"), unless they are prices. */
const HALF_SIZE = /(?<![\d.$₩,])\d{1,2}\.5(?![\d%]|\s*(?:dollars?|bucks|usd|달러|원|불|만))/g;
/** A message that is only a size: "10", "34", "m". */
const WHOLE = /^\s*(?:size\s*)?(\d{1,3}(?:\.5)?|[a-z]{1,4})\s*[.!]?\s*$/i;

/** Adjectives, not sizes: "too small", "runs large", "a bit small"; "medium roast" is coffee. */
const NOT_A_SIZE_BEFORE = /(?:too|runs?|running|bit|little|slightly|way|so)\s+$/i;
const NOT_A_SIZE_AFTER = /^[\s-]*(?:roast|weight|heat|rare|grind)/i;

function letterSize(word: string): string | null {
  const upper = word.toUpperCase();
  if (/^(?:XXS|XS|S|M|L|XL|XXL|XXXL)$/.test(upper)) return upper;
  return LETTER_WORDS.find(([pattern]) => new RegExp(`^(?:${pattern.source})$`, "i").test(word))?.[1] ?? null;
}

function sizeValue(said: string): string | null {
  return /^\d+(?:\.5)?$/.test(said) ? said : letterSize(said);
}

export function sizeIn(text: string): Size | null {
  const whole = WHOLE.exec(text);
  if (whole) {
    const value = sizeValue(whole[1]!);
    return value ? { value } : null;
  }
  const mentions: Mention<string>[] = [];
  const add = (value: string | null, start: number, end: number) => {
    if (value && !NOT_A_SIZE_BEFORE.test(text.slice(0, start)) && !NOT_A_SIZE_AFTER.test(text.slice(end))) mentions.push({ value, start, end });
  };
  for (const match of text.matchAll(BESIDE_SIZE)) {
    const said = match.groups!.after ?? match.groups!.before!;
    const start = match.index + match[0].indexOf(said);
    add(sizeValue(said), start, start + said.length);
  }
  for (const pattern of [LETTER_WORD, SINGLE_LETTER, HALF_SIZE]) {
    for (const match of text.matchAll(pattern)) {
      if (!mentions.some((m) => match.index >= m.start && match.index < m.end)) add(sizeValue(match[0]), match.index, match.index + match[0].length);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const value = wantedMention(text, mentions, (v) => v);
  return value ? { value } : null;
}

/** Whether a catalog's option value ("M", "M (8–10)", "10") is the size the shopper named. */
export function sameSize(wanted: Size, optionValue: string): boolean {
  const offered = optionValue.split(/\s*\(/)[0]!.trim();
  return sizeIn(offered)?.value === wanted.value;
}
