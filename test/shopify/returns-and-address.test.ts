import { beforeEach, describe, expect, it } from "vitest";
import { shopifyTools } from "../../app/agent/tools/shopify";
import type { DemoStore } from "../../app/demo/admin-api";
import type { AdminClient } from "../../app/shopify/admin-client";
import { AdminUserErrors } from "../../app/shopify/errors";
import { ORDER } from "../../app/shopify/operations/order";
import { ORDER_RETURNS } from "../../app/shopify/operations/order-returns";
import { ORDER_UPDATE_SHIPPING_ADDRESS, type MailingAddressInput } from "../../app/shopify/operations/order-update-shipping-address";
import { RETURN_REQUEST, type ReturnRequestLineItemInput } from "../../app/shopify/operations/return-request";
import { RETURNABLE_FULFILLMENTS } from "../../app/shopify/operations/returnable-fulfillments";
import { openDemoStore } from "../support/demo-admin";

const NOW = new Date("2026-06-15T17:00:00Z");

let store: DemoStore;
let client: AdminClient;
beforeEach(() => {
  ({ store, client } = openDemoStore(NOW));
});

const orderNamed = (name: string) => {
  const order = store.data.orders.find((o) => o.name === name);
  if (!order) throw new Error(`no order ${name}`);
  return order;
};

const requestReturn = (orderId: string, returnLineItems: ReturnRequestLineItemInput[]) =>
  client.mutate(RETURN_REQUEST, { input: { orderId, returnLineItems } }, (data) => data.returnRequest);

const userErrorsOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AdminUserErrors);
  return (error as AdminUserErrors).userErrors;
};

async function returnableOf(orderId: string) {
  const { returnableFulfillments } = await client.request(RETURNABLE_FULFILLMENTS, { orderId });
  return returnableFulfillments.nodes.flatMap((node) => node.returnableFulfillmentLineItems.nodes);
}

