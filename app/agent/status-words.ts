import type { Phrase } from "./language";
import type { Language } from "./types";

/**
 * Every shopper-facing status word, once per language. The replies, the cards (whose `statusLabel` the widget shows
 * as is) and the admin's card preview all read from here, so a status reads the same wherever the shopper or the
 * merchant sees it. The storefront widget has no table of its own: it shows the label the server put on the card.
 */

/** Shopify's fulfillment states (a fulfillment's displayStatus, or its status when there is none). */
export const SHIPMENT_STATUS = {
  IN_TRANSIT: { en: "In transit", ko: "배송 중" },
  OUT_FOR_DELIVERY: { en: "Out for delivery", ko: "배송 출발" },
  DELIVERED: { en: "Delivered", ko: "배송 완료" },
  ATTEMPTED_DELIVERY: { en: "Delivery attempted", ko: "배송 시도됨" },
  DELAYED: { en: "Delayed", ko: "배송 지연" },
  FAILURE: { en: "Delivery problem", ko: "배송 문제 발생" },
  // The carrier has the shipment confirmed: to the shopper, it has shipped.
  CONFIRMED: { en: "Shipped", ko: "발송됨" },
  LABEL_PRINTED: { en: "Label created", ko: "송장 발행됨" },
  LABEL_PURCHASED: { en: "Label created", ko: "송장 발행됨" },
  CARRIER_PICKED_UP: { en: "Picked up by carrier", ko: "택배사 집하 완료" },
  FULFILLED: { en: "Shipped", ko: "발송됨" },
  MARKED_AS_FULFILLED: { en: "Shipped", ko: "발송됨" },
  SUCCESS: { en: "Shipped", ko: "발송됨" },
  READY_FOR_PICKUP: { en: "Ready for pickup", ko: "픽업 준비 완료" },
  PICKED_UP: { en: "Picked up", ko: "픽업 완료" },
  CANCELED: { en: "Cancelled", ko: "취소됨" },
  CANCELLED: { en: "Cancelled", ko: "취소됨" },
} as const satisfies Record<string, Phrase>;

export type ShipmentStatus = keyof typeof SHIPMENT_STATUS;

/** An order as a whole, when its shipments do not say more. */
export const ORDER_STATUS = {
  cancelled: SHIPMENT_STATUS.CANCELLED,
  onHold: { en: "On hold", ko: "보류 중" },
  partlyShipped: { en: "Partly shipped", ko: "부분 발송" },
  beingPrepared: { en: "Being prepared", ko: "상품 준비 중" },
} as const satisfies Record<string, Phrase>;

/** A subscription's state, as the subscription providers report it. */
export const SUBSCRIPTION_STATUS = {
  active: { en: "Active", ko: "구독 중" },
  paused: { en: "Paused", ko: "일시 중지" },
  cancelled: { en: "Cancelled", ko: "해지됨" },
} as const satisfies Record<string, Phrase>;

export type SubscriptionStatus = keyof typeof SUBSCRIPTION_STATUS;

const lookup = <T extends Record<string, Phrase>>(table: T, key: string): Phrase | null =>
  Object.prototype.hasOwnProperty.call(table, key) ? table[key as keyof T]! : null;

/** A status we have no word for, made readable: "LABEL_VOIDED" → "Label voided". */
export function humanizeStatus(status: string): string {
  const words = status.replace(/_/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The word for a shipment state, or null when it is not one we word. */
export function shipmentStatusPhrase(status: string | null | undefined): Phrase | null {
  return status ? lookup(SHIPMENT_STATUS, status.toUpperCase()) : null;
}

/** A shipment's state for the shopper; unknown states are shown readable rather than dropped. */
export function shipmentStatusLabel(status: string | null | undefined, language: Language): string {
  return shipmentStatusPhrase(status)?.[language] ?? humanizeStatus(status ?? "");
}

/** The word for a subscription's state, or null when it is not one we word. */
export function subscriptionStatusPhrase(status: string | null | undefined): Phrase | null {
  return status ? lookup(SUBSCRIPTION_STATUS, status.toLowerCase()) : null;
}

/** A subscription's state for the shopper. */
export function subscriptionStatusLabel(status: string | null | undefined, language: Language): string {
  return subscriptionStatusPhrase(status)?.[language] ?? humanizeStatus(status ?? "");
}

/** A status word inside a sentence ("…, paused"): English drops its capital, Korean has none. */
export function statusInSentence(phrase: Phrase, language: Language): string {
  return language === "en" ? phrase.en.toLowerCase() : phrase[language];
}
