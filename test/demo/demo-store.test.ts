import { beforeEach, describe, expect, it } from "vitest";
import { createDemoStore, DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN, type DemoStore } from "../../app/demo/admin-api";
import { DEMO_KNOWLEDGE_ARTICLES, productImageSvg } from "../../app/demo/seed";
import { AdminClient } from "../../app/shopify/admin-client";
import { AdminApiError, AdminUserErrors } from "../../app/shopify/errors";
import { CUSTOMERS } from "../../app/shopify/operations/customers";
import { DISCOUNT_NODES, type CodeDiscount } from "../../app/shopify/operations/discount-nodes";
import { ORDER } from "../../app/shopify/operations/order";
import { ORDER_CANCEL, type OrderCancelVariables } from "../../app/shopify/operations/order-cancel";
import type { OrderDetails } from "../../app/shopify/operations/order-fields";
import { ORDERS, type OrdersData } from "../../app/shopify/operations/orders";
import { PRODUCTS } from "../../app/shopify/operations/products";
import { RETURNABLE_FULFILLMENTS } from "../../app/shopify/operations/returnable-fulfillments";
import { SHOP } from "../../app/shopify/operations/shop";

const BASE_URL = "http://demo.test";
const NOW = new Date("2026-06-15T17:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;
// Small enough that the Orders query stays under Shopify's 1000-point limit per request.
const ORDERS_PAGE = 8;

function open() {
  const store = createDemoStore({ baseUrl: BASE_URL, now: NOW });
  const client = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch });
  return { store, client };
}

type ResponseBody = {
  data?: Record<string, unknown>;
  errors?: { message: string; locations?: unknown; extensions?: Record<string, unknown> }[] | string;
  extensions?: { cost: unknown };
};

