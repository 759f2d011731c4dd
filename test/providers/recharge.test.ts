import { describe, expect, it } from "vitest";
import { createRecharge, RECHARGE_API_BASE_URL, RECHARGE_API_VERSION } from "../../app/agent/tools/providers/subscriptions/recharge";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { createRechargeFake } from "../../app/demo/providers/recharge";
import { daysBetween, fakeSubscriptionWorld, NOW, onlySubscription } from "./subscription-fixtures";


function setup(accessToken: string = DEMO_PROVIDER_CREDENTIALS.recharge.accessToken) {
  const { data, fetch, shopper } = fakeSubscriptionWorld(createRechargeFake);
  const recharge = createRecharge({ accessToken }, { fetch, retries: 0 });
  /** Straight to the fake, as Recharge's API: for what the adapter does not expose (charges, pagination). */
  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${RECHARGE_API_BASE_URL}${path}`, {
      ...init,
      headers: { "X-Recharge-Access-Token": DEMO_PROVIDER_CREDENTIALS.recharge.accessToken, "X-Recharge-Version": RECHARGE_API_VERSION, "Content-Type": "application/json" },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { data, recharge, shopper, api };
}


describe("Recharge adapter against the Recharge fake", () => {
  it("finds a coffee subscriber by the email on their Shopify record and shows their subscription", async () => {
    const { recharge, shopper } = setup();
    const sophia = await onlySubscription(recharge, shopper("sophia.patel@example.com"));
    expect(sophia).toMatchObject({
      productTitle: "Summit Roast Coffee Subscription",
      status: "active",
      frequency: { unit: "week", count: 2 },
      price: { amount: "16.20", currencyCode: "USD" },
      quantity: 1,
    });
    expect(daysBetween(NOW.toISOString(), sophia.nextChargeAt)).toBeGreaterThan(3);
    expect(daysBetween(NOW.toISOString(), sophia.nextChargeAt)).toBeLessThan(10);

    const ava = await onlySubscription(recharge, shopper("ava.thompson@example.com"));
    expect(ava).toMatchObject({ status: "active", frequency: { unit: "week", count: 4 } });
  });

  it("shows a cancelled subscription without a next charge, and nothing for a shopper Recharge does not know", async () => {
    const { recharge, shopper } = setup();
    expect(await onlySubscription(recharge, shopper("emma.johnson@example.com"))).toMatchObject({ status: "cancelled", nextChargeAt: null });
    expect(await recharge.subscriptions(shopper("noah.williams@example.com"))).toEqual([]);
  });

  it("matches by the Shopify customer id, and never takes a Recharge customer linked to another Shopify customer", async () => {
    const { recharge, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    expect(await recharge.subscriptions({ customerId: sophia.customerId, email: null })).toHaveLength(1);
    expect(await recharge.subscriptions({ customerId: "gid://shopify/Customer/999999", email: sophia.email })).toEqual([]);
  });

  it("skips the next charge: that charge is skipped and the next one is queued one interval later", async () => {
    const { recharge, shopper, api } = setup();
    const sophia = shopper("sophia.patel@example.com");
    const before = await onlySubscription(recharge, sophia);

    await recharge.skipNextCharge(sophia, before.id);

    const after = await recharge.subscription(sophia, before.id);
    expect(after?.status).toBe("active");
    expect(daysBetween(before.nextChargeAt, after?.nextChargeAt)).toBe(14);
    const { body } = await api(`/charges?purchase_item_id=${before.id}&sort_by=scheduled_at-asc`);
    expect((body.charges as { status: string; scheduled_at: string }[]).map(({ status, scheduled_at }) => ({ status, scheduled_at }))).toEqual([
      { status: "skipped", scheduled_at: before.nextChargeAt?.slice(0, 10) },
      { status: "queued", scheduled_at: after?.nextChargeAt?.slice(0, 10) },
    ]);
  });

  it("refuses someone else's subscription and ids it does not hold, and changes nothing", async () => {
    const { recharge, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    const avasSubscription = await onlySubscription(recharge, shopper("ava.thompson@example.com"));

    await expect(recharge.skipNextCharge(sophia, avasSubscription.id)).rejects.toMatchObject({ name: "ProviderError", reason: "not_found" });
    await expect(recharge.cancel(sophia, avasSubscription.id, "not mine")).rejects.toMatchObject({ reason: "not_found" });
    await expect(recharge.pause(sophia, "999999999")).rejects.toMatchObject({ reason: "not_found" });
    await expect(recharge.resume(sophia, "../customers")).rejects.toMatchObject({ reason: "not_found" });
    expect(await recharge.subscription(sophia, avasSubscription.id)).toBeNull();
    expect(await onlySubscription(recharge, shopper("ava.thompson@example.com"))).toEqual(avasSubscription);
  });

  it("cancels with the shopper's reason, and resumes a cancelled subscription", async () => {
    const { recharge, shopper, api } = setup();
    const ava = shopper("ava.thompson@example.com");
    const { id } = await onlySubscription(recharge, ava);

    await recharge.cancel(ava, id, "Moving abroad");
    expect(await recharge.subscription(ava, id)).toMatchObject({ status: "cancelled", nextChargeAt: null });
    expect((await api(`/subscriptions/${id}`)).body.subscription).toMatchObject({ status: "cancelled", cancellation_reason: "Moving abroad" });
    expect((await api(`/charges?purchase_item_id=${id}&status=queued`)).body.charges).toEqual([]);

    await recharge.resume(ava, id);
    const resumed = await recharge.subscription(ava, id);
    expect(resumed?.status).toBe("active");
    expect(daysBetween(NOW.toISOString(), resumed?.nextChargeAt)).toBeLessThanOrEqual(1);
  });

  it("changes the frequency, and the upcoming charge moves with it", async () => {
    const { recharge, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    const before = await onlySubscription(recharge, sophia);

    await recharge.changeFrequency(sophia, before.id, { unit: "week", count: 4 });

    const after = await recharge.subscription(sophia, before.id);
    expect(after?.frequency).toEqual({ unit: "week", count: 4 });
    // One new interval after the last charge: two weeks later than the old next charge.
    expect(daysBetween(before.nextChargeAt, after?.nextChargeAt)).toBe(14);
  });

  it("reports what Recharge refuses (422) as rejected", async () => {
    const { recharge, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    const { id } = await onlySubscription(recharge, sophia);
    await expect(recharge.changeFrequency(sophia, id, { unit: "day", count: 2000 })).rejects.toMatchObject({ reason: "rejected", status: 422 });
    await expect(recharge.changeFrequency(sophia, id, { unit: "week", count: 0 })).rejects.toMatchObject({ reason: "rejected" });
    await expect(recharge.skipNextCharge(shopper("emma.johnson@example.com"), (await onlySubscription(recharge, shopper("emma.johnson@example.com"))).id)).rejects.toMatchObject({ reason: "rejected" });
  });

  it("verifies credentials, and a wrong token is unauthorized", async () => {
    await expect(setup().recharge.verifyCredentials()).resolves.toBeUndefined();
    const { recharge, shopper } = setup("sk_wrong_token_0000000000");
    await expect(recharge.verifyCredentials()).rejects.toMatchObject({ reason: "unauthorized", status: 401 });
    await expect(recharge.subscriptions(shopper("sophia.patel@example.com"))).rejects.toMatchObject({ reason: "unauthorized" });
  });
});

describe("Recharge fake", () => {
  it("pages with cursors as 2021-11 does: limit, then the cursor alone", async () => {
    const { api } = setup();
    const first = await api("/subscriptions?limit=2");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ previous_cursor: null });
    expect(first.body.subscriptions).toHaveLength(2);
    expect(typeof first.body.next_cursor).toBe("string");

    const second = await api(`/subscriptions?limit=2&cursor=${String(first.body.next_cursor)}`);
    expect(second.body.subscriptions).toHaveLength(1);
    expect(second.body.next_cursor).toBeNull();
    const ids = [...(first.body.subscriptions as { id: number }[]), ...(second.body.subscriptions as { id: number }[])].map((subscription) => subscription.id);
    expect(new Set(ids).size).toBe(3);

    expect(await api(`/subscriptions?cursor=${String(first.body.next_cursor)}&customer_id=1`)).toMatchObject({ status: 422 });
    expect(await api("/subscriptions?cursor=garbage")).toEqual({ status: 422, body: { errors: { cursor: ["Invalid value"] } } });
    expect(await api("/subscriptions?limit=251")).toMatchObject({ status: 422 });
  });

  it("answers unknown ids, unknown endpoints and other API versions as Recharge does", async () => {
    const { api, data } = setup();
    expect(await api("/subscriptions/123")).toEqual({ status: 404, body: { errors: "Not Found" } });
    expect(await api("/nothing-here")).toEqual({ status: 404, body: { error: "endpoint not found" } });
    expect((await api("/subscriptions/123/set_next_charge_date", { method: "POST", body: "{}" })).status).toBe(404);
    const fake = createRechargeFake({ data, now: () => NOW });
    const old = await fake.handle(new Request(`${RECHARGE_API_BASE_URL}/customers`, { headers: { "X-Recharge-Access-Token": DEMO_PROVIDER_CREDENTIALS.recharge.accessToken } }));
    expect(old.status).toBe(426);
  });

  it("refuses a charge date in the past with Recharge's error body", async () => {
    const { api } = setup();
    const { body } = await api("/subscriptions?limit=1&status=active");
    const [subscription] = body.subscriptions as { id: number }[];
    const response = await api(`/subscriptions/${subscription?.id}/set_next_charge_date`, { method: "POST", body: JSON.stringify({ date: "2020-01-01" }) });
    expect(response).toEqual({ status: 422, body: { errors: { date: ["date is not far enough in the future"] } } });
  });
});
