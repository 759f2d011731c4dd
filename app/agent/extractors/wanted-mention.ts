/** One place a message names a slot's value (a size, a colour), with where it stands in the message. */
export type Mention<T> = { value: T; start: number; end: number };

/** Words before a value that say the shopper has it, not wants it: "instead of M", "I ordered the black". */
const HAD_BEFORE = /(?:instead\s+of|rather\s+than|not|from|than|ordered|got|bought|have|had|was|is)\s+(?:an?\s+|the\s+|my\s+)?$/i;
/** …and after it, in Korean: "M 말고", "검정 대신", "M에서 L로". */
const HAD_AFTER = /^\s*(?:말고|대신|에서|이었|였)/;
/** Words that point at the wanted value: "swap it for an L", "I need a medium", "L로", "네이비으로". */
const WANTED_BEFORE = /(?:for|to|into|need|want|get|prefer|like|in|instead)\s+(?:an?\s+|the\s+)?$/i;
const WANTED_AFTER = /^\s*(?:으로|로)/;

/**
 * The value the shopper wants among those the message names: one value is simply it; with several ("swap the M for
 * an L", "I need L instead of M", "검정 말고 네이비로") the one the words around point at; still several: null, so
 * the skill asks rather than guesses.
 */
export function wantedMention<T>(text: string, mentions: Mention<T>[], key: (value: T) => string): T | null {
  const single = (list: Mention<T>[]) => (new Set(list.map((m) => key(m.value))).size === 1 ? list[0]!.value : null);
  if (mentions.length === 0) return null;
  const before = (m: Mention<T>) => text.slice(Math.max(0, m.start - 20), m.start);
  const after = (m: Mention<T>) => text.slice(m.end, m.end + 6);
  const notHad = mentions.filter((m) => !HAD_BEFORE.test(before(m)) && !HAD_AFTER.test(after(m)));
  return single(mentions) ?? single(notHad) ?? single(notHad.filter((m) => WANTED_BEFORE.test(before(m)) || WANTED_AFTER.test(after(m))));
}
