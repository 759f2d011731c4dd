import { addDays } from "../../lib/calendar";

/**
 * When the order a message means was placed: "my first order", "my last order", "the one before", "last month",
 * "in October", "two weeks ago", "지난달", "첫 주문", "최근 주문". Dates are calendar dates in UTC.
 */
export type OrderTime =
  | { kind: "first" }
  | { kind: "latest" }
  | { kind: "previous" }
  | { kind: "between"; from: Date; to: Date };

const FIRST = /\b(?:first|earliest|oldest)\s+(?:order|purchase)|첫\s*(?:번째\s*)?주문|처음\s*(?:주문|산|샀)/i;
const LATEST = /\b(?:last|latest|newest|most\s+recent|recent)\s+(?:order|purchase)|최근\s*(?:에\s*)?(?:주문|산|샀)|마지막\s*(?:주문|산|샀)|가장\s*최근/i;
const PREVIOUS = /\b(?:previous|prior)\s+(?:order|purchase)|\bthe\s+(?:order|one)\s+before\b|이전\s*주문|그\s*전\s*주문|지지난\s*주문/i;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME = /\b(?:in|from|back in|during)\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const KOREAN_MONTH = /(1[0-2]|[1-9])\s*월\s*(?:에|달|쯤|초|말)/;
const AGO = /\b(a|one|two|three|four|five|six|couple(?:\s+of)?|few|\d+)\s+(day|week|month)s?\s+ago\b|(\d+|한|두|세|네)\s*(일|주|달|개월)\s*전/i;

const NUMBER_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, couple: 2, "couple of": 2, few: 3, 한: 1, 두: 2, 세: 3, 네: 4 };

const monthRange = (year: number, month: number) => ({ kind: "between" as const, from: new Date(Date.UTC(year, month, 1)), to: new Date(Date.UTC(year, month + 1, 1)) });

/** The month most recently called that: "in October" in early December is this year's; in March, last year's. */
function namedMonth(month: number, now: Date) {
  const year = month > now.getUTCMonth() ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  return monthRange(year, month);
}

export function orderTimeIn(text: string, now: Date): OrderTime | null {
  if (FIRST.test(text)) return { kind: "first" };
  if (PREVIOUS.test(text)) return { kind: "previous" };
  if (LATEST.test(text)) return { kind: "latest" };
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  if (/\blast\s+month\b|지난\s*달/i.test(text)) return monthRange(year, month - 1);
  if (/\bthis\s+month\b|이번\s*달/i.test(text)) return monthRange(year, month);
  if (/\blast\s+week\b|지난\s*주/i.test(text)) return { kind: "between", from: addDays(now, -14), to: addDays(now, -5) };
  if (/\bthis\s+week\b|이번\s*주/i.test(text)) return { kind: "between", from: addDays(now, -7), to: now };
  if (/\byesterday\b|어제/i.test(text)) return { kind: "between", from: addDays(now, -2), to: addDays(now, -0.5) };
  const named = MONTH_NAME.exec(text);
  if (named) return namedMonth(MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase()), now);
  const korean = KOREAN_MONTH.exec(text);
  if (korean) return namedMonth(Number(korean[1]) - 1, now);
  const ago = AGO.exec(text);
  if (ago) {
    const count = Number(ago[1] ?? ago[3]) || NUMBER_WORDS[(ago[1] ?? ago[3] ?? "").toLowerCase()] || 1;
    const unit = (ago[2] ?? ago[4] ?? "").toLowerCase();
    const days = unit.startsWith("day") || unit === "일" ? count : unit.startsWith("week") || unit === "주" ? count * 7 : count * 30;
    // "Two weeks ago" is rarely exact: a window of a third either side, at least two days.
    const slack = Math.max(2, days / 3);
    return { kind: "between", from: addDays(now, -(days + slack)), to: addDays(now, -Math.max(0, days - slack)) };
  }
  return null;
}

/** "The other one", "다른 거": the order not talked about, after two were offered. */
export const refersToOther = (text: string) => /\b(?:the\s+)?other\s+(?:one|order)\b|\bnot\s+that\s+one\b|다른\s*(?:거|것|주문|걸)|나머지/i.test(text);

/** "The first one", "2", "second", "두 번째": a position in a list the agent showed. */
export function ordinalIn(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  const digit = /^(?:#|no\.?\s*)?([1-9])[.)]?$/.exec(trimmed);
  if (digit) return Number(digit[1]);
  const words: [RegExp, number][] = [
    [/\b(?:first|1st)\b|첫\s*번째|첫번째|1번/, 1],
    [/\b(?:second|2nd)\b|두\s*번째|2번/, 2],
    [/\b(?:third|3rd)\b|세\s*번째|3번/, 3],
    [/\b(?:fourth|4th)\b|네\s*번째|4번/, 4],
  ];
  return words.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}
