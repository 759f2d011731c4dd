import { describe, expect, it } from "vitest";
import { ProviderError, type Frequency, type ShopperRef, type Subscription, type SubscriptionProvider } from "../../../app/agent/tools/providers";
import { addInterval, calendarDate, daysBetween } from "../../../app/lib/calendar";
import { providersOf } from "../../../app/services/provider-catalog";
import { providerWorld, wrongCredentials } from "../../support/provider-world";
import { scheduleSubscription } from "../../support/subscription-schedule";

/**
 * What every subscription provider promises (SubscriptionProvider in app/agent/tools/providers/types.ts), run
 * against each adapter in the catalog wired to its fake: Recharge and Skio to theirs, Shopify's own contracts to
 * the demo store. Where a provider works differently, the test says so and is skipped for it.
 */

// Shopify's adapter counts upcoming billing cycles from the real clock, so the demo store runs on it too.
const NOW = new Date();
const SUBSCRIBER = "sophia.patel@example.com"; // Summit Roast every 2 weeks, the next charge a few days out
const OTHER_SUBSCRIBER = "ava.thompson@example.com";
const NO_SUBSCRIPTIONS = "noah.williams@example.com";
const MONTHLY: Frequency = { unit: "month", count: 1 };

async function onlySubscription(provider: SubscriptionProvider, shopper: ShopperRef): Promise<Subscription> {
  const [subscription, ...others] = await provider.subscriptions(shopper);
  expect(others).toEqual([]);
  if (!subscription) throw new Error("no subscription");
  return subscription;
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
const nextChargeOf = (subscription: Subscription | null) => new Date(subscription?.nextChargeAt ?? NaN);

describe.each(providersOf("subscriptions"))("$name keeps the subscription provider contract", (definition) => {
  function setup() {
    const world = providerWorld(NOW);
    const provider = world.connect(definition);
    const subscriber = world.shopper(SUBSCRIBER);
    return { ...world, provider, subscriber };
  }

  it("lists a subscriber's subscription with what it delivers, how often and when it charges next; none for others", async () => {
    const { provider, subscriber, shopper } = setup();
    const subscription = await onlySubscription(provider, subscriber);
    expect(subscription).toMatchObject({ productTitle: "Summit Roast Coffee Subscription", status: "active", frequency: { unit: "week", count: 2 }, quantity: 1 });
    expect(subscription.price?.currencyCode).toBe("USD");
    expect(Number(subscription.price?.amount)).toBe(16.2);
    expect(daysBetween(NOW, nextChargeOf(subscription))).toBeGreaterThanOrEqual(3);
    expect(daysBetween(NOW, nextChargeOf(subscription))).toBeLessThanOrEqual(10);
    expect(await provider.subscriptions(shopper(NO_SUBSCRIPTIONS))).toEqual([]);
  });

  it("re-reads one subscription as the list shows it", async () => {
    const { provider, subscriber } = setup();
    const listed = await onlySubscription(provider, subscriber);
    expect(await provider.subscription(subscriber, listed.id)).toEqual(listed);
  });

  it("skips the next charge: the next one is exactly one interval later, and a second skip one more", async () => {
    const { provider, subscriber } = setup();
    const before = await onlySubscription(provider, subscriber);

    await provider.skipNextCharge(subscriber, before.id);
    const once = await provider.subscription(subscriber, before.id);
    expect(once?.status).toBe("active");
    expect(nextChargeOf(once)).toEqual(addInterval(nextChargeOf(before), before.frequency));

    await provider.skipNextCharge(subscriber, before.id);
    expect(nextChargeOf(await provider.subscription(subscriber, before.id))).toEqual(addInterval(nextChargeOf(before), before.frequency, 2));
  });

  it("skips a monthly charge on Jan 31 to the last day of February", async () => {
    const { provider, subscriber, network } = setup();
    const { id } = await onlySubscription(provider, subscriber);
    const year = NOW.getUTCFullYear() + 1;
    await scheduleSubscription(definition.id, network, id, { interval: MONTHLY, nextChargeAt: new Date(Date.UTC(year, 0, 31, 12)) });
    const before = await provider.subscription(subscriber, id);
    expect(before).toMatchObject({ status: "active", frequency: MONTHLY });
    expect(calendarDate(nextChargeOf(before))).toBe(`${year}-01-31`);

    await provider.skipNextCharge(subscriber, id);

    const lastOfFebruary = new Date(Date.UTC(year, 2, 0)).getUTCDate();
    expect(calendarDate(nextChargeOf(await provider.subscription(subscriber, id)))).toBe(`${year}-02-${lastOfFebruary}`);
  });

  it("pauses until resumed: no charges while paused, and the same next charge after", async (context) => {
    const { provider, subscriber } = setup();
    if (provider.pausing.kind !== "until_resumed") return context.skip(`${definition.name}: no paused state; pausing moves the next charge out`);
    const before = await onlySubscription(provider, subscriber);
    await provider.pause(subscriber, before.id);
    expect(await provider.subscription(subscriber, before.id)).toMatchObject({ status: "paused", nextChargeAt: null });
    await provider.resume(subscriber, before.id);
    expect(await provider.subscription(subscriber, before.id)).toMatchObject({ status: "active" });
    expect(nextChargeOf(await provider.subscription(subscriber, before.id))).toEqual(nextChargeOf(before));
  });

  it("pauses by moving the next charge out by the provider's pause, and stays active", async (context) => {
    const { provider, subscriber } = setup();
    const { pausing } = provider;
    if (pausing.kind !== "delay") return context.skip(`${definition.name}: a pause lasts until the shopper resumes, not a set time`);
    const before = await onlySubscription(provider, subscriber);
    await provider.pause(subscriber, before.id);
    const after = await provider.subscription(subscriber, before.id);
    expect(after?.status).toBe("active");
    expect(nextChargeOf(after)).toEqual(addInterval(nextChargeOf(before), pausing.by));
  });

  it("cancels: no next charge, and nothing left to skip", async () => {
    const { provider, subscriber } = setup();
    const { id } = await onlySubscription(provider, subscriber);
    await provider.cancel(subscriber, id, "Moving abroad");
    expect(await provider.subscription(subscriber, id)).toMatchObject({ status: "cancelled", nextChargeAt: null });
    expect(await failure(provider.skipNextCharge(subscriber, id))).toMatchObject({ name: "ProviderError", reason: "rejected" });
  });

  it("changes the frequency, and a re-read shows the new one", async () => {
    const { provider, subscriber } = setup();
    const { id } = await onlySubscription(provider, subscriber);
    await provider.changeFrequency(subscriber, id, { unit: "week", count: 4 });
    expect((await provider.subscription(subscriber, id))?.frequency).toEqual({ unit: "week", count: 4 });
    await provider.changeFrequency(subscriber, id, MONTHLY);
    expect((await provider.subscription(subscriber, id))?.frequency).toEqual(MONTHLY);
  });

  it("refuses a frequency that is not a whole number of units, and changes nothing", async () => {
    const { provider, subscriber } = setup();
    const before = await onlySubscription(provider, subscriber);
    for (const count of [0, 1.5]) {
      expect(await failure(provider.changeFrequency(subscriber, before.id, { unit: "week", count }))).toMatchObject({ name: "ProviderError", reason: "rejected" });
    }
    expect(await provider.subscription(subscriber, before.id)).toEqual(before);
  });

  it("treats another shopper's subscription and an id it does not hold as not found, and changes nothing", async () => {
    const { provider, subscriber, shopper } = setup();
    const other = shopper(OTHER_SUBSCRIBER);
    const theirs = await onlySubscription(provider, other);
    for (const id of [theirs.id, "not-an-id"]) {
      expect(await provider.subscription(subscriber, id)).toBeNull();
      const attempts = [
        provider.skipNextCharge(subscriber, id),
        provider.pause(subscriber, id),
        provider.resume(subscriber, id),
        provider.cancel(subscriber, id, "not mine"),
        provider.changeFrequency(subscriber, id, { unit: "week", count: 4 }),
      ];
      for (const attempt of attempts) {
        const error = await failure(attempt);
        expect(error).toBeInstanceOf(ProviderError);
        expect(error).toMatchObject({ reason: "not_found" });
      }
    }
    expect(await onlySubscription(provider, other)).toEqual(theirs);
  });

  it("accepts the merchant's credentials, and refuses wrong ones as unauthorized", async (context) => {
    const { provider, connect } = setup();
    await expect(provider.verifyCredentials()).resolves.toBeUndefined();
    if (definition.fields.length === 0) return context.skip(`${definition.name}: the app's own access to the shop, no credentials to get wrong`);
    const wrong = connect(definition, { credentials: wrongCredentials(definition) });
    expect(await failure(wrong.verifyCredentials())).toMatchObject({ name: "ProviderError", reason: "unauthorized" });
  });
});
