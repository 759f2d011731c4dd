import type { Frequency } from "../types";

/**
 * Calendar arithmetic the subscription adapters share, in UTC: providers schedule charges by calendar date, so a
 * month is a calendar month (Jan 31 + 1 month = Feb 28), not 30 days.
 */

export function addFrequency(date: Date, { unit, count }: Frequency): Date {
  const next = new Date(date.getTime());
  if (unit === "day") next.setUTCDate(next.getUTCDate() + count);
  else if (unit === "week") next.setUTCDate(next.getUTCDate() + 7 * count);
  else {
    const months = unit === "year" ? 12 * count : count;
    const day = next.getUTCDate();
    next.setUTCDate(1);
    next.setUTCMonth(next.getUTCMonth() + months);
    const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
    next.setUTCDate(Math.min(day, lastDay));
  }
  return next;
}

/** YYYY-MM-DD, the date format both Recharge and Skio take for charge dates. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A whole number of one or more, the only interval counts the providers accept. */
export const isValidCount = (count: number) => Number.isInteger(count) && count >= 1;