/** A raw POST, for what the AdminClient hides: status codes, error shapes, extensions. */
async function post(store: DemoStore, body: unknown, token = DEMO_ACCESS_TOKEN) {
  const response = await store.handle(
    new Request(store.endpoint, { method: "POST", headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": token }, body: JSON.stringify(body) }),
  );
  return { status: response.status, body: (await response.json()) as ResponseBody };
}

async function ordersMatching(client: AdminClient, query: string | null = null): Promise<OrderDetails[]> {
  const orders: OrderDetails[] = [];
  for (let after: string | null = null; ; ) {
    const page: OrdersData["orders"] = (await client.request(ORDERS, { first: ORDERS_PAGE, after, query })).orders;
    orders.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return orders;
    after = page.pageInfo.endCursor;
  }
}

const orderNamed = async (client: AdminClient, name: string) => {
  const [order] = (await client.request(ORDERS, { first: 1, query: `name:${name}` })).orders.nodes;
  if (!order) throw new Error(`no order ${name}`);
  return order;
};

// A fresh store per test: its own state, and a full cost bucket (real Shopify would throttle a suite this busy).
let store: DemoStore;
let client: AdminClient;
beforeEach(() => {
  ({ store, client } = open());
});

const cancel = (client: AdminClient, orderId: string) => {
  const variables: OrderCancelVariables = { orderId, reason: "CUSTOMER", restock: true, notifyCustomer: false, refundMethod: { originalPaymentMethodsRefund: true } };
  return client.mutate(ORDER_CANCEL, variables, (data) => data.orderCancel);
};

describe("demo store: the shop", () => {

  it("answers Shop with the brand and its policies", async () => {
    const { shop } = await client.request(SHOP);
    expect(shop).toMatchObject({ myshopifyDomain: DEMO_SHOP_DOMAIN, currencyCode: "USD", url: `${BASE_URL}/demo/storefront` });
    expect(shop.name).toBeTruthy();
    const types = shop.shopPolicies.map((policy) => policy.type);
    expect(types).toEqual(expect.arrayContaining(["REFUND_POLICY", "SHIPPING_POLICY", "PRIVACY_POLICY", "TERMS_OF_SERVICE", "SUBSCRIPTION_POLICY"]));
    const refund = shop.shopPolicies.find((policy) => policy.type === "REFUND_POLICY")!;
    expect(refund.body).toMatch(/30 days/);
    expect(refund.body).toMatch(/exchange/i);
  });

  it("ships knowledge-base articles in English and Korean", () => {
    expect(DEMO_KNOWLEDGE_ARTICLES.length).toBeGreaterThanOrEqual(10);
    const titles = DEMO_KNOWLEDGE_ARTICLES.map((article) => article.title);
    expect(titles).toEqual(expect.arrayContaining(["배송 안내", "반품 및 교환 정책", "사이즈 가이드"]));
    expect(titles.some((title) => /loyalty/i.test(title))).toBe(true);
    expect(DEMO_KNOWLEDGE_ARTICLES.every((article) => article.body.length > 200)).toBe(true);
  });
});

describe("demo store: catalog", () => {

  it("lists 30+ active products, each with an image, price and variants", async () => {
    const { products } = await client.request(PRODUCTS, { first: 50, query: "status:active" });
    expect(products.nodes.length).toBeGreaterThanOrEqual(30);
    for (const product of products.nodes) {
      expect(product.featuredMedia?.preview?.image?.url).toBe(`${BASE_URL}/demo/images/${product.handle}.svg`);
      expect(product.onlineStoreUrl).toBe(`${BASE_URL}/demo/storefront/products/${product.handle}`);
      expect(product.variants.nodes.length).toBeGreaterThan(0);
      expect(Number(product.priceRangeV2.minVariantPrice.amount)).toBeGreaterThan(0);
    }
    expect(new Set(products.nodes.map((p) => p.productType)).size).toBeGreaterThanOrEqual(8);
    expect(products.nodes.map((p) => p.title)).toEqual([...products.nodes.map((p) => p.title)].sort((a, b) => a.localeCompare(b)));
    expect(products.nodes.some((p) => p.variants.nodes.some((v) => !v.availableForSale))).toBe(true);
    expect(products.nodes.some((p) => p.variants.nodes.every((v) => !v.availableForSale) && p.totalInventory === 0)).toBe(true);
  });

  it("keeps draft and archived products out of status:active", async () => {
    const all = (await client.request(PRODUCTS, { first: 50 })).products.nodes;
    const active = (await client.request(PRODUCTS, { first: 50, query: "status:active" })).products.nodes;
    expect(all.length - active.length).toBeGreaterThanOrEqual(2);
  });

  it("searches by product type, tag and free text", async () => {
    const jackets = (await client.request(PRODUCTS, { first: 50, query: "product_type:Jackets status:active" })).products.nodes;
    expect(jackets.length).toBeGreaterThanOrEqual(3);
    expect(jackets.every((p) => p.productType === "Jackets")).toBe(true);
    const waterproof = (await client.request(PRODUCTS, { first: 50, query: "tag:waterproof" })).products.nodes;
    expect(waterproof.length).toBeGreaterThan(0);
    expect(waterproof.every((p) => p.tags.includes("waterproof"))).toBe(true);
    const merino = (await client.request(PRODUCTS, { first: 50, query: "MERINO" })).products.nodes;
    expect(merino.length).toBeGreaterThanOrEqual(3);
    const coffee = (await client.request(PRODUCTS, { first: 50, query: '"coffee subscription" OR product_type:Socks' })).products.nodes;
    expect(coffee.some((p) => p.productType === "Coffee")).toBe(true);
    expect(coffee.some((p) => p.productType === "Socks")).toBe(true);
  });

  it("draws a small SVG for every product", async () => {
    const { products } = await client.request(PRODUCTS, { first: 50 });
    for (const { handle } of products.nodes) {
      const svg = productImageSvg(handle);
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>$/);
      expect(Buffer.byteLength(svg!)).toBeLessThan(2048);
    }
    expect(productImageSvg("no-such-product")).toBeUndefined();
  });
});

describe("demo store: customers and orders", () => {

  it("has 10+ customers, Korean names and VIPs among them", async () => {
    const { customers } = await client.request(CUSTOMERS, { first: 50 });
    expect(customers.nodes.length).toBeGreaterThanOrEqual(10);
    expect(customers.nodes.every((c) => c.id.startsWith("gid://shopify/Customer/") && c.defaultEmailAddress?.emailAddress.endsWith("@example.com"))).toBe(true);
    expect(customers.nodes.filter((c) => /[가-힣]/.test(c.displayName)).length).toBeGreaterThanOrEqual(2);
    expect(customers.nodes.some((c) => c.tags.includes("VIP"))).toBe(true);
    expect(customers.nodes.every((c) => Number(c.numberOfOrders) >= 1)).toBe(true);
    expect(customers.nodes.filter((c) => Number(c.numberOfOrders) >= 3).length).toBeGreaterThanOrEqual(3);
  });

  it("finds a customer by email", async () => {
    const { customers } = await client.request(CUSTOMERS, { first: 5, query: "email:emma.johnson@example.com" });
    expect(customers.nodes.map((c) => c.displayName)).toEqual(["Emma Johnson"]);
  });

  it("has 30+ orders covering every fulfillment state", async () => {
    const orders = await ordersMatching(client);
    expect(orders.length).toBeGreaterThanOrEqual(30);
    const orderStates = new Set(orders.map((o) => o.displayFulfillmentStatus));
    for (const state of ["UNFULFILLED", "IN_PROGRESS", "PARTIALLY_FULFILLED", "FULFILLED", "ON_HOLD"] as const) expect(orderStates).toContain(state);
    const shipmentStates = new Set(orders.flatMap((o) => o.fulfillments.map((f) => f.displayStatus)));
    for (const state of ["IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "ATTEMPTED_DELIVERY", "DELAYED", "LABEL_PURCHASED", "CONFIRMED", "FAILURE"] as const) {
      expect(shipmentStates).toContain(state);
    }
    expect(orders.filter((o) => o.cancelledAt !== null).length).toBeGreaterThanOrEqual(2);
    expect(new Set(orders.map((o) => o.displayFinancialStatus))).toEqual(new Set(["PAID", "PENDING", "REFUNDED", "PARTIALLY_REFUNDED", "VOIDED"]));
    expect(orders.filter((o) => NOW.getTime() - Date.parse(o.processedAt) > 60 * DAY_MS).length).toBeGreaterThanOrEqual(3);
    expect(orders.every((o) => NOW.getTime() - Date.parse(o.processedAt) < 121 * DAY_MS)).toBe(true);
  });

  it("gives shipped orders real carriers, tracking links and future estimates while in transit", async () => {
    const shipments = (await ordersMatching(client)).flatMap((o) => o.fulfillments);
    const companies = new Set(shipments.flatMap((f) => f.trackingInfo.map((t) => t.company)));
    expect(companies).toEqual(new Set(["UPS", "USPS", "FedEx", "DHL Express", "CJ대한통운"]));
    for (const { company, number, url } of shipments.flatMap((f) => f.trackingInfo)) {
      expect(url).toContain(number);
      if (company === "UPS") expect(number).toMatch(/^1Z[0-9A-Z]{16}$/);
      if (company === "USPS") expect(number).toMatch(/^9400\d{18}$/);
    }
    for (const shipment of shipments.filter((f) => f.displayStatus === "IN_TRANSIT" || f.displayStatus === "OUT_FOR_DELIVERY")) {
      expect(Date.parse(shipment.estimatedDeliveryAt!)).toBeGreaterThan(NOW.getTime());
      expect(shipment.deliveredAt).toBeNull();
    }
    for (const shipment of shipments.filter((f) => f.displayStatus === "DELIVERED")) {
      expect(Date.parse(shipment.deliveredAt!)).toBeLessThanOrEqual(NOW.getTime());
    }
  });

  it("links line items to catalog products with images and prices", async () => {
    const order = await orderNamed(client, "#1001");
    expect(order.lineItems.nodes.length).toBeGreaterThan(0);
    for (const item of order.lineItems.nodes) {
      expect(item.image?.url).toMatch(new RegExp(`^${BASE_URL}/demo/images/.+\\.svg$`));
      expect(Number(item.originalUnitPriceSet.shopMoney.amount)).toBeGreaterThan(0);
      expect(item.sku).toMatch(/^AG-/);
    }
    expect(order.statusPageUrl).toBe(`${BASE_URL}/demo/storefront/orders/${order.id.split("/").pop()}/status`);
  });

  it("finds exactly the order named #1003, with or without the #", async () => {
    for (const query of ["name:#1003", "name:1003", 'name:"#1003"']) {
      const { orders } = await client.request(ORDERS, { first: ORDERS_PAGE, query });
      expect(orders.nodes.map((o) => o.name)).toEqual(["#1003"]);
    }
  });

  it("filters orders by customer_id to that customer's orders only", async () => {
    const { customers } = await client.request(CUSTOMERS, { first: 5, query: "email:olivia.chen@example.com" });
    const olivia = customers.nodes[0]!;
    const orders = await ordersMatching(client, `customer_id:${olivia.id.split("/").pop()}`);
    expect(orders.length).toBe(Number(olivia.numberOfOrders));
    expect(orders.length).toBeGreaterThanOrEqual(3);
    expect(orders.every((o) => o.customer?.id === olivia.id)).toBe(true);
  });

  it("pages with after/endCursor without overlap, newest first", async () => {
    const first = (await client.request(ORDERS, { first: ORDERS_PAGE })).orders;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await client.request(ORDERS, { first: ORDERS_PAGE, after: first.pageInfo.endCursor })).orders;
    const ids = [...first.nodes, ...second.nodes].map((o) => o.id);
    expect(new Set(ids).size).toBe(ORDERS_PAGE * 2);
    const times = [...first.nodes, ...second.nodes].map((o) => o.processedAt);
    expect(times).toEqual([...times].sort().reverse());
    const all = await ordersMatching(client);
    expect(all.slice(ORDERS_PAGE, ORDERS_PAGE * 2).map((o) => o.id)).toEqual(second.nodes.map((o) => o.id));
    // Order numbers follow the order they were placed in.
    expect(all.map((o) => o.name)).toEqual(all.map((o) => o.name).sort().reverse());
  });

  it("understands OR, negation and comparisons in search", async () => {
    const refunded = await ordersMatching(client, "financial_status:refunded OR financial_status:voided");
    expect(refunded.length).toBeGreaterThanOrEqual(2);
    expect(refunded.every((o) => o.displayFinancialStatus === "REFUNDED" || o.displayFinancialStatus === "VOIDED")).toBe(true);
    const unfulfilled = await ordersMatching(client, "fulfillment_status:unfulfilled -status:cancelled");
    expect(unfulfilled.length).toBeGreaterThan(0);
    expect(unfulfilled.every((o) => o.displayFulfillmentStatus === "UNFULFILLED" && o.cancelledAt === null)).toBe(true);
    const since = new Date(NOW.getTime() - 7 * DAY_MS).toISOString();
    const recent = await ordersMatching(client, `processed_at:>'${since}'`);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((o) => o.processedAt > since)).toBe(true);
    // Like Shopify, a filter the resource does not have is ignored rather than matching nothing.
    const unfiltered = (await client.request(ORDERS, { first: ORDERS_PAGE })).orders.nodes;
    expect((await client.request(ORDERS, { first: ORDERS_PAGE, query: "no_such_filter:1" })).orders.nodes).toEqual(unfiltered);
  });
});

