/**
 * Parts of a shopper's message that name who or where rather than what it is about — the router masks them, the
 * language reader ignores them, order lookup reads the email. One pattern each, so they all agree on what an email
 * or a link is. Build a global copy (`new RegExp(EMAIL.source, "g")`) to replace every occurrence.
 */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const LINK = /https?:\/\/\S+/;

/** Every occurrence of `pattern` in a text, for `replace`. */
export const everywhere = (pattern: RegExp): RegExp => new RegExp(pattern.source, "g");
