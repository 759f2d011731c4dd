import type { MoneyV2 } from "../shopify/operation";
import type { FulfillmentHoldReason, OrderDetails } from "../shopify/operations/order-fields";

/**
 * One order as every skill sees it, read once from the Admin API (`orderFrom`). Skills never interpret Shopify's
 * fulfillment fields themselves, so tracking, editing and returns cannot describe the same order differently.
 */

/** Where one shipment is, in the words a shopper would use (Shopify's fulfillment displayStatus, grouped). */
export type ShipmentStatus =
  | "label_created"
  | "shipped"
  | "in_transit"
  | "delayed"
  | "out_for_delivery"
  | "attempted"
  | "delivered"
  | "failed"
  | "ready_for_pickup"
  | "picked_up"
  | "cancelled";

/** Why the store holds the order's unshipped items. */
export type HoldReason = "payment" | "address" | "fraud_review" | "out_of_stock" | "delivery_date" | "awaiting_return" | "other";

export type Hold = { reason: HoldReason; notes: string | null };

export type Shipment = {
  id: string;
  status: ShipmentStatus;
  /** Shopify's own word for it (IN_TRANSIT, CONFIRMED…), which order cards carry as they always have. */
  shopifyStatus: string;
  carrier: string | null;
  trackingNumber: string | null;
  trackingUrl: string | null;
  shippedAt: string;
  estimatedDeliveryAt: string | null;
  deliveredAt: string | null;
  /** Line items in this shipment (ids), with how many of each. */
  items: { lineItemId: string; quantity: number }[];
};

export type OrderItem = {
  lineItemId: string;
  title: string;
  variantTitle: string | null;
  quantity: number;
  /** How many have not shipped (waiting, backordered or held). */
  unshippedQuantity: number;
  imageUrl: string | null;
  unitPrice: MoneyV2;
  /** The shipment the item went out in (the latest, when split), or null while it waits. */
  shipment: Shipment | null;
};

/**
 * The order as a whole. A fully shipped order takes the status of its least advanced shipment (one delivered and one
 * still moving is "in transit"); a failed shipment outranks the rest, since that is what needs the shopper.
 */
/** Why an order was cancelled (Shopify's cancelReason), in terms a reply can explain. */
export type CancelReason = "customer" | "declined" | "fraud" | "inventory" | "staff" | "other";

export type OrderStatus =
  | { kind: "cancelled"; at: string; reason: CancelReason | null; refund: Order["refund"] }
  | { kind: "on_hold"; hold: Hold }
  /** Nothing has shipped; `packing` when the warehouse has started on it. */
  | { kind: "unfulfilled"; packing: boolean }
  /** Some items shipped; the rest wait (held, with a reason, or simply not yet), possibly with a date. */
  | { kind: "partially_shipped"; hold: Hold | null; expectedShipBy: string | null }
  | { kind: "shipped"; shipment: ShipmentStatus };

export type ReturnState = "none" | "requested" | "in_progress" | "returned";

export type Order = {
  id: string;
  name: string;
  email: string | null;
  customerId: string | null;
  placedAt: string;
  total: MoneyV2;
  /** Awaiting payment (e.g. a bank transfer still clearing). */
  paymentPending: boolean;
  /** What happened to the money: refunded in part or in full, or an authorization released before it was charged. */
  refund: "none" | "partial" | "full" | "voided";
  status: OrderStatus;
  items: OrderItem[];
  shipments: Shipment[];
  returns: ReturnState;
  statusPageUrl: string;
  shippingAddress: OrderDetails["shippingAddress"];
};

const SHIPMENT_STATUSES: Record<string, ShipmentStatus> = {
  LABEL_PRINTED: "label_created",
  LABEL_PURCHASED: "label_created",
  LABEL_VOIDED: "cancelled",
  SUBMITTED: "label_created",
  CONFIRMED: "shipped",
  FULFILLED: "shipped",
  MARKED_AS_FULFILLED: "shipped",
  SUCCESS: "shipped",
  CARRIER_PICKED_UP: "in_transit",
  IN_TRANSIT: "in_transit",
  DELAYED: "delayed",
  OUT_FOR_DELIVERY: "out_for_delivery",
  ATTEMPTED_DELIVERY: "attempted",
  DELIVERED: "delivered",
  FAILURE: "failed",
  NOT_DELIVERED: "failed",
  READY_FOR_PICKUP: "ready_for_pickup",
  PICKED_UP: "picked_up",
  CANCELED: "cancelled",
  CANCELLED: "cancelled",
};