describe("demo store: discounts", () => {
  const codeDiscounts = async (query: string | null) =>
    (await client.request(DISCOUNT_NODES, { first: 50, query })).discountNodes.nodes
      .map((node) => node.discount)
      .filter((discount): discount is CodeDiscount => "codes" in discount);

  it("lists active, expired and scheduled codes, and status:active keeps only the active ones", async () => {
    const all = await codeDiscounts(null);
    expect(new Set(all.map((d) => d.status))).toEqual(new Set(["ACTIVE", "EXPIRED", "SCHEDULED"]));
    const active = await codeDiscounts("status:active");
    expect(active.length).toBeGreaterThan(0);
    expect(active.every((d) => d.status === "ACTIVE")).toBe(true);
    expect(active.length).toBeLessThan(all.length);
  });

  it("has customer-specific codes and Shopify-style summaries", async () => {
    const all = await codeDiscounts("method:code");
    const personal = all.filter((d) => d.context.__typename === "DiscountCustomers");
    expect(personal.length).toBeGreaterThanOrEqual(2);
    for (const discount of personal) {
      expect(discount.context.__typename === "DiscountCustomers" && discount.context.customers.length).toBeGreaterThan(0);
    }
    expect(all.map((d) => d.summary)).toContain("15% off entire order • Minimum purchase of $50.00");
    expect(all.some((d) => d.__typename === "DiscountCodeFreeShipping")).toBe(true);
    expect(all.some((d) => d.minimumRequirement?.__typename === "DiscountMinimumSubtotal")).toBe(true);
  });

  it("filters by Shopify's method (code or automatic) and type (percentage, free_shipping…)", async () => {
    const automatic = (await client.request(DISCOUNT_NODES, { first: 50, query: "method:automatic" })).discountNodes.nodes;
    expect(automatic.length).toBeGreaterThan(0);
    expect(automatic.every((node) => node.discount.__typename.startsWith("DiscountAutomatic"))).toBe(true);
    const freeShipping = (await client.request(DISCOUNT_NODES, { first: 50, query: "type:free_shipping" })).discountNodes.nodes;
    expect(freeShipping.map((node) => node.discount.__typename)).toEqual(["DiscountCodeFreeShipping"]);
    // `code` is a method, not a type: Shopify's type filter has no such value, so nothing matches.
    expect((await client.request(DISCOUNT_NODES, { first: 50, query: "type:code" })).discountNodes.nodes).toEqual([]);
  });
});

