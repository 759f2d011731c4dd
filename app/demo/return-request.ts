import type { FulfillmentLineItem, Order, Return, ReturnLineItem, ReturnReason } from "./model";
import { lookupNode, nextNodeId, notModelled, registerNode, type DemoContext } from "./resolvers";
import { returnableFulfillments } from "./returnable";
import { isoTime } from "./seed/time";

type ReturnRequestLineItemInput = {
  fulfillmentLineItemId: string;
  quantity: number;
  returnReason?: ReturnReason | null;
  returnReasonDefinitionId?: string | null;
  customerNote?: string | null;
  restockingFee?: unknown;
};
type ReturnRequestArgs = { input: { orderId: string; returnLineItems: ReturnRequestLineItemInput[]; returnShippingFee?: unknown } };
type ReturnUserError = { field: string[]; message: string; code: "BLANK" | "GREATER_THAN" | "LESS_THAN_OR_EQUAL_TO" | "NOT_FOUND" };

const refused = (userErrors: ReturnUserError[]) => ({ return: null, userErrors });

/**
 * Shopify's returnRequest for the demo: every item must be in what returnableFulfillments offers (delivered, not
 * already returned, no other return open), in at most that quantity; then the order gets a Return with status
 * REQUESTED, which offers nothing more to return until the merchant closes it.
 */
export function returnRequest({ input }: ReturnRequestArgs, context: DemoContext) {
  const order = lookupNode(context, input.orderId, "Order") as Order | null;
  if (!order) return refused([{ field: ["input", "orderId"], message: "Order does not exist", code: "NOT_FOUND" }]);
  if (input.returnShippingFee) notModelled("return shipping fees");
  if (input.returnLineItems.length === 0) {
    return refused([{ field: ["input", "returnLineItems"], message: "Return line items can't be blank", code: "BLANK" }]);
  }

  const returnable = new Map<string, number>();
  for (const item of returnableFulfillments(order).flatMap((f) => f.returnableFulfillmentLineItems)) {
    returnable.set(item.fulfillmentLineItem.id, item.quantity);
  }
  const orderItems = new Map<string, FulfillmentLineItem>(order.fulfillments.flatMap((f) => f.fulfillmentLineItems).map((item) => [item.id, item]));
  const requested = new Map<string, number>();
  const errors: ReturnUserError[] = [];
  input.returnLineItems.forEach((item, index) => {
    const field = (name: string) => ["input", "returnLineItems", String(index), name];
    if (item.restockingFee) notModelled("restocking fees");
    if (item.returnReasonDefinitionId) notModelled("return reason definitions");
    if (item.quantity < 1) {
      errors.push({ field: field("quantity"), message: "Quantity must be greater than 0", code: "GREATER_THAN" });
      return;
    }
    if (!orderItems.has(item.fulfillmentLineItemId)) {
      errors.push({ field: field("fulfillmentLineItemId"), message: "Fulfillment line item does not exist", code: "NOT_FOUND" });
      return;
    }
    // The same item named twice counts together.
    const total = (requested.get(item.fulfillmentLineItemId) ?? 0) + item.quantity;
    requested.set(item.fulfillmentLineItemId, total);
    const available = returnable.get(item.fulfillmentLineItemId) ?? 0;
    if (total > available) {
      errors.push({ field: field("quantity"), message: `Quantity must be less than or equal to the returnable quantity (${available})`, code: "LESS_THAN_OR_EQUAL_TO" });
    }
  });
  if (errors.length > 0) return refused(errors);

  const now = isoTime(context.now());
  const created: Return = {
    __typename: "Return",
    id: nextNodeId(context, "Return", 9001),
    name: `${order.name}-R${order.returns.length + 1}`,
    status: "REQUESTED",
    createdAt: now,
    closedAt: null,
    order,
    returnLineItems: [],
    get totalQuantity() {
      return this.returnLineItems.reduce((sum, item) => sum + item.quantity, 0);
    },
  };
  registerNode(context, created);
  for (const item of input.returnLineItems) {
    const lineItem: ReturnLineItem = {
      __typename: "ReturnLineItem",
      id: nextNodeId(context, "ReturnLineItem", 19001),
      fulfillmentLineItem: orderItems.get(item.fulfillmentLineItemId)!,
      quantity: item.quantity,
      returnReason: item.returnReason ?? "UNKNOWN",
      returnReasonNote: "",
      customerNote: item.customerNote ?? null,
    };
    registerNode(context, lineItem);
    created.returnLineItems.push(lineItem);
  }
  order.returns.push(created);
  order.updatedAt = now;
  return { return: created, userErrors: [] };
}
