/** What every seed builder needs: links point at baseUrl, and every date is relative to now. */
export type SeedOptions = { baseUrl: string; now: Date };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Shopify's DateTime format: ISO 8601 in UTC, whole seconds. */
export const isoTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export const daysBefore = (now: Date, days: number) => isoTime(addDays(now, -days));
