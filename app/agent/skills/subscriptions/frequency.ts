import type { Frequency, FrequencyUnit } from "../../tools/providers";
import { say } from "../../language";
import type { Language } from "../../types";

/**
 * Delivery frequencies as shoppers say them — "every 3 weeks", "monthly", "biweekly", "4주마다", "두 달에 한 번", "매달" —
 * and as the agent writes them back. Nothing is inferred from a bare number: "3" alone is not a frequency.
 */
const UNIT_WORDS: [RegExp, FrequencyUnit][] = [
  [/^(?:days?|일)$/i, "day"],
  [/^(?:weeks?|주일?)$/i, "week"],
  [/^(?:months?|개월|달)$/i, "month"],
  [/^(?:years?|년)$/i, "year"],
];
/** Counts written as words: English, and the Korean native numbers that count months and weeks ("두 달", "세 주"). */
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6 };
const ENGLISH_NUMBERED = /\b(?:every|each)\s+(\d{1,2}|two|three|four|five|six|eight)\s+(days?|weeks?|months?)\b/i;
/** "2주마다", "두 달에 한 번", "3개월 간격", "주기를 4주로" — a Korean number word only as a word of its own. */
const KOREAN_NUMBERED = /(?<![가-힣\d])(\d{1,2}|한|두|세|네|다섯|여섯)\s*(주일|주|개월|달|일)\s*(마다|에\s*(?:한|1)\s*(?:번|회)|간격|으?로)/;
const NAMED: [RegExp, Frequency][] = [
  [/\b(?:bi-?weekly|fortnightly|every other week)\b|격주/i, { unit: "week", count: 2 }],
  [/\b(?:weekly|every week|once a week)\b|매주|일주일\s*(?:에\s*한\s*번|마다)/i, { unit: "week", count: 1 }],
  [/\bevery other month\b|격월/i, { unit: "month", count: 2 }],
  [/\b(?:monthly|every month|once a month)\b|매달|매월|한\s*달에\s*한\s*번/i, { unit: "month", count: 1 }],
  [/\bquarterly\b/i, { unit: "month", count: 3 }],
];
const MAX_COUNT = 52;

export function frequencyIn(text: string): Frequency | null {
  const numbered = ENGLISH_NUMBERED.exec(text) ?? KOREAN_NUMBERED.exec(text);
  // "5일로" reads as a date ("to the 5th") as often as a frequency, so a day count needs 마다, 간격 or 에 한 번.
  if (numbered && !(numbered[2] === "일" && /로$/.test(numbered[3] ?? ""))) {
    const [, rawCount = "", rawUnit = ""] = numbered;
    const count = COUNT_WORDS[rawCount.toLowerCase()] ?? Number(rawCount);
    const unit = UNIT_WORDS.find(([pattern]) => pattern.test(rawUnit))?.[1];
    return unit && count >= 1 && count <= MAX_COUNT ? { unit, count } : null;
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

/** The choices offered when a shopper wants another frequency but did not say which. */
export const COMMON_FREQUENCIES: Frequency[] = [
  { unit: "week", count: 2 },
  { unit: "week", count: 4 },
  { unit: "month", count: 2 },
];
