import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shipmentStatusText, subscriptionStatusText } from "../../app/admin/components/CardPreview";
import { OrderCard, SubscriptionCard } from "../../app/agent/cards";
import { orderCard, orderStatusLabel } from "../../app/agent/skills/order-replies";
import { ORDER_STATUS, SHIPMENT_STATUS, shipmentStatusLabel, SUBSCRIPTION_STATUS, subscriptionStatusLabel } from "../../app/agent/status-words";
import { orderFrom, type Order } from "../../app/models/order";
import type { FulfillmentDisplayStatus, OrderDetails } from "../../app/shopify/operations/order-fields";

const LANGUAGES = ["en", "ko"] as const;

function order(displayStatus: FulfillmentDisplayStatus | null, overrides: Partial<OrderDetails> = {}): Order {
  return orderFrom({
    id: "gid://shopify/Order/1",
    name: "#1001",
    email: "jane@example.com",
    createdAt: "2026-11-20T10:00:00Z",
    processedAt: "2026-11-20T10:00:00Z",
    cancelledAt: null,
    cancelReason: null,
    closed: false,
    displayFinancialStatus: "PAID",
    displayFulfillmentStatus: displayStatus ? "FULFILLED" : "UNFULFILLED",
    returnStatus: "NO_RETURN",
    statusPageUrl: "https://shop.example/orders/1",
    customer: null,
    totalPriceSet: { shopMoney: { amount: "10.0", currencyCode: "USD" } },
    shippingAddress: null,
    lineItems: { nodes: [] },
    fulfillments: displayStatus
      ? [{ id: "gid://shopify/Fulfillment/1", status: "SUCCESS", displayStatus, createdAt: "2026-11-21T10:00:00Z", estimatedDeliveryAt: null, deliveredAt: null, trackingInfo: [], fulfillmentLineItems: { nodes: [] } }]
      : [],
    fulfillmentOrders: { nodes: [] },
    ...overrides,
  });
}

const SHOPIFY_SHIPMENT_STATES: FulfillmentDisplayStatus[] = [
  "ATTEMPTED_DELIVERY", "CONFIRMED", "DELAYED", "DELIVERED", "FAILURE", "FULFILLED", "IN_TRANSIT", "LABEL_PRINTED", "LABEL_PURCHASED",
  "MARKED_AS_FULFILLED", "NOT_DELIVERED", "OUT_FOR_DELIVERY", "PICKED_UP", "READY_FOR_PICKUP", "SUBMITTED", "CARRIER_PICKED_UP",
];

describe("status words: one wording per status and language", () => {
  it("words every status in English and Korean", () => {
    for (const table of [SHIPMENT_STATUS, ORDER_STATUS, SUBSCRIPTION_STATUS]) {
      for (const phrase of Object.values(table)) for (const language of LANGUAGES) expect(phrase[language].trim()).not.toBe("");
    }
  });

  it("calls a paused subscription 일시 중지 and a confirmed shipment Shipped / 발송됨", () => {
    expect(SUBSCRIPTION_STATUS.paused).toEqual({ en: "Paused", ko: "일시 중지" });
    expect(shipmentStatusLabel("CONFIRMED", "en")).toBe("Shipped");
    expect(shipmentStatusLabel("CONFIRMED", "ko")).toBe("발송됨");
    expect(shipmentStatusLabel("FULFILLED", "ko")).toBe(SHIPMENT_STATUS.shipped.ko);
  });

  it("gives an order's reply status and its card the same word for every shipment state", () => {
    for (const status of SHOPIFY_SHIPMENT_STATES) {
      for (const language of LANGUAGES) {
        const details = order(status);
        const card = OrderCard.parse(orderCard(details, language, []));
        expect(card.status, `${status} ${language}`).toBe(orderStatusLabel(details, language));
        expect(card.shipments[0]!.statusLabel, `${status} ${language}`).toBe(orderStatusLabel(details, language));
        expect(shipmentStatusText(card.shipments[0]!, language)).toBe(card.shipments[0]!.statusLabel);
      }
    }
  });

  it("reads CONFIRMED the same in the reply, the card's shipment label and the admin preview", () => {
    const details = order("CONFIRMED");
    for (const language of LANGUAGES) {
      const word = SHIPMENT_STATUS.shipped[language];
      expect(orderStatusLabel(details, language)).toBe(word);
      const shipment = orderCard(details, language, []).shipments[0]!;
      expect(shipment).toMatchObject({ status: "CONFIRMED", statusLabel: word });
      expect(shipmentStatusText(shipment, language)).toBe(word);
      // A card stored before cards carried labels: the admin falls back to the same word.
      expect(shipmentStatusText({ ...shipment, statusLabel: undefined }, language)).toBe(word);
    }
  });

  it("words an order without a shipment word from the order's own state", () => {
    expect(orderStatusLabel(order(null, { cancelledAt: "2026-11-21T00:00:00Z" }), "ko")).toBe(ORDER_STATUS.cancelled.ko);
    expect(orderStatusLabel(order(null, { displayFulfillmentStatus: "ON_HOLD" }), "en")).toBe(ORDER_STATUS.onHold.en);
    expect(orderStatusLabel(order(null, { displayFulfillmentStatus: "IN_PROGRESS" }), "en")).toBe(ORDER_STATUS.packing.en);
    expect(orderStatusLabel(order(null), "ko")).toBe(ORDER_STATUS.beingPrepared.ko);
  });

  it("shows a subscription's label in the admin preview, and the shared word for cards stored without one", () => {
    const stored = SubscriptionCard.parse({ type: "subscription", subscriptionId: "s1", productTitle: "Coffee", status: "paused", frequency: "monthly", nextChargeAt: null, price: null, actions: [] });
    expect(stored.statusLabel).toBeUndefined();
    expect(subscriptionStatusText(stored, "ko")).toBe("일시 중지");
    expect(subscriptionStatusText(stored, "en")).toBe("Paused");
    expect(subscriptionStatusText({ ...stored, statusLabel: subscriptionStatusLabel("paused", "ko") }, "en")).toBe("일시 중지");
  });

  it("makes a state it has no word for readable", () => {
    expect(shipmentStatusLabel("CUSTOMS_REVIEW", "en")).toBe("Customs review");
    expect(shipmentStatusLabel("LABEL_VOIDED", "en")).toBe("Cancelled");
    expect(shipmentStatusLabel("in_transit", "ko")).toBe("배송 중");
  });

  it("leaves the storefront widget without status tables of its own: it shows the card's label", () => {
    const widget = readFileSync(path.resolve(__dirname, "../../extensions/customer-agent-chat/assets/chat-widget.js"), "utf8");
    for (const word of ["IN_TRANSIT", "CONFIRMED", "일시 정지", "일시 중지", "확인됨", "발송됨"]) expect(widget).not.toContain(word);
    expect(widget).toContain("shipment.statusLabel");
    expect(widget).toContain("card.statusLabel");
  });
});
