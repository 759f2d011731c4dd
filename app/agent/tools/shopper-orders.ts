import type { Order } from "../../models/order";
import type { ConversationState } from "../conversation-state";
import { emailIn } from "../extractors/email";
import { itemsMentioned } from "../extractors/item-mention";
import { orderNumberIn } from "../extractors/order-number";
import { stateMentioned } from "../extractors/order-state-mention";
import { orderTimeIn, refersToOther, type OrderTime } from "../extractors/order-time";
import type { SkillContext } from "../types";

/** Every order skill waits on a guest's order number and email: either one, in any words around it. */
export const ORDER_IDENTITY_SLOT = { order_identity: (text: string) => orderNumberIn(text) !== null || emailIn(text) !== null };

/** Guests get five wrong order/email pairs per 15 minutes, per conversation and per client; then verification pauses. */
export const VERIFICATION_LIMIT = 5;
export const VERIFICATION_WINDOW_MS = 15 * 60 * 1000;

/** How many of a customer's recent orders an item or a date is looked for in (a page stays under Shopify's cost limit). */
const RECENT_ORDERS = 8;
/** At most this many orders are offered to choose from. */
const MAX_CHOICES = 4;

export type OrderLookup =
  | { kind: "found"; order: Order }
  /** Several orders fit: the shopper is asked which, never answered about one of them at random. */
  | { kind: "ambiguous"; candidates: Order[] }
  /** No such order for this shopper — deliberately the same whether the order exists for someone else or not. */
  | { kind: "not_found"; orderNumber: string | null }
  | { kind: "no_orders" }
  | { kind: "needs_identity" }
  | { kind: "verification_failed" }
  | { kind: "verification_locked" };

export type OrderLookupResult = OrderLookup & { remember?: Partial<ConversationState> };

/**
 * Which orders a request could mean when it names none — a skill's own: returns look at delivered orders, editing at
 * unshipped ones. One fitting order is the answer; several are asked about.
 */
export type OrderScope = (order: Order) => boolean;

/**
 * Finds the order the shopper means and proves it is theirs (design.md §5): a logged-in customer sees only orders
 * of their own customer record; a guest sees an order only after giving its number with the email it was placed
 * with. Nothing a message claims about identity counts. The order is the one the message names (number, item, time),
 * else the one the conversation is about, else the one order the skill's scope leaves; otherwise the shopper is asked.
 */
export async function lookupShopperOrder(ctx: SkillContext, scope: OrderScope = () => true): Promise<OrderLookupResult> {
  const { tools, identity, state } = ctx;
  const orderNumber = orderNumberIn(ctx.message);
  if (!identity.customerId) return lookupGuestOrder(ctx, orderNumber);

  const owned = (order: Order | null) => (order && order.customerId === identity.customerId ? order : null);
  const byNumber = async (number: string): Promise<OrderLookupResult> => {
    const order = owned(await tools.shopify.findOrderByNumber(number));
    return order ? found(order) : { kind: "not_found", orderNumber: number };
  };
  if (orderNumber) return byNumber(orderNumber);
  const orders = await tools.shopify.recentOrders(identity.customerId, RECENT_ORDERS);
  if (orders.length === 0) return { kind: "no_orders" };

  if (refersToOther(ctx.message) && state.orderOptions.length > 1) {
    const others = orders.filter((order) => state.orderOptions.includes(order.id) && order.id !== state.focusOrderId);
    if (others.length > 0) return pick(ctx, others);
  }
  const named = ordersNamed(ctx.message, orders, ctx.now);
  if (named) return pick(ctx, named.filter(scope).length > 0 ? named.filter(scope) : named);
  const focused = state.focusOrderId ? orders.find((order) => order.id === state.focusOrderId) ?? owned(await tools.shopify.order(state.focusOrderId)) : null;
  if (focused) return found(focused);
  // "Can I return it?" right after a message that named the order but was answered with a question, not by a skill.
  for (const earlier of ctx.history.filter((turn) => turn.role === "shopper").slice(-2).reverse()) {
    const number = orderNumberIn(earlier.text);
    if (number) return byNumber(number);
    const namedEarlier = ordersNamed(earlier.text, orders, ctx.now);
    if (namedEarlier) return pick(ctx, namedEarlier);
  }
  if (orders.length === 1) return found(orders[0]!);
  const inScope = orders.filter(scope);
  // Nothing fits the request: the latest order, whose state the skill then explains ("it hasn't shipped yet").
  return inScope.length > 0 ? pick(ctx, inScope) : found(orders[0]!);
}

