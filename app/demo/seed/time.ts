import { addDays } from "../../lib/calendar";

/** What every seed builder needs: links point at baseUrl, and every date is relative to now. */
export type SeedOptions = { baseUrl: string; now: Date };

/** Shopify's DateTime format: ISO 8601 in UTC, whole seconds. */
export const isoTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

// The seed builders move dates by the app's one calendar.
export { addDays };

export const daysBefore = (now: Date, days: number) => isoTime(addDays(now, -days));
