/**
 * Billing and delivery dates, one implementation for the whole app: the subscriptions skill's previews, the
 * provider adapters, their fakes and the demo store, so a preview and the provider never disagree on a date.
 *
 * Providers schedule charges by calendar date, so a month is a calendar month, not 30 days: Jan 31 + 1 month is
 * Feb 28 (Feb 29 in a leap year). Arithmetic is in UTC, where every day has 24 hours. A calendar date stands alone
 * as YYYY-MM-DD, or as a Date at its midnight UTC (how charge dates are kept and shown). Which date "today" is
 * depends on where: `calendarDate` reads it in a time zone.
 */

export type CalendarUnit = "day" | "week" | "month" | "year";
/** Every `count` `unit`s: { unit: "week", count: 2 } is every 2 weeks. */
export type Interval = { unit: CalendarUnit; count: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `date` moved by `days` days, back when negative; a fraction moves by that share of a day ("3.5 days ago"). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Days in a month; `month` counts from 0 and may run past December or before January. */
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * `date` moved by `times` intervals (back when negative), at the same time of day. Months and years move by the
 * calendar and stop at the month's last day: Jan 31 + 1 month = Feb 28.
 *
 * The nth billing date from an anchor is `addInterval(anchor, interval, n)`: counted from the anchor, a Jan 31
 * monthly plan keeps its day (Feb 28, Mar 31, Apr 30), as Shopify's billing cycles do. Moving one interval at a
 * time from each charge instead drifts (Feb 28, Mar 28), as Recharge and Skio move a skipped charge.
 */
export function addInterval(date: Date, { unit, count }: Interval, times = 1): Date {
  const steps = count * times;
  if (unit === "day" || unit === "week") return addDays(date, (unit === "week" ? 7 : 1) * steps);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + (unit === "year" ? 12 : 1) * steps;
  const moved = new Date(date.getTime());
  moved.setUTCFullYear(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
  return moved;
}

/** Whether an interval can be scheduled: a whole number of one or more units, the only counts providers accept. */
export const isWholeInterval = ({ count }: Interval) => Number.isInteger(count) && count >= 1;

/**
 * The calendar date (YYYY-MM-DD) an instant falls on in an IANA time zone. 2026-01-31T20:00Z is already Feb 1 in
 * Asia/Seoul and still Jan 31 in America/Los_Angeles.
 */
export function calendarDate(instant: Date, timeZone = "UTC"): string {
  if (timeZone === "UTC") return instant.toISOString().slice(0, 10);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

/** A calendar date (YYYY-MM-DD) from outside as the Date that stands for it, its midnight UTC; null for anything else, "2027-02-30" too. */
export function parseCalendarDate(text: string): Date | null {
  const date = new Date(`${text}T00:00:00Z`);
  return ISO_DATE.test(text) && !Number.isNaN(date.getTime()) && calendarDate(date) === text ? date : null;
}

/** A calendar date (YYYY-MM-DD) the app wrote itself as its midnight UTC; anything else is a bug, and throws. */
export function midnightUtc(isoDate: string): Date {
  const date = parseCalendarDate(isoDate);
  if (!date) throw new RangeError(`not a calendar date (YYYY-MM-DD): "${isoDate}"`);
  return date;
}

/** The day an instant falls on in a time zone, as its midnight UTC. */
export const dateOf = (instant: Date, timeZone = "UTC") => midnightUtc(calendarDate(instant, timeZone));

/** The day after `now` in a time zone, as its midnight UTC: the earliest date a provider takes for a charge. */
export const tomorrow = (now: Date, timeZone = "UTC") => addDays(dateOf(now, timeZone), 1);

/** Whole calendar days from one date to another (negative when `to` is earlier), whatever their times of day. */
export function daysBetween(from: Date, to: Date, timeZone = "UTC"): number {
  return Math.round((dateOf(to, timeZone).getTime() - dateOf(from, timeZone).getTime()) / DAY_MS);
}
