import { z } from "zod";
import { ProviderError } from "../http";
import type { ProviderReturn } from "../types";

/** What happens to one returned item: swapped for another item, or paid back (refund, store credit, gift card). */
export type Resolution = "exchange" | "refund";

export function returnType(resolutions: Resolution[]): ProviderReturn["type"] {
  const exchanged = resolutions.filter((resolution) => resolution === "exchange").length;
  if (exchanged === 0) return "return";
  return exchanged === resolutions.length ? "exchange" : "mixed";
}

/** "Product - Variant" as Shopify names line items; Shopify's placeholder "Default Title" is no variant. */
export function itemTitle(productTitle: string, variantTitle: string | null | undefined): string {
  const variant = variantTitle?.trim();
  if (!variant || variant === "Default Title" || productTitle.endsWith(variant)) return productTitle;
  return `${productTitle} - ${variant}`;
}

/** Providers write "N/A" or "" where a label or page does not exist yet; only a real link is one. */
export function linkOrNull(value: string | null | undefined): string | null {
  return value && /^https?:\/\//i.test(value) ? value : null;
}

/**
 * Order names compared the way shoppers and providers write them: "#1018", "1018" and " #1018 " are one order.
 * Used to drop anything a provider answers for another order, so a loose match on its side never shows a shopper
 * someone else's return.
 */
export function sameOrderName(a: string, b: string): boolean {
  const bare = (name: string) => name.trim().replace(/^#/, "").toLowerCase();
  return bare(a) === bare(b);
}

/** ISO 8601 in UTC. Accepts ISO strings and the "YYYY-MM-DD HH:MM:SS" (UTC) that some endpoints send. */
export function isoTime(provider: string, value: string): string {
  const normalized = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(" ", "T")}Z` : value;
  const time = Date.parse(normalized);
  if (Number.isNaN(time)) throw new ProviderError(provider, "bad_response", `sent a time that is not one: "${value.slice(0, 40)}"`);
  return new Date(time).toISOString();
}

export const newestFirst = (returns: ProviderReturn[]) => [...returns].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/** Some providers send ids and tracking numbers as numbers on one endpoint and strings on another. */
export const idLike = z.union([z.string(), z.number()]).transform(String);
