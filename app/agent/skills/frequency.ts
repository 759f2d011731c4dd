import type { Frequency, FrequencyUnit } from "../tools/providers";
import { say } from "../language";
import type { Language } from "../types";

/**
 * Delivery frequencies as shoppers say them — "every 3 weeks", "monthly", "biweekly", "4주마다", "매달" — and as the
 * agent writes them back. Nothing is inferred from a bare number: "3" alone is not a frequency.
 */
const UNIT_WORDS: [RegExp, FrequencyUnit][] = [
  [/^(?:days?|일)$/i, "day"],
  [/^(?:weeks?|주)$/i, "week"],
  [/^(?:months?|개월|달)$/i, "month"],
  [/^(?:years?|년)$/i, "year"],
];
const NAMED: [RegExp, Frequency][] = [
  [/\b(?:bi-?weekly|fortnightly)\b|격주/i, { unit: "week", count: 2 }],
  [/\bweekly\b|\bevery week\b|매주/i, { unit: "week", count: 1 }],
  [/\bmonthly\b|\bevery month\b|매달|매월|한 ?달에 한 ?번/i, { unit: "month", count: 1 }],
  [/\bquarterly\b/i, { unit: "month", count: 3 }],
];

export function frequencyIn(text: string): Frequency | null {
  const numbered = /(?:every|each)\s+(\d{1,2}|two|three|four|six|eight)\s+(days?|weeks?|months?)\b|(\d{1,2})\s*(주|개월|달|일)\s*(?:마다|에 한 ?번|간격)/i.exec(text);
  if (numbered) {
    const words: Record<string, number> = { two: 2, three: 3, four: 4, six: 6, eight: 8 };
    const rawCount = numbered[1] ?? numbered[3]!;
    const count = words[rawCount.toLowerCase()] ?? Number(rawCount);
    const unit = UNIT_WORDS.find(([pattern]) => pattern.test(numbered[2] ?? numbered[4]!))?.[1];
    return unit && count >= 1 && count <= 52 ? { unit, count } : null;
  }
  return NAMED.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export function formatFrequency(frequency: Frequency, language: Language): string {
  const unitNames: Record<FrequencyUnit, { en: [string, string]; ko: string }> = {
    day: { en: ["day", "days"], ko: "일" },
    week: { en: ["week", "weeks"], ko: "주" },
    month: { en: ["month", "months"], ko: "개월" },
    year: { en: ["year", "years"], ko: "년" },
  };
  const names = unitNames[frequency.unit];
  return frequency.count === 1
    ? say(language, { en: "every {unit}", ko: "매{unit}" }, { unit: language === "en" ? names.en[0] : names.ko === "개월" ? "달" : names.ko })
    : say(language, { en: "every {count} {unit}", ko: "{count}{unit}마다" }, { count: frequency.count, unit: language === "en" ? names.en[1] : names.ko });
}

/** A length of time: "a month", "2 weeks", "한 달", "2주". */
export function formatPeriod(period: Frequency, language: Language): string {
  const en: Record<FrequencyUnit, [string, string]> = { day: ["a day", "days"], week: ["a week", "weeks"], month: ["a month", "months"], year: ["a year", "years"] };
  const ko: Record<FrequencyUnit, string> = { day: "일", week: "주", month: "개월", year: "년" };
  if (language === "ko") return period.count === 1 && period.unit === "month" ? "한 달" : `${period.count}${ko[period.unit]}`;
  return period.count === 1 ? en[period.unit][0] : `${period.count} ${en[period.unit][1]}`;
}

/** The date one frequency after `iso` (what a skip moves the next charge to). */
export function addFrequency(iso: string, frequency: Frequency): string {
  const date = new Date(iso);
  if (frequency.unit === "day") date.setUTCDate(date.getUTCDate() + frequency.count);
  if (frequency.unit === "week") date.setUTCDate(date.getUTCDate() + 7 * frequency.count);
  if (frequency.unit === "month") date.setUTCMonth(date.getUTCMonth() + frequency.count);
  if (frequency.unit === "year") date.setUTCFullYear(date.getUTCFullYear() + frequency.count);
  return date.toISOString();
}

/** The choices offered when a shopper wants another frequency but did not say which. */
export const COMMON_FREQUENCIES: Frequency[] = [
  { unit: "week", count: 2 },
  { unit: "week", count: 4 },
  { unit: "month", count: 2 },
];
