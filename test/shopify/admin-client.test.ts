import { describe, expect, it } from "vitest";
import { AdminClient, type FetchLike } from "../../app/shopify/admin-client";
import { AdminApiError, AdminThrottledError, AdminUserErrors } from "../../app/shopify/errors";
import { ORDER_CANCEL } from "../../app/shopify/operations/order-cancel";
import { SHOP } from "../../app/shopify/operations/shop";

// A fake of Shopify's Admin endpoint answering in its real shapes: THROTTLED arrives as HTTP 200 with an error code
// and the bucket's state in extensions.cost.
const THROTTLED = {
  errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
  extensions: { cost: { requestedQueryCost: 752, actualQueryCost: null, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 2, restoreRate: 100 } } },
};
const SHOP_DATA = { data: { shop: { name: "Demo", email: "a@b.c", myshopifyDomain: "x.myshopify.com", currencyCode: "USD", url: "https://x", shopPolicies: [] } } };

function fakeShopify(responses: (object | number)[]) {
  const calls: { url: string; headers: Headers; body: { query: string; variables: unknown } }[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: new Headers(init.headers), body: JSON.parse(String(init.body)) });
    const next = responses.shift();
    if (typeof next === "number") return new Response("error", { status: next });
    return Response.json(next);
  };
  return { fetch, calls };
}

function client(fetch: FetchLike, sleeps: number[] = []) {
  return new AdminClient({ shop: "x.myshopify.com", accessToken: "shpat_test", fetch, sleep: async (ms) => void sleeps.push(ms) });
}

describe("AdminClient", () => {
  it("posts the operation to the shop's Admin endpoint with its token", async () => {
    const shopify = fakeShopify([SHOP_DATA]);
    const data = await client(shopify.fetch).request(SHOP);
    expect(data.shop.name).toBe("Demo");
    expect(shopify.calls[0]!.url).toBe("https://x.myshopify.com/admin/api/2026-10/graphql.json");
    expect(shopify.calls[0]!.headers.get("X-Shopify-Access-Token")).toBe("shpat_test");
    expect(shopify.calls[0]!.body.query).toContain("query Shop");
  });

  it("waits for the bucket to refill and retries when THROTTLED", async () => {
    const sleeps: number[] = [];
    const shopify = fakeShopify([THROTTLED, THROTTLED, SHOP_DATA]);
    const data = await client(shopify.fetch, sleeps).request(SHOP);
    expect(data.shop.name).toBe("Demo");
    expect(shopify.calls).toHaveLength(3);
    // 750 points short at 100 points/s: at least 7.5 s, never less than the exponential floor.
    expect(sleeps[0]).toBeGreaterThanOrEqual(7500);
    expect(sleeps[1]).toBeGreaterThanOrEqual(sleeps[0]!);
  });

  it("retries 429 and 5xx, then gives up with a typed error", async () => {
    const sleeps: number[] = [];
    await expect(client(fakeShopify([429, 503, SHOP_DATA]).fetch, sleeps).request(SHOP)).resolves.toBeTruthy();
    expect(sleeps).toHaveLength(2);
    await expect(client(fakeShopify(Array(6).fill(THROTTLED)).fetch).request(SHOP)).rejects.toBeInstanceOf(AdminThrottledError);
  });

  it("does not retry a 401 and reports GraphQL errors", async () => {
    const unauthorized = fakeShopify([401]);
    await expect(client(unauthorized.fetch).request(SHOP)).rejects.toMatchObject({ status: 401 });
    expect(unauthorized.calls).toHaveLength(1);
    await expect(client(fakeShopify([{ errors: [{ message: "Field 'x' doesn't exist on type 'Shop'" }] }]).fetch).request(SHOP)).rejects.toBeInstanceOf(AdminApiError);
  });

  it("surfaces a mutation's userErrors as AdminUserErrors", async () => {
    const refused = { data: { orderCancel: { job: null, orderCancelUserErrors: [{ field: ["orderId"], message: "Order has already been fulfilled", code: "INVALID" }] } } };
    const variables = { orderId: "gid://shopify/Order/1", reason: "CUSTOMER" as const, restock: true, notifyCustomer: true, refundMethod: { originalPaymentMethodsRefund: true } };
    const error = await client(fakeShopify([refused]).fetch).mutate(ORDER_CANCEL, variables, (d) => d.orderCancel).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdminUserErrors);
    expect((error as AdminUserErrors).userErrors[0]!.message).toBe("Order has already been fulfilled");
    expect((error as Error).message).toContain("orderId: Order has already been fulfilled");
  });
});
