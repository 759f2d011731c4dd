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

/**
 * Each unit's names: English singular and plural; Korean as counted ("2주", "3개월") and alone ("매주", "매달",
 * "한 달" — a single month is 달, not 개월).
 */
const UNIT_NAMES: Record<FrequencyUnit, { one: string; many: string; ko: string; koAlone: string }> = {
  day: { one: "day", many: "days", ko: "일", koAlone: "일" },
  week: { one: "week", many: "weeks", ko: "주", koAlone: "주" },
  month: { one: "month", many: "months", ko: "개월", koAlone: "달" },
  year: { one: "year", many: "years", ko: "년", koAlone: "년" },
};

/** How often: "every week", "every 3 weeks", "매주", "3주마다". */
export function formatFrequency(frequency: Frequency, language: Language): string {
  const names = UNIT_NAMES[frequency.unit];
  return frequency.count === 1
    ? say(language, { en: "every {unit}", ko: "매{unit}" }, { unit: language === "en" ? names.one : names.koAlone })
    : say(language, { en: "every {count} {unit}", ko: "{count}{unit}마다" }, { count: frequency.count, unit: language === "en" ? names.many : names.ko });
}

/** A length of time: "a month", "2 weeks", "한 달", "2주". */
export function formatPeriod(period: Frequency, language: Language): string {
  const names = UNIT_NAMES[period.unit];
  if (language === "ko") return period.count === 1 && period.unit === "month" ? `한 ${names.koAlone}` : `${period.count}${names.ko}`;
  return period.count === 1 ? `a ${names.one}` : `${period.count} ${names.many}`;
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
