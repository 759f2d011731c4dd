/**
 * Helpers for the blind set's facts: a calendar date however a reply may write it (English month names, numeric,
 * ISO or Korean), and a fact that is any one of several.
 */
import type { Fact } from "../scenario";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A 2026 date: "Nov 28", "November 28", "28 Nov", "11/28", "2026-11-28" or "11월 28일". */
export function onDate(month: number, day: number): RegExp {
  const name = MONTHS[month - 1]!;
  const iso = `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return new RegExp(`\\b${name}[a-z]*\\.?\\s+${day}(?!\\d)|\\b${day}(st|nd|rd|th)?\\s+${name}|\\b${month}/${day}(?!\\d)|${iso}|${month}월\\s*${day}일`, "i");
}

/** A fact stated if any of the alternatives is. */
export function anyOf(...facts: Fact[]): RegExp {
  return new RegExp(facts.map((fact) => (typeof fact === "string" ? fact.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : `(?:${fact.source})`)).join("|"), "i");
}

/** "It cannot be cancelled / changed", in English. */
export const CANNOT_EN = /can't|cannot|can not|can no longer|too late|unable|no longer possible|isn't possible|not possible/i;
/** "It cannot be cancelled", in Korean. */
export const CANNOT_CANCEL_KO = /취소(할|하실|가|는)?\s*(수\s*없|불가|어렵)|취소가\s*안/;
/** A Korean reply that says the cancellation went through. */
export const CANCELLED_KO = /취소되었|취소됐|취소 완료|취소했/;
/** A reply that refuses a return outright (wrong for an order that has not arrived yet, or one within the window). */
export const REFUSES_RETURN_EN = /can't be returned|cannot be returned|can not be returned|not eligible for (a )?return|isn't eligible for (a )?return|not returnable/i;
