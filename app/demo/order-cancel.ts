import { randomUUID } from "node:crypto";
import { gid } from "./gid";
import type { Order } from "./model";
import { lookupNode, type DemoContext } from "./resolvers";
import { isoTime } from "./seed/time";

type OrderCancelArgs = { orderId: string; reason: NonNullable<Order["cancelReason"]>; restock: boolean };
type OrderCancelUserError = { field: string[]; message: string; code: "INVALID" | "NOT_FOUND" };

/** What cancelling does to an order: closed, and what was paid refunded (or the authorisation voided). */
export function markCancelled(order: Order, at: string, reason: NonNullable<Order["cancelReason"]>): void {
  order.cancelledAt = at;
  order.cancelReason = reason;
  order.closed = true;
  order.closedAt = at;
  order.updatedAt = at;
  order.displayFinancialStatus = order.unpaid ? "VOIDED" : "REFUNDED";
  order.totalRefundedSet = order.totalReceivedSet;
}

function refused(error: OrderCancelUserError) {
  // The deprecated userErrors lists the same problems without codes.
  return { job: null, orderCancelUserErrors: [error], userErrors: [{ field: error.field, message: error.message }] };
}

/**
 * Shopify's orderCancel for the demo: refuses cancelled orders and orders with fulfillments; otherwise cancels at
 * once (Shopify runs a job; the demo's is already done), refunds or voids the payment and restocks on request.
 */
export function orderCancel(args: OrderCancelArgs, context: DemoContext) {
  const order = lookupNode(context, args.orderId, "Order") as Order | null;
  if (!order) return refused({ field: ["orderId"], message: "Order does not exist", code: "NOT_FOUND" });
  if (order.cancelledAt) return refused({ field: ["orderId"], message: "Order has already been cancelled", code: "INVALID" });
  if (order.fulfillments.some((f) => f.status === "SUCCESS")) {
    return refused({ field: ["orderId"], message: "Cannot cancel an order with fulfillments. Cancel its fulfillments first.", code: "INVALID" });
  }
  markCancelled(order, isoTime(context.now()), args.reason);
  if (args.restock) for (const item of order.lineItems) item.variant.inventoryQuantity += item.quantity;
  return { job: { __typename: "Job", id: gid("Job", randomUUID()), done: true }, orderCancelUserErrors: [], userErrors: [] };
}