/** How far along a shipment is; the order shows its least advanced one. */
const PROGRESS: Record<ShipmentStatus, number> = {
  failed: -1,
  attempted: 0,
  label_created: 1,
  shipped: 2,
  in_transit: 3,
  delayed: 3,
  ready_for_pickup: 4,
  out_for_delivery: 5,
  picked_up: 6,
  delivered: 6,
  cancelled: 99,
};

const HOLD_REASONS: Record<FulfillmentHoldReason, HoldReason> = {
  AWAITING_PAYMENT: "payment",
  INCORRECT_ADDRESS: "address",
  HIGH_RISK_OF_FRAUD: "fraud_review",
  INVENTORY_OUT_OF_STOCK: "out_of_stock",
  UNKNOWN_DELIVERY_DATE: "delivery_date",
  AWAITING_RETURN_ITEMS: "awaiting_return",
  ONLINE_STORE_POST_PURCHASE_CROSS_SELL: "other",
  OTHER: "other",
};

const RETURN_STATES: Record<OrderDetails["returnStatus"], ReturnState> = {
  NO_RETURN: "none",
  RETURN_REQUESTED: "requested",
  IN_PROGRESS: "in_progress",
  INSPECTION_COMPLETE: "in_progress",
  RETURN_FAILED: "in_progress",
  RETURNED: "returned",
};

/** Our status for a Shopify fulfillment state, or null for one we do not know. */
export const shopifyShipmentStatus = (status: string): ShipmentStatus | null => SHIPMENT_STATUSES[status.toUpperCase()] ?? null;

// A fulfillment state Shopify adds later still means the parcel left: "shipped" claims nothing more.
const shipmentStatusOf = (displayStatus: string | null, status: string): ShipmentStatus => shopifyShipmentStatus(displayStatus ?? status) ?? "shipped";

function shipmentFrom(fulfillment: OrderDetails["fulfillments"][number]): Shipment {
  const tracking = fulfillment.trackingInfo[0];
  return {
    id: fulfillment.id,
    status: shipmentStatusOf(fulfillment.displayStatus, fulfillment.status),
    shopifyStatus: fulfillment.displayStatus ?? fulfillment.status,
    carrier: tracking?.company ?? null,
    trackingNumber: tracking?.number ?? null,
    trackingUrl: tracking?.url ?? null,
    shippedAt: fulfillment.createdAt,
    estimatedDeliveryAt: fulfillment.estimatedDeliveryAt,
    deliveredAt: fulfillment.deliveredAt,
    items: fulfillment.fulfillmentLineItems.nodes.map((node) => ({ lineItemId: node.lineItem.id, quantity: node.quantity })),
  };
}

/** The first hold on the order's unshipped work, if the store holds it. */
function holdOf(details: OrderDetails): Hold | null {
  const held = details.fulfillmentOrders.nodes.find((fo) => fo.status === "ON_HOLD");
  const hold = held?.fulfillmentHolds[0];
  if (hold) return { reason: HOLD_REASONS[hold.reason] ?? "other", notes: hold.reasonNotes };
  // Held without a recorded reason (older orders, or a hold placed outside the fulfillment order API).
  return held || details.displayFulfillmentStatus === "ON_HOLD" ? { reason: "other", notes: null } : null;
}

const CANCEL_REASONS: Record<string, CancelReason> = { CUSTOMER: "customer", DECLINED: "declined", FRAUD: "fraud", INVENTORY: "inventory", STAFF: "staff", OTHER: "other" };