describe("demo store: returnRequest", () => {
  it("opens a REQUESTED return, after which the order offers nothing more to return", async () => {
    const order = orderNamed("#1019");
    const [hammock] = await returnableOf(order.id);
    expect(hammock!.fulfillmentLineItem.lineItem).toMatchObject({ title: "Ultralight Hammock", variantTitle: "Moss" });
    expect(hammock!.fulfillmentLineItem.lineItem.variant?.id).toMatch(/^gid:\/\/shopify\/ProductVariant\//);
    expect(hammock!.fulfillmentLineItem.lineItem.product?.id).toMatch(/^gid:\/\/shopify\/Product\//);

    const payload = await requestReturn(order.id, [
      { fulfillmentLineItemId: hammock!.fulfillmentLineItem.id, quantity: 1, returnReason: "COLOR", customerNote: "Prefer the orange one" },
    ]);
    expect(payload.return).toMatchObject({ name: "#1019-R1", status: "REQUESTED", totalQuantity: 1 });
    expect(await returnableOf(order.id)).toEqual([]);

    const { order: withReturns } = await client.request(ORDER_RETURNS, { id: order.id });
    expect(withReturns!.returns.nodes).toEqual([
      expect.objectContaining({
        id: payload.return!.id,
        status: "REQUESTED",
        returnLineItems: { nodes: [{ quantity: 1, customerNote: "Prefer the orange one", fulfillmentLineItem: { lineItem: { title: "Ultralight Hammock", variantTitle: "Moss" } } }] },
      }),
    ]);
    // A second request while this one is open is refused: nothing is returnable until the merchant closes it.
    const errors = await userErrorsOf(requestReturn(order.id, [{ fulfillmentLineItemId: hammock!.fulfillmentLineItem.id, quantity: 1, returnReason: "COLOR" }]));
    expect(errors[0]).toMatchObject({ code: "LESS_THAN_OR_EQUAL_TO", field: ["input", "returnLineItems", "0", "quantity"] });
  });

  it("refuses more than was delivered, another order's item and a zero quantity, and changes nothing", async () => {
    const order = orderNamed("#1019");
    const [first, second] = await returnableOf(order.id);
    const otherOrdersItem = orderNamed("#1016").fulfillments[0]!.fulfillmentLineItems[0]!;
    const errors = await userErrorsOf(
      requestReturn(order.id, [
        { fulfillmentLineItemId: first!.fulfillmentLineItem.id, quantity: 2, returnReason: "UNWANTED" },
        { fulfillmentLineItemId: otherOrdersItem.id, quantity: 1, returnReason: "UNWANTED" },
        { fulfillmentLineItemId: second!.fulfillmentLineItem.id, quantity: 0, returnReason: "UNWANTED" },
      ]),
    );
    expect(errors.map((e) => e.code)).toEqual(["LESS_THAN_OR_EQUAL_TO", "NOT_FOUND", "GREATER_THAN"]);
    expect(errors[0]?.message).toMatch(/returnable quantity \(1\)/);
    expect(orderNamed("#1019").returns).toEqual([]);
    expect(await returnableOf(order.id)).toHaveLength(2);
  });

  it("reports an unknown order as NOT_FOUND", async () => {
    const errors = await userErrorsOf(requestReturn("gid://shopify/Order/1", [{ fulfillmentLineItemId: "gid://shopify/FulfillmentLineItem/1", quantity: 1, returnReason: "OTHER" }]));
    expect(errors[0]).toMatchObject({ code: "NOT_FOUND", field: ["input", "orderId"] });
  });

  it("lists an order's earlier returns newest first", async () => {
    const { order } = await client.request(ORDER_RETURNS, { id: orderNamed("#1018").id });
    expect(order!.returns.nodes.map((r) => [r.name, r.status, r.totalQuantity])).toEqual([["#1018-R1", "REQUESTED", 2]]);
  });
});

describe("agent tools: returns", () => {
  it("gives each returnable item the ids a return needs, keeping title and quantity", async () => {
    const items = await shopifyTools(client).returnableItems(orderNamed("#1013").id);
    expect(items).toEqual([
      expect.objectContaining({ title: "Long-Sleeve Sun Hoodie", variantTitle: "Sky / S", quantity: 1, fulfillmentLineItemId: expect.stringMatching(/FulfillmentLineItem/) }),
      expect.objectContaining({ title: "Sun Trekker Cap", quantity: 1 }),
    ]);
  });

  it("asks for an exchange for another size of the same product in the customer note", async () => {
    const tools = shopifyTools(client);
    const order = orderNamed("#1013");
    const [hoodie] = await tools.returnableItems(order.id);
    const medium = (await tools.exchangeVariants(hoodie!.productId!)).find((variant) => variant.title === "Sky / M");
    expect(medium).toBeDefined();
    const requested = await tools.requestReturn(order.id, [
      { fulfillmentLineItemId: hoodie!.fulfillmentLineItemId, quantity: 1, reason: "SIZE_TOO_SMALL", exchangeVariantId: medium!.id, note: "Runs small" },
    ]);
    expect(requested).toMatchObject({ status: "REQUESTED", totalQuantity: 1 });
    const [summary] = await tools.orderReturns(order.id);
    expect(summary).toMatchObject({ name: requested.name, status: "REQUESTED", items: [{ title: "Long-Sleeve Sun Hoodie", variantTitle: "Sky / S", quantity: 1 }] });
    expect(orderNamed("#1013").returns[0]!.returnLineItems[0]).toMatchObject({
      returnReason: "SIZE_TOO_SMALL",
      customerNote: "Exchange for Long-Sleeve Sun Hoodie – Sky / M. Runs small",
    });
  });

  it("refuses an exchange for a variant of another product before asking Shopify", async () => {
    const tools = shopifyTools(client);
    const order = orderNamed("#1013");
    const [hoodie] = await tools.returnableItems(order.id);
    const capVariant = orderNamed("#1013").lineItems[1]!.variant.id;
    await expect(
      tools.requestReturn(order.id, [{ fulfillmentLineItemId: hoodie!.fulfillmentLineItemId, quantity: 1, reason: "STYLE", exchangeVariantId: capVariant }]),
    ).rejects.toThrow(/not another variant of the same product/);
    expect(orderNamed("#1013").returns).toEqual([]);
  });
});

describe("demo store: orderUpdate shipping address", () => {
  const newAddress: MailingAddressInput = { address1: "500 Pine St", address2: "Apt 2", city: "Seattle", provinceCode: "WA", zip: "98101", countryCode: "US" };
  const update = (id: string, shippingAddress: MailingAddressInput) =>
    client.mutate(ORDER_UPDATE_SHIPPING_ADDRESS, { input: { id, shippingAddress } }, (data) => data.orderUpdate);

  it("moves an unfulfilled order to the new address and leaves the customer's address book alone", async () => {
    const order = orderNamed("#1035");
    const before = order.customer.defaultAddress;
    const payload = await update(order.id, { firstName: "Noah", lastName: "Williams", ...newAddress });
    expect(payload.order?.shippingAddress).toMatchObject({ address1: "500 Pine St", city: "Seattle", zip: "98101", countryCodeV2: "US" });
    const reread = (await client.request(ORDER, { id: order.id })).order!;
    expect(reread.shippingAddress).toMatchObject({ name: "Noah Williams", address1: "500 Pine St", address2: "Apt 2", provinceCode: "WA", zip: "98101" });
    expect(orderNamed("#1035").customer.defaultAddress).toBe(before);
    expect(orderNamed("#1035").billingAddress).toBe(before);
    // The province is named as the shop's other Washington addresses name it.
    expect(orderNamed("#1035").shippingAddress.province).toBe("Washington");
  });

  it("refuses once the order has shipped or was cancelled", async () => {
    for (const name of ["#1019", "#1009"]) {
      const errors = await userErrorsOf(update(orderNamed(name).id, newAddress));
      expect(errors[0]?.field).toEqual(["shippingAddress"]);
    }
    expect(orderNamed("#1019").shippingAddress.address1).not.toBe("500 Pine St");
  });

  it("keeps the recipient's name and phone when the agent sends only the new address", async () => {
    const order = orderNamed("#1033");
    await shopifyTools(client).updateShippingAddress(order.id, { ...newAddress, address2: null, provinceCode: "WA" });
    const reread = (await client.request(ORDER, { id: order.id })).order!;
    expect(reread.shippingAddress).toMatchObject({ firstName: "Ethan", lastName: "Brooks", address1: "500 Pine St", address2: null, city: "Seattle" });
  });
});
