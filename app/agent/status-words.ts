import { shopifyShipmentStatus, type OrderStatus, type ShipmentStatus } from "../models/order";
import type { Phrase } from "./language";
import type { Language } from "./types";

/**
 * Every shopper-facing status word, once per language. The replies, the cards (whose `statusLabel` the widget shows
 * as is) and the admin's card preview all read from here, so a status reads the same wherever the shopper or the
 * merchant sees it. The storefront widget has no table of its own: it shows the label the server put on the card.
 */

/** Where a shipment is (app/models/order.ts groups Shopify's fulfillment states into these). */
export const SHIPMENT_STATUS = {
  label_created: { en: "Label created", ko: "송장 발행됨" },
  // The carrier has the shipment confirmed: to the shopper, it has shipped.
  shipped: { en: "Shipped", ko: "발송됨" },
  in_transit: { en: "In transit", ko: "배송 중" },
  delayed: { en: "Delayed", ko: "배송 지연" },
  out_for_delivery: { en: "Out for delivery", ko: "배송 출발" },
  attempted: { en: "Delivery attempted", ko: "배송 시도됨" },
  delivered: { en: "Delivered", ko: "배송 완료" },
  failed: { en: "Delivery failed", ko: "배송 실패" },
  ready_for_pickup: { en: "Ready for pickup", ko: "픽업 준비 완료" },
  picked_up: { en: "Picked up", ko: "픽업 완료" },
  cancelled: { en: "Cancelled", ko: "취소됨" },
} as const satisfies Record<ShipmentStatus, Phrase>;

/** An order as a whole, when its shipments do not say more. */
export const ORDER_STATUS = {
  cancelled: SHIPMENT_STATUS.cancelled,
  onHold: { en: "On hold", ko: "보류 중" },
  partlyShipped: { en: "Partly shipped", ko: "부분 발송" },
  beingPrepared: { en: "Being prepared", ko: "상품 준비 중" },
  packing: { en: "Being packed", ko: "포장 중" },
} as const satisfies Record<string, Phrase>;

/** The word for an order's state — the one the reply, the card and every skill use. */
export function orderStatusPhrase(status: OrderStatus): Phrase {
  switch (status.kind) {
    case "cancelled":
      return ORDER_STATUS.cancelled;
    case "on_hold":
      return ORDER_STATUS.onHold;
    case "unfulfilled":
      return status.packing ? ORDER_STATUS.packing : ORDER_STATUS.beingPrepared;
    case "partially_shipped":
      return ORDER_STATUS.partlyShipped;
    case "shipped":
      return SHIPMENT_STATUS[status.shipment];
  }
}

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

/**
 * A shipment's state for the shopper, from our status or Shopify's (cards stored before the order model carry
 * Shopify's); states we have no word for are shown readable rather than dropped.
 */
export function shipmentStatusLabel(status: string | null | undefined, language: Language): string {
  if (!status) return "";
  const own = lookup(SHIPMENT_STATUS, status);
  if (own) return own[language];
  const grouped = shopifyShipmentStatus(status);
  return grouped ? SHIPMENT_STATUS[grouped][language] : humanizeStatus(status);
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
