import { beforeEach, describe, expect, it } from "vitest";
import { ProviderError, type ShopperRef, type SubscriptionProvider } from "../../app/agent/tools/providers";
import { createShopifySubscriptions } from "../../app/agent/tools/providers/subscriptions/shopify-contracts";
import type { DemoStore } from "../../app/demo/admin-api";
import { addInterval } from "../../app/lib/calendar";
import { openDemoStore } from "../support/demo-admin";

const NOW = new Date("2026-06-15T17:00:00Z");

let store: DemoStore;
let provider: SubscriptionProvider;
beforeEach(() => {
  const opened = openDemoStore(NOW);
  store = opened.store;
  provider = createShopifySubscriptions(opened.client, () => NOW);
});

const shopper = (email: string): ShopperRef => {
  const customer = store.data.customers.find((c) => c.email === email)!;
  return { customerId: customer.id, email };
};
const sophia = () => shopper("sophia.patel@example.com");
const ava = () => shopper("ava.thompson@example.com");
const onlySubscription = async (who: ShopperRef) => {
  const [subscription, ...others] = await provider.subscriptions(who);
  expect(others).toEqual([]);
  return subscription!;
};
const reasonOf = (promise: Promise<unknown>) => promise.then(() => "resolved", (error: unknown) => (error instanceof ProviderError ? error.reason : String(error)));

describe("Shopify subscription contracts provider", () => {
  it("lists the shopper's contract with its product, price, frequency and next charge", async () => {
    const subscription = await onlySubscription(sophia());
    const contract = store.data.customers.find((c) => c.email === "sophia.patel@example.com")!.subscriptionContracts[0]!;
    expect(subscription).toEqual({
      id: contract.id,
      productTitle: "Summit Roast Coffee Subscription",
      status: "active",
      frequency: { unit: "week", count: 2 },
      nextChargeAt: contract.nextBillingDate,
      price: { amount: "16.2", currencyCode: "USD" },
      quantity: 1,
    });
    expect(await provider.subscriptions(shopper("emma.johnson@example.com"))).toEqual([]);
  });

  it("changes the frequency: deliveries and the charge after next follow it", async () => {
    const { id, nextChargeAt } = await onlySubscription(sophia());
    await provider.changeFrequency(sophia(), id, { unit: "week", count: 4 });
    expect(await provider.subscription(sophia(), id)).toMatchObject({ frequency: { unit: "week", count: 4 }, nextChargeAt });
    await provider.skipNextCharge(sophia(), id);
    const skipped = await provider.subscription(sophia(), id);
    expect(new Date(skipped!.nextChargeAt!)).toEqual(addInterval(new Date(nextChargeAt!), { unit: "week", count: 4 }));
    await provider.changeFrequency(sophia(), id, { unit: "month", count: 1 });
    expect((await provider.subscription(sophia(), id))?.frequency).toEqual({ unit: "month", count: 1 });
  });

  it("cancels for good: Shopify then refuses changes, which come back as rejected", async () => {
    const { id } = await onlySubscription(ava());
    await provider.cancel(ava(), id, "Too much coffee");
    expect(await provider.subscription(ava(), id)).toMatchObject({ status: "cancelled", nextChargeAt: null });
    const refused = await provider.resume(ava(), id).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProviderError);
    expect(refused).toMatchObject({ reason: "rejected", message: expect.stringContaining("cannot be changed once terminated") });
    expect(await reasonOf(provider.skipNextCharge(ava(), id))).toBe("rejected");
  });

  it("treats another shopper's contract as not found and changes nothing", async () => {
    const { id: avasId } = await onlySubscription(ava());
    expect(await provider.subscription(sophia(), avasId)).toBeNull();
    const attempts = [
      provider.skipNextCharge(sophia(), avasId),
      provider.pause(sophia(), avasId),
      provider.resume(sophia(), avasId),
      provider.cancel(sophia(), avasId, "not mine"),
      provider.changeFrequency(sophia(), avasId, { unit: "week", count: 4 }),
    ];
    for (const attempt of attempts) expect(await reasonOf(attempt)).toBe("not_found");
    expect(await reasonOf(provider.pause(sophia(), "gid://shopify/SubscriptionContract/1"))).toBe("not_found");
    expect(await reasonOf(provider.pause(sophia(), "not-an-id"))).toBe("not_found");
    expect(await onlySubscription(ava())).toMatchObject({ status: "active", frequency: { unit: "week", count: 2 } });
  });

  it("checks its access with a cheap read: the demo token passes, a wrong one is unauthorized", async () => {
    await expect(provider.verifyCredentials()).resolves.toBeUndefined();
    const wrong = openDemoStore(NOW, "shpat_wrong");
    expect(await reasonOf(createShopifySubscriptions(wrong.client).verifyCredentials())).toBe("unauthorized");
    expect(await reasonOf(createShopifySubscriptions(wrong.client).subscriptions(sophia()))).toBe("unauthorized");
  });
});
