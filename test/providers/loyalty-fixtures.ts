import { expect } from "vitest";
import type { ProviderFake } from "../../app/demo/providers/fake";
import type { FakeWorld } from "../../app/demo/providers/fake";
import { createDemoStore, DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../../app/demo/admin-api";
import type { ShopperRef } from "../../app/agent/tools/providers";
import { AdminClient, type FetchLike } from "../../app/shopify/admin-client";
import { DISCOUNT_NODES, type CodeDiscount } from "../../app/shopify/operations/discount-nodes";

/**
 * What the three loyalty adapter tests share: a fresh demo store, its provider world, the fake as the adapter's
 * network, and a look at the store's Admin API to prove a redeemed code is a real discount there.
 */

const NOW = new Date("2026-06-15T17:00:00Z");

/** Summit Rewards members of the demo seed (summit-rewards.ts): Summit 2,450, Ridge 900, Base Camp 180 points. */
export const SUMMIT_MEMBER = "emma.johnson@example.com";
export const RIDGE_MEMBER = "liam.martinez@example.com";
export const BASE_CAMP_MEMBER = "minjun.kim@example.com";
export const NOT_A_MEMBER = "noah.williams@example.com";

/** The store's active code discount with this code, as the agent's coupon tool and the checkout read it. */
export const activeDiscountIn = (admin: AdminClient) => async (code: string): Promise<CodeDiscount | undefined> => {
  const { discountNodes } = await admin.request(DISCOUNT_NODES, { first: 5, query: `status:active code:${code}` });
  return discountNodes.nodes.map((node) => node.discount).find((d): d is CodeDiscount => "codes" in d && d.codes.nodes.some((c) => c.code === code));
};

export function demoWorld() {
  const store = createDemoStore({ baseUrl: "http://demo.test", now: NOW });
  const world: FakeWorld = { data: store.data, now: () => NOW, nodes: new Map() };
  const admin = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch });

  /** The shopper as the skill passes them: the Shopify customer id and the email on that record. */
  function shopper(email: string): ShopperRef {
    const customer = store.data.customers.find((c) => c.email === email);
    if (!customer) throw new Error(`no demo customer ${email}`);
    return { customerId: customer.id, email: customer.email };
  }

  return { store, world, shopper, activeDiscount: activeDiscountIn(admin) };
}

/** The fake as an adapter's fetch. */
export function viaFake(fake: ProviderFake) {
  const fetch: FetchLike = async (url, init) => fake.handle(new Request(url, init));
  return { fetch };
}

/** Checks a redeemed code is a live, one-use discount only this customer can use. */
export async function expectPersonalCode(demo: Pick<ReturnType<typeof demoWorld>, "activeDiscount" | "shopper">, code: string, email: string) {
  const discount = await demo.activeDiscount(code);
  expect(discount, `no active discount with code ${code}`).toBeDefined();
  expect(discount?.context).toEqual({ __typename: "DiscountCustomers", customers: [{ id: demo.shopper(email).customerId }] });
}

// Retries would sleep between attempts; the tests need not wait.
export const noSleep = { sleep: async () => {} };