/**
 * The orders a message names by an item in them, by the state it says they are in, or by when they were placed; null
 * when it names none that way. The item must match; the state and the time narrow further unless nothing would be left.
 */
function ordersNamed(message: string, orders: Order[], now: Date): Order[] | null {
  const time = orderTimeIn(message, now);
  const inState = stateMentioned(message);
  // The best-named items decide: "the blue bottle" over any bottle.
  const items = itemsMentioned(message, orders.flatMap((order) => order.items));
  if (!time && !inState && items.length === 0) return null;
  let named = items.length > 0 ? orders.filter((order) => order.items.some((item) => items.includes(item))) : orders;
  const narrow = (left: Order[]) => {
    if (left.length > 0) named = left;
  };
  if (inState) narrow(named.filter(inState));
  if (time) narrow(placedAt(named, time));
  return named.length < orders.length || orders.length === 1 ? named : null;
}

/** Orders placed when the message says, newest first as the list is. */
function placedAt(orders: Order[], time: OrderTime): Order[] {
  switch (time.kind) {
    case "latest":
      return orders.slice(0, 1);
    case "previous":
      return orders.slice(1, 2);
    case "first":
      return orders.slice(-1);
    case "between":
      return orders.filter((order) => {
        const placed = Date.parse(order.placedAt);
        return placed >= time.from.getTime() && placed < time.to.getTime();
      });
  }
}

/** The one order that fits, or the question which (callers pass at least one candidate). */
function pick(ctx: SkillContext, candidates: Order[]): OrderLookupResult {
  if (candidates.length === 1) return found(candidates[0]!);
  const offered = candidates.slice(0, MAX_CHOICES);
  return {
    kind: "ambiguous",
    candidates: offered,
    remember: {
      orderOptions: offered.map((order) => order.id),
      choosingOrder: {
        skill: ctx.skillId,
        message: ctx.message,
        options: offered.map((order) => ({ id: order.id, name: order.name, items: order.items.map((item) => item.title) })),
      },
    },
  };
}

/** Guest: an order number with the order's email, in either order, in one message or over the last few. */
async function lookupGuestOrder(ctx: SkillContext, orderNumber: string | null): Promise<OrderLookupResult> {
  const { tools, state } = ctx;
  const recentShopperText = [ctx.message, ...ctx.history.filter((t) => t.role === "shopper").slice(-3).map((t) => t.text).reverse()];
  const email = recentShopperText.map(emailIn).find(Boolean) ?? null;
  const number = orderNumber ?? recentShopperText.map(orderNumberIn).find(Boolean) ?? null;
  if (number && email && (orderNumber || emailIn(ctx.message))) {
    const since = ctx.now.getTime() - VERIFICATION_WINDOW_MS;
    const recentFailures = state.failedVerifications.filter((at) => Date.parse(at) > since);
    const clientFailures = ctx.guestVerification?.recentFailures() ?? 0;
    if (Math.max(recentFailures.length, clientFailures) >= VERIFICATION_LIMIT) return { kind: "verification_locked" };
    const order = await tools.shopify.findOrderByNumber(number);
    if (order && order.email?.toLowerCase() === email) {
      // Proven: the order number and email stop being awaited.
      const answered = state.collecting?.kind === "order_identity" ? { collecting: null } : {};
      return { kind: "found", order, remember: { focusOrderId: order.id, verifiedOrderIds: [...new Set([...state.verifiedOrderIds, order.id])], ...answered } };
    }
    ctx.guestVerification?.recordFailure();
    return {
      kind: "verification_failed",
      remember: { failedVerifications: [...recentFailures, ctx.now.toISOString()], collecting: identitySlot(ctx) },
    };
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
  // The order number and email are the detail the skill waits for: the next message carrying either comes back to it.
  return { kind: "needs_identity", remember: { collecting: identitySlot(ctx) } };
}

/** The guest's order number and email as the slot the skill waits on, with the request they will answer. */
function identitySlot(ctx: SkillContext): NonNullable<ConversationState["collecting"]> {
  const waiting = ctx.state.collecting?.kind === "order_identity" ? ctx.state.collecting.request : undefined;
  return { skill: ctx.skillId, kind: "order_identity", targetId: "", request: waiting ?? ctx.message };
}

function found(order: Order): OrderLookupResult {
  return { kind: "found", order, remember: { focusOrderId: order.id, choosingOrder: null } };
}
