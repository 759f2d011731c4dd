import type { Language } from "./types";

/** A phrase in every language the agent writes. */
export type Phrase = Record<Language, string>;

/** Fills `{name}` placeholders in the phrase for the shopper's language. */
export function say(language: Language, phrase: Phrase, params: Record<string, string | number> = {}): string {
  return phrase[language].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));
}

const LOCALES: Record<Language, string> = { en: "en-US", ko: "ko-KR" };

/** `whole` rounds to whole units, for estimates ("about $148"). */
export function formatMoney(money: { amount: string; currencyCode: string }, language: Language, { whole = false } = {}): string {
  return Number(money.amount).toLocaleString(LOCALES[language], { style: "currency", currency: money.currencyCode, ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}) });
}

/** Counts as the shopper's language writes them: 2,450. */
export function formatNumber(value: number, language: Language): string {
  return value.toLocaleString(LOCALES[language]);
}

export function formatDate(iso: string, language: Language): string {
  return new Date(iso).toLocaleDateString(LOCALES[language], { month: "long", day: "numeric", weekday: "short", timeZone: "UTC" });
}

export function joinList(items: string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { type: "conjunction" }).format(items);
}
