import { expect } from "vitest";
import type { ShopperRef, SubscriptionProvider } from "../../app/agent/tools/providers";
import type { ProviderFake } from "../../app/demo/providers/fake";
import type { DemoShopData } from "../../app/demo/model";
import { seedDemoShop } from "../../app/demo/seed";
import { daysBetween as calendarDaysBetween } from "../../app/lib/calendar";

/** What the subscription adapters' tests share: a fresh demo shop, a provider fake over it, and its shoppers. */
export const NOW = new Date();
/** Calendar days from one ISO time to another, by the app's calendar; a missing one fails the test. */
export const daysBetween = (from: string | null | undefined, to: string | null | undefined) => calendarDaysBetween(new Date(from ?? NaN), new Date(to ?? NaN));

export function fakeSubscriptionWorld(createFake: (world: { data: DemoShopData; now: () => Date }) => ProviderFake) {
  const data = seedDemoShop({ baseUrl: "http://demo.test", now: NOW });
  const fake = createFake({ data, now: () => NOW });
  const fetch = (url: string, init: RequestInit) => fake.handle(new Request(url, init));
  const shopper = (email: string): ShopperRef => {
    const customer = data.customers.find((candidate) => candidate.email === email);
    if (!customer) throw new Error(`no demo customer ${email}`);
    return { customerId: customer.id, email: customer.email };
  };
  return { data, fetch, shopper };
}

/** The shopper's one subscription (the demo's subscribers have exactly one). */
export async function onlySubscription(provider: SubscriptionProvider, shopper: ShopperRef) {
  const [subscription, ...others] = await provider.subscriptions(shopper);
  expect(others).toEqual([]);
  if (!subscription) throw new Error("no subscription");
  return subscription;
}
