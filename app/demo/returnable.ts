import { gid, gidNumber } from "./gid";
import type { Fulfillment, Order } from "./model";

const RETURNABLE_DISPLAY: ReadonlySet<Fulfillment["displayStatus"]> = new Set(["DELIVERED", "FULFILLED"]);

/**
 * What of an order can still be returned, per fulfillment: delivered (or fulfilled without tracking) items of a
 * live order, less what completed returns took back. An order with a return still open offers nothing until
 * that return is done.
 */
export function returnableFulfillments(order: Order) {
  if (order.cancelledAt || order.returns.some((r) => r.status === "REQUESTED" || r.status === "OPEN")) return [];
  const returned = new Map<object, number>();
  for (const item of order.returns.filter((r) => r.status === "CLOSED").flatMap((r) => r.returnLineItems)) {
    returned.set(item.fulfillmentLineItem, (returned.get(item.fulfillmentLineItem) ?? 0) + item.quantity);
  }
  return order.fulfillments
    .filter((fulfillment) => fulfillment.status === "SUCCESS" && RETURNABLE_DISPLAY.has(fulfillment.displayStatus))
    .map((fulfillment) => ({
      __typename: "ReturnableFulfillment",
      id: gid("ReturnableFulfillment", gidNumber(fulfillment.id)!),
      fulfillment,
      returnableFulfillmentLineItems: fulfillment.fulfillmentLineItems
        .map((fulfillmentLineItem) => ({
          __typename: "ReturnableFulfillmentLineItem",
          fulfillmentLineItem,
          quantity: fulfillmentLineItem.quantity - (returned.get(fulfillmentLineItem) ?? 0),
        }))
        .filter((item) => item.quantity > 0),
    }))
    .filter((returnable) => returnable.returnableFulfillmentLineItems.length > 0);
}