describe("demo store: orderCancel and returns", () => {
  it("cancels an unfulfilled order, and the re-read shows it", async () => {
    const [order] = await ordersMatching(client, "fulfillment_status:unfulfilled status:open financial_status:paid");
    expect(order).toBeDefined();
    const payload = await cancel(client, order!.id);
    expect(payload.job).toMatchObject({ done: true });
    expect(payload.job?.id).toMatch(/^gid:\/\/shopify\/Job\//);
    const reread = (await client.request(ORDER, { id: order!.id })).order!;
    expect(reread.cancelledAt).not.toBeNull();
    expect(reread.closed).toBe(true);
    expect(reread.displayFinancialStatus).toBe("REFUNDED");
    await expect(cancel(client, order!.id)).rejects.toBeInstanceOf(AdminUserErrors);
  });

  it("voids an unpaid order it cancels", async () => {
    const [order] = await ordersMatching(client, "financial_status:pending status:open");
    await cancel(client, order!.id);
    expect((await client.request(ORDER, { id: order!.id })).order!.displayFinancialStatus).toBe("VOIDED");
  });

  it("refuses to cancel a fulfilled order with a user error", async () => {
    const order = await orderNamed(client, "#1019");
    const error = await cancel(client, order.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminUserErrors);
    expect((error as AdminUserErrors).userErrors[0]).toMatchObject({ field: ["orderId"], code: "INVALID" });
    expect((await client.request(ORDER, { id: order.id })).order!.cancelledAt).toBeNull();
  });

  it("reports an unknown order as NOT_FOUND", async () => {
    const error = await cancel(client, "gid://shopify/Order/1").catch((e: unknown) => e);
    expect((error as AdminUserErrors).userErrors[0]?.code).toBe("NOT_FOUND");
  });

  it("lists the delivered items of an order as returnable", async () => {
    const order = await orderNamed(client, "#1019");
    const { returnableFulfillments } = await client.request(RETURNABLE_FULFILLMENTS, { orderId: order.id });
    const items = returnableFulfillments.nodes.flatMap((node) => node.returnableFulfillmentLineItems.nodes);
    expect(items.map((item) => item.fulfillmentLineItem.lineItem.id).sort()).toEqual(order.lineItems.nodes.map((item) => item.id).sort());
    expect(returnableFulfillments.nodes[0]!.fulfillment.id).toBe(order.fulfillments[0]!.id);
  });

  it("offers nothing to return for unfulfilled orders or orders with an open return", async () => {
    const [unfulfilled] = await ordersMatching(client, "fulfillment_status:unfulfilled");
    for (const orderId of [unfulfilled!.id, (await orderNamed(client, "#1018")).id]) {
      expect((await client.request(RETURNABLE_FULFILLMENTS, { orderId })).returnableFulfillments.nodes).toEqual([]);
    }
  });

  it("keeps each store's state its own", async () => {
    const order = await orderNamed(client, "#1035");
    await cancel(client, order.id);
    const fresh = open().client;
    expect((await fresh.request(ORDER, { id: order.id })).order!.cancelledAt).toBeNull();
  });
});

describe("demo store: HTTP like Shopify", () => {

  it("rejects a wrong access token with 401", async () => {
    const { status, body } = await post(store, { query: "{ shop { name } }" }, "shpat_wrong");
    expect(status).toBe(401);
    expect(body).toEqual({ errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" });
    const client = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: "shpat_wrong", endpoint: store.endpoint, fetch: store.fetch });
    await expect(client.request(SHOP)).rejects.toMatchObject({ name: "AdminApiError", status: 401 });
  });

  it("answers an invalid query with a validation error and HTTP 200", async () => {
    const { status, body } = await post(store, { query: "{ shop { nam } }" });
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining("nam"), locations: [{ line: 1, column: 10 }], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("reports the query cost and throttle status", async () => {
    const { body } = await post(store, { query: "{ shop { name } }" });
    expect(body.extensions?.cost).toMatchObject({ requestedQueryCost: 1, actualQueryCost: 1, throttleStatus: { maximumAvailable: 2000, restoreRate: 100 } });
  });

  it("refuses queries over Shopify's cost limit, as Shopify does", async () => {
    const error = await open().client.request(ORDERS, { first: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminApiError);
    expect((error as AdminApiError).graphqlErrors[0]?.extensions?.code).toBe("MAX_COST_EXCEEDED");
  });

  it("serves other Admin queries generically: lookups by id, node, counts and nested connections", async () => {
    const query = `{
      customer(id: "gid://shopify/Customer/3001") { displayName legacyResourceId orders(first: 2, sortKey: PROCESSED_AT, reverse: true) { nodes { name } } }
      node(id: "gid://shopify/Product/7001") { ... on Product { title variantsCount { count } } }
      ordersCount(query: "fulfillment_status:unfulfilled") { count precision }
      product(id: "gid://shopify/Order/5001") { id }
    }`;
    const { body } = await post(store, { query });
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({
      customer: { legacyResourceId: "3001", orders: { nodes: [{ name: expect.stringMatching(/^#\d+$/) }, {}] } },
      node: { title: expect.any(String), variantsCount: { count: expect.any(Number) } },
      ordersCount: { count: expect.any(Number), precision: "EXACT" },
      product: null,
    });
  });
});
