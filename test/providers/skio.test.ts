import { describe, expect, it } from "vitest";
import { createSkio, SKIO_API_URL } from "../../app/agent/tools/providers/subscriptions/skio";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { createSkioFake } from "../../app/demo/providers/skio";
import { daysBetween, fakeSubscriptionWorld, NOW, onlySubscription } from "./subscription-fixtures";


function setup(apiToken: string = DEMO_PROVIDER_CREDENTIALS.skio.apiToken) {
  const { fetch, shopper } = fakeSubscriptionWorld(createSkioFake);
  const skio = createSkio({ apiToken }, { fetch, retries: 0 });
  /** Straight to the fake, as Skio's GraphQL endpoint. */
  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(SKIO_API_URL, {
      method: "POST",
      headers: { authorization: `API ${DEMO_PROVIDER_CREDENTIALS.skio.apiToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions: { code: string } }[] } };
  };
  return { skio, shopper, graphql };
}


describe("Skio adapter against the Skio fake", () => {
  it("lists a coffee subscriber's subscription with its interval, price and next charge", async () => {
    const { skio, shopper } = setup();
    const sophia = await onlySubscription(skio, shopper("sophia.patel@example.com"));
    expect(sophia).toMatchObject({
      productTitle: "Summit Roast Coffee Subscription",
      status: "active",
      frequency: { unit: "week", count: 2 },
      price: { amount: "16.20", currencyCode: "USD" },
      quantity: 1,
    });
    expect(daysBetween(NOW.toISOString(), sophia.nextChargeAt)).toBeGreaterThan(3);
    expect(daysBetween(NOW.toISOString(), sophia.nextChargeAt)).toBeLessThan(10);
    expect(await onlySubscription(skio, shopper("ava.thompson@example.com"))).toMatchObject({ status: "active", frequency: { unit: "week", count: 4 } });
  });

  it("shows a paused subscription without a next charge, and nothing for a shopper Skio does not know", async () => {
    const { skio, shopper } = setup();
    expect(await onlySubscription(skio, shopper("emma.johnson@example.com"))).toMatchObject({ status: "paused", nextChargeAt: null });
    expect(await skio.subscriptions(shopper("noah.williams@example.com"))).toEqual([]);
  });

  it("finds the shopper by Shopify customer id, or by their email in any letter case", async () => {
    const { skio, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    expect(await skio.subscriptions({ customerId: sophia.customerId, email: null })).toHaveLength(1);
    expect(await skio.subscriptions({ customerId: "gid://shopify/Customer/999999", email: "Sophia.Patel@Example.com" })).toHaveLength(1);
    // An email's _ is a single-character wildcard to _ilike; the adapter escapes it.
    expect(await skio.subscriptions({ customerId: "gid://shopify/Customer/999999", email: "sophia_patel@example.com" })).toEqual([]);
  });

  it("resumes a long-paused subscription from tomorrow", async () => {
    const { skio, shopper } = setup();
    const emma = shopper("emma.johnson@example.com");
    const { id } = await onlySubscription(skio, emma);
    await skio.resume(emma, id);
    const resumed = await skio.subscription(emma, id);
    expect(resumed?.status).toBe("active");
    expect(daysBetween(NOW.toISOString(), resumed?.nextChargeAt)).toBeLessThanOrEqual(1);
  });

  it("cancels, and reactivates a cancelled subscription on resume", async () => {
    const { skio, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    const { id } = await onlySubscription(skio, sophia);

    await skio.cancel(sophia, id, "Moving abroad");
    expect(await skio.subscription(sophia, id)).toMatchObject({ status: "cancelled", nextChargeAt: null });

    await skio.resume(sophia, id);
    const resumed = await skio.subscription(sophia, id);
    expect(resumed?.status).toBe("active");
    expect(daysBetween(NOW.toISOString(), resumed?.nextChargeAt)).toBeLessThanOrEqual(2);
  });

  it("changes the billing interval, and the upcoming charge moves with it", async () => {
    const { skio, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    const before = await onlySubscription(skio, sophia);

    await skio.changeFrequency(sophia, before.id, { unit: "week", count: 4 });

    const after = await skio.subscription(sophia, before.id);
    expect(after?.frequency).toEqual({ unit: "week", count: 4 });
    expect(daysBetween(before.nextChargeAt, after?.nextChargeAt)).toBe(14);
  });

  it("refuses someone else's subscription and ids Skio does not hold, and changes nothing", async () => {
    const { skio, shopper } = setup();
    const sophia = shopper("sophia.patel@example.com");
    const avasSubscription = await onlySubscription(skio, shopper("ava.thompson@example.com"));

    await expect(skio.pause(sophia, avasSubscription.id)).rejects.toMatchObject({ name: "ProviderError", reason: "not_found" });
    await expect(skio.cancel(sophia, avasSubscription.id, "not mine")).rejects.toMatchObject({ reason: "not_found" });
    await expect(skio.skipNextCharge(sophia, "00000000-0000-4000-a000-000000000000")).rejects.toMatchObject({ reason: "not_found" });
    await expect(skio.resume(sophia, "not-a-uuid")).rejects.toMatchObject({ reason: "not_found" });
    expect(await skio.subscription(sophia, avasSubscription.id)).toBeNull();
    expect(await onlySubscription(skio, shopper("ava.thompson@example.com"))).toEqual(avasSubscription);
  });

  it("rejects what Skio cannot do", async () => {
    const { skio, shopper } = setup();
    const emma = shopper("emma.johnson@example.com");
    const { id } = await onlySubscription(skio, emma);
    await expect(skio.skipNextCharge(emma, id)).rejects.toMatchObject({ reason: "rejected" });
    await expect(skio.changeFrequency(emma, id, { unit: "week", count: 0 })).rejects.toMatchObject({ reason: "rejected" });
  });

  it("verifies credentials, and a wrong token is unauthorized", async () => {
    await expect(setup().skio.verifyCredentials()).resolves.toBeUndefined();
    const { skio, shopper } = setup("skio_wrong_token_00000000");
    await expect(skio.verifyCredentials()).rejects.toMatchObject({ reason: "unauthorized", status: 401 });
    await expect(skio.subscriptions(shopper("sophia.patel@example.com"))).rejects.toMatchObject({ reason: "unauthorized" });
  });
});

describe("Skio fake", () => {
  it("answers errors as Hasura does: HTTP 200 with an errors list", async () => {
    const { graphql } = setup();
    const unknownField = await graphql("query { Subscriptions { id colour } }");
    expect(unknownField.status).toBe(200);
    expect(unknownField.body.errors?.[0]?.extensions.code).toBe("validation-failed");

    const badUuid = await graphql("query { Subscriptions(where: {id: {_eq: \"nope\"}}) { id } }");
    expect(badUuid.body).toMatchObject({ errors: [{ message: 'invalid input syntax for type uuid: "nope"', extensions: { code: "data-exception" } }] });

    const unheld = await graphql("mutation($input: pauseSubscriptionInput!) { pauseSubscription(input: $input) { ok message } }", {
      input: { subscriptionId: "00000000-0000-4000-a000-000000000000" },
    });
    expect(unheld.body).toEqual({ errors: [{ message: "Lambda policy revoked", extensions: { code: "unexpected", path: "$" } }] });
  });

  it("filters, orders and limits Subscriptions like Hasura", async () => {
    const { graphql } = setup();
    const { body } = await graphql(`query {
      Subscriptions(where: {status: {_eq: "ACTIVE"}}, order_by: {nextBillingDate: asc}, limit: 5) {
        nextBillingDate StorefrontUser { email } SubscriptionLines(where: {removedAt: {_is_null: true}}) { ProductVariant { title } }
      }
    }`);
    expect(body.data?.Subscriptions).toEqual([
      expect.objectContaining({ StorefrontUser: { email: "sophia.patel@example.com" }, SubscriptionLines: [{ ProductVariant: { title: "Whole Bean / Every 2 weeks" } }] }),
      expect.objectContaining({ StorefrontUser: { email: "ava.thompson@example.com" }, SubscriptionLines: [{ ProductVariant: { title: "Whole Bean / Every 4 weeks" } }] }),
    ]);
  });
});