function statusOf(details: OrderDetails, shipments: Shipment[], hold: Hold | null, refund: Order["refund"]): OrderStatus {
  if (details.cancelledAt) return { kind: "cancelled", at: details.cancelledAt, reason: details.cancelReason ? (CANCEL_REASONS[details.cancelReason] ?? "other") : null, refund };
  const live = shipments.filter((s) => s.status !== "cancelled");
  const unshipped = details.lineItems.nodes.some((line) => line.unfulfilledQuantity > 0);
  if (live.length === 0) return hold ? { kind: "on_hold", hold } : { kind: "unfulfilled", packing: details.displayFulfillmentStatus === "IN_PROGRESS" };
  if (unshipped) {
    const expectedShipBy = details.fulfillmentOrders.nodes.find((fo) => fo.status !== "CLOSED" && fo.status !== "CANCELLED")?.fulfillBy ?? null;
    return { kind: "partially_shipped", hold, expectedShipBy };
  }
  const [least] = [...live].sort((a, b) => PROGRESS[a.status] - PROGRESS[b.status]);
  return { kind: "shipped", shipment: least!.status };
}

export function orderFrom(details: OrderDetails): Order {
  const shipments = [...details.fulfillments].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(shipmentFrom);
  const financial = details.displayFinancialStatus ?? "";
  const refund = financial === "REFUNDED" ? "full" : financial === "VOIDED" ? "voided" : financial === "PARTIALLY_REFUNDED" ? "partial" : "none";
  const hold = details.cancelledAt ? null : holdOf(details);
  const shipmentOf = (lineItemId: string) => shipments.findLast((s) => s.status !== "cancelled" && s.items.some((i) => i.lineItemId === lineItemId)) ?? null;
  return {
    id: details.id,
    name: details.name,
    email: details.email,
    customerId: details.customer?.id ?? null,
    placedAt: details.processedAt,
    total: details.totalPriceSet.shopMoney,
    paymentPending: financial === "PENDING" || financial === "AUTHORIZED",
    refund,
    status: statusOf(details, shipments, hold, refund),
    items: details.lineItems.nodes.map((line) => ({
      lineItemId: line.id,
      title: line.title,
      variantTitle: line.variantTitle,
      quantity: line.quantity,
      unshippedQuantity: details.cancelledAt ? 0 : line.unfulfilledQuantity,
      imageUrl: line.image?.url ?? null,
      unitPrice: line.originalUnitPriceSet.shopMoney,
      shipment: shipmentOf(line.id),
    })),
    shipments,
    returns: RETURN_STATES[details.returnStatus] ?? "none",
    statusPageUrl: details.statusPageUrl,
    shippingAddress: details.shippingAddress,
  };
}

/**
 * Nothing has shipped, packing has not started and the order stands: the window in which its address can change and
 * it can be cancelled. An order being packed is past it, whatever Shopify would still accept.
 */
export const isChangeable = (order: Order) => order.status.kind === "on_hold" || (order.status.kind === "unfulfilled" && !order.status.packing);

/** Still on its way to the shopper: anything not delivered, picked up or cancelled. */
export function isInFlight(order: Order): boolean {
  const { status } = order;
  if (status.kind === "cancelled") return false;
  if (status.kind === "shipped") return !["delivered", "picked_up"].includes(status.shipment);
  return true;
}

/** The shipment the shopper most likely asks about: the least advanced one still moving, else the latest. */
export function currentShipment(order: Order): Shipment | null {
  const live = order.shipments.filter((s) => s.status !== "cancelled");
  const moving = live.filter((s) => s.status !== "delivered" && s.status !== "picked_up").sort((a, b) => PROGRESS[a.status] - PROGRESS[b.status]);
  return moving[0] ?? live.at(-1) ?? null;
}

/** When the item reached the shopper, if it did. */
export const deliveredAt = (item: OrderItem): string | null => (item.shipment?.status === "delivered" ? item.shipment.deliveredAt : null);

/** "Firefly 20° Down Sleeping Bag — Long". */
export const itemLabel = (item: Pick<OrderItem, "title" | "variantTitle">) => (item.variantTitle ? `${item.title} — ${item.variantTitle}` : item.title);
