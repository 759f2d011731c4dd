import type { OrderDetails } from "../../shopify/operations/order-fields";
import type { ConversationState } from "../conversation-state";
import { EMAIL } from "../text-patterns";
import type { SkillContext } from "../types";

/** "#1001", "order 1001", "1001번", "주문번호 1001": the demo's and most shops' order numbers are 4–6 digits. */
const ORDER_NUMBER = /(?:#\s*|\b)(\d{4,6})(?!\d)/;

export const orderNumberIn = (text: string): string | null => ORDER_NUMBER.exec(text)?.[1] ?? null;
export const emailIn = (text: string): string | null => EMAIL.exec(text)?.[0]?.toLowerCase() ?? null;

/** Guests get five wrong order/email pairs per 15 minutes, per conversation and per client; then verification pauses. */
export const VERIFICATION_LIMIT = 5;
export const VERIFICATION_WINDOW_MS = 15 * 60 * 1000;

export type OrderLookup =
  | { kind: "found"; order: OrderDetails }
  /** No such order for this shopper — deliberately the same whether the order exists for someone else or not. */
  | { kind: "not_found"; orderNumber: string | null }
  | { kind: "no_orders" }
  | { kind: "needs_identity" }
  | { kind: "verification_failed" }
  | { kind: "verification_locked" };

export type OrderLookupResult = OrderLookup & { remember?: Partial<ConversationState> };

/**
 * Finds the order the shopper means and proves it is theirs (design.md §5): a logged-in customer sees only orders
 * of their own customer record; a guest sees an order only after giving its number with the email it was placed
 * with. Nothing a message claims about identity counts.
 */
export async function lookupShopperOrder(ctx: SkillContext): Promise<OrderLookupResult> {
  const { tools, identity, state } = ctx;
  const recentShopperText = [ctx.message, ...ctx.history.filter((t) => t.role === "shopper").slice(-3).map((t) => t.text).reverse()];
  const orderNumber = orderNumberIn(ctx.message);

  if (identity.customerId) {
    const owned = (order: OrderDetails | null) => (order && order.customer?.id === identity.customerId ? order : null);
    if (orderNumber) {
      const order = owned(await tools.shopify.findOrderByNumber(orderNumber));
      return order ? found(order) : { kind: "not_found", orderNumber };
    }
    if (state.focusOrderId) {
      const order = owned(await tools.shopify.order(state.focusOrderId));
      if (order) return found(order);
    }
    const [latest] = await tools.shopify.recentOrders(identity.customerId, 1);
    return latest ? found(latest) : { kind: "no_orders" };
  }

  // Guest: an order number with the order's email, possibly split over the last few messages.
  const email = recentShopperText.map(emailIn).find(Boolean) ?? null;
  const number = orderNumber ?? recentShopperText.map(orderNumberIn).find(Boolean) ?? null;
  if (number && email && (orderNumber || emailIn(ctx.message))) {
    const since = ctx.now.getTime() - VERIFICATION_WINDOW_MS;
    const recentFailures = state.failedVerifications.filter((at) => Date.parse(at) > since);
    const clientFailures = ctx.guestVerification?.recentFailures() ?? 0;
    if (Math.max(recentFailures.length, clientFailures) >= VERIFICATION_LIMIT) return { kind: "verification_locked" };
    const order = await tools.shopify.findOrderByNumber(number);
    if (order && order.email?.toLowerCase() === email) {
      return {
        kind: "found",
        order,
        remember: { focusOrderId: order.id, verifiedOrderIds: [...new Set([...state.verifiedOrderIds, order.id])] },
      };
    }
    ctx.guestVerification?.recordFailure();
    return { kind: "verification_failed", remember: { failedVerifications: [...recentFailures, ctx.now.toISOString()] } };
  }
  const verifiedId = state.focusOrderId && state.verifiedOrderIds.includes(state.focusOrderId) ? state.focusOrderId : null;
  if (verifiedId && !orderNumber) {
    const order = await tools.shopify.order(verifiedId);
    if (order) return found(order);
  }
  if (orderNumber) {
    const order = await tools.shopify.findOrderByNumber(orderNumber);
    if (order && state.verifiedOrderIds.includes(order.id)) return found(order);
  }
  return { kind: "needs_identity" };
}

function found(order: OrderDetails): OrderLookupResult {
  return { kind: "found", order, remember: { focusOrderId: order.id } };
}
