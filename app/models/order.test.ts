import { describe, expect, it } from "vitest";
import { currentShipment, deliveredAt, isChangeable, isInFlight, orderFrom } from "./order";
import type { FulfillmentDisplayStatus, OrderDetails } from "../shopify/operations/order-fields";

const money = { amount: "10.0", currencyCode: "USD" };
const line = (id: string, title: string, quantity: number, unfulfilledQuantity: number) => ({
  id, title, variantTitle: null, quantity, currentQuantity: quantity, unfulfilledQuantity, sku: null, image: null, originalUnitPriceSet: { shopMoney: money },
});
const shipment = (id: string, displayStatus: FulfillmentDisplayStatus, lineIds: string[], createdAt = "2026-11-21T10:00:00Z", deliveredAt: string | null = null) => ({
  id, status: "SUCCESS", displayStatus, createdAt, estimatedDeliveryAt: null, deliveredAt,
  trackingInfo: [{ company: "UPS", number: `1Z${id}`, url: null }],
  fulfillmentLineItems: { nodes: lineIds.map((lineId) => ({ quantity: 1, lineItem: { id: lineId } })) },
});

function details(overrides: Partial<OrderDetails>): OrderDetails {
  return {
    id: "gid://shopify/Order/1", name: "#1001", email: "jane@example.com", createdAt: "2026-11-20T10:00:00Z", processedAt: "2026-11-20T10:00:00Z",
    cancelledAt: null, cancelReason: null, closed: false, displayFinancialStatus: "PAID", displayFulfillmentStatus: "UNFULFILLED", returnStatus: "NO_RETURN",
    statusPageUrl: "https://shop.example/orders/1", customer: { id: "gid://shopify/Customer/1", displayName: "Jane" }, totalPriceSet: { shopMoney: money },
    shippingAddress: null, lineItems: { nodes: [line("L1", "Tent", 1, 1), line("L2", "Bottle", 2, 2)] }, fulfillments: [], fulfillmentOrders: { nodes: [] },
    ...overrides,
  };
}

describe("the order model: one reading of an order's state", () => {
  it("reads a hold with the reason the store gave, and keeps a held order changeable", () => {
    const order = orderFrom(details({
      displayFulfillmentStatus: "ON_HOLD",
      fulfillmentOrders: { nodes: [{ status: "ON_HOLD", fulfillBy: null, fulfillmentHolds: [{ reason: "INCORRECT_ADDRESS", reasonNotes: "Unit number missing" }] }] },
    }));
    expect(order.status).toEqual({ kind: "on_hold", hold: { reason: "address", notes: "Unit number missing" } });
    expect(isChangeable(order)).toBe(true);
    expect(isInFlight(order)).toBe(true);
  });

  it("reads an order being packed as not changeable any more, and a fresh one as changeable", () => {
    expect(isChangeable(orderFrom(details({ displayFulfillmentStatus: "IN_PROGRESS" })))).toBe(false);
    expect(orderFrom(details({ displayFulfillmentStatus: "IN_PROGRESS" })).status).toEqual({ kind: "unfulfilled", packing: true });
    expect(isChangeable(orderFrom(details({})))).toBe(true);
  });

  it("reads a partial shipment: which items went, which wait, why and until when", () => {
    const order = orderFrom(details({
      displayFulfillmentStatus: "PARTIALLY_FULFILLED",
      lineItems: { nodes: [line("L1", "Tent", 1, 0), line("L2", "Bottle", 2, 2)] },
      fulfillments: [shipment("F1", "IN_TRANSIT", ["L1"])],
      fulfillmentOrders: { nodes: [{ status: "ON_HOLD", fulfillBy: "2026-12-09T00:00:00Z", fulfillmentHolds: [{ reason: "INVENTORY_OUT_OF_STOCK", reasonNotes: null }] }] },
    }));
    expect(order.status).toEqual({ kind: "partially_shipped", hold: { reason: "out_of_stock", notes: null }, expectedShipBy: "2026-12-09T00:00:00Z" });
    expect(order.items.map((item) => [item.title, item.shipment?.id ?? null, item.unshippedQuantity])).toEqual([["Tent", "F1", 0], ["Bottle", null, 2]]);
    expect(isChangeable(order)).toBe(false);
  });

  it("takes the least advanced shipment for the order, and a failed one before all", () => {
    const lines = { nodes: [line("L1", "Tent", 1, 0), line("L2", "Bottle", 1, 0)] };
    const split = orderFrom(details({ lineItems: lines, fulfillments: [shipment("F1", "DELIVERED", ["L1"], "2026-11-21T10:00:00Z", "2026-11-24T10:00:00Z"), shipment("F2", "IN_TRANSIT", ["L2"], "2026-11-25T10:00:00Z")] }));
    expect(split.status).toEqual({ kind: "shipped", shipment: "in_transit" });
    expect(currentShipment(split)?.id).toBe("F2");
    expect(split.items.map(deliveredAt)).toEqual(["2026-11-24T10:00:00Z", null]);
    const failed = orderFrom(details({ lineItems: lines, fulfillments: [shipment("F1", "OUT_FOR_DELIVERY", ["L1"]), shipment("F2", "FAILURE", ["L2"])] }));
    expect(failed.status).toEqual({ kind: "shipped", shipment: "failed" });
    const delivered = orderFrom(details({ lineItems: lines, fulfillments: [shipment("F1", "DELIVERED", ["L1", "L2"], "2026-11-21T10:00:00Z", "2026-11-24T10:00:00Z")] }));
    expect(isInFlight(delivered)).toBe(false);
  });

  it("reads a cancelled order with why and what happened to the money, and nothing on it as waiting", () => {
    const order = orderFrom(details({ cancelledAt: "2026-11-20T12:00:00Z", cancelReason: "DECLINED", displayFinancialStatus: "VOIDED" }));
    expect(order.status).toEqual({ kind: "cancelled", at: "2026-11-20T12:00:00Z", reason: "declined", refund: "voided" });
    expect(orderFrom(details({ cancelledAt: "2026-11-20T12:00:00Z", cancelReason: "CUSTOMER", displayFinancialStatus: "REFUNDED" })).status).toMatchObject({ reason: "customer", refund: "full" });
    expect(order.items.every((item) => item.unshippedQuantity === 0)).toBe(true);
    expect(isChangeable(order)).toBe(false);
    expect(isInFlight(order)).toBe(false);
  });

  it("calls a parcel whose label was only bought 'label created', not shipped", () => {
    const order = orderFrom(details({ lineItems: { nodes: [line("L1", "Tent", 1, 0)] }, fulfillments: [shipment("F1", "LABEL_PURCHASED", ["L1"])] }));
    expect(order.status).toEqual({ kind: "shipped", shipment: "label_created" });
    expect(order.shipments[0]).toMatchObject({ status: "label_created", shopifyStatus: "LABEL_PURCHASED", trackingNumber: "1ZF1" });
  });
});
