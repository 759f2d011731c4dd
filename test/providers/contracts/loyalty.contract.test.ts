import { describe, expect, it } from "vitest";
import { ProviderError, type LoyaltyAccount, type LoyaltyProvider } from "../../../app/agent/tools/providers";
import { providersOf } from "../../../app/services/provider-catalog";
import type { FetchLike } from "../../../app/shopify/admin-client";
import { providerWorld, wrongCredentials } from "../../support/provider-world";
import { activeDiscountIn, BASE_CAMP_MEMBER, expectPersonalCode, NOT_A_MEMBER, RIDGE_MEMBER, SUMMIT_MEMBER } from "../loyalty-fixtures";

/**
 * What every loyalty provider promises (LoyaltyProvider in app/agent/tools/providers/types.ts), run against each
 * adapter in the catalog wired to its fake, over the demo shop's Summit Rewards members.
 */

const NOW = new Date("2026-06-15T17:00:00Z");

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

/** The network, except that every POST gets a 503 before reaching the provider (it failed mid-request). */
function postsFailWith503(fetch: FetchLike) {
  const posts: string[] = [];
  const failing: FetchLike = async (url, init) => {
    if ((init.method ?? "GET") !== "POST") return fetch(url, init);
    posts.push(url);
    return new Response(JSON.stringify({ error: "Service Unavailable" }), { status: 503 });
  };
  return { fetch: failing, posts };
}

describe.each(providersOf("loyalty"))("$name keeps the loyalty provider contract", (definition) => {
  function setup() {
    const world = providerWorld(NOW);
    const provider = world.connect(definition);

    async function member(email: string): Promise<LoyaltyAccount> {
      const account = await provider.account(world.shopper(email));
      if (!account) throw new Error(`${email} has no ${definition.name} account`);
      return account;
    }
    async function reward(account: LoyaltyAccount, name: string, from: LoyaltyProvider = provider) {
      const found = (await from.rewards(account)).find((candidate) => candidate.name === name);
      if (!found) throw new Error(`no reward "${name}"`);
      return found;
    }
    return { ...world, provider, member, reward, activeDiscount: activeDiscountIn(world.admin) };
  }

  it("shows a member's points balance and tier, and no account for someone who is not a member", async () => {
    const { provider, shopper } = setup();
    expect(await provider.account(shopper(SUMMIT_MEMBER))).toMatchObject({ pointsBalance: 2450, tier: "Summit" });
    expect(await provider.account(shopper(BASE_CAMP_MEMBER))).toMatchObject({ pointsBalance: 180, tier: "Base Camp" });
    expect(await provider.account(shopper(NOT_A_MEMBER))).toBeNull();
  });

  it("lists the rewards with their points costs, those the member cannot afford yet too", async () => {
    const { provider, member } = setup();
    expect((await provider.rewards(await member(SUMMIT_MEMBER))).map((reward) => [reward.name, reward.pointsCost])).toEqual([
      ["$5 off", 100],
      ["$10 off", 200],
      ["Free shipping", 150],
      ["$25 off", 500],
    ]);
    expect((await provider.rewards(await member(BASE_CAMP_MEMBER))).map((reward) => reward.name)).toContain("$10 off");
  });

  it("redeems points for a code that works at checkout for that member only, and the balance drops by the cost", async () => {
    const demo = setup();
    const account = await demo.member(RIDGE_MEMBER);
    const redeemed = await demo.provider.redeem(account, await demo.reward(account, "$5 off"));
    expect(redeemed).toMatchObject({ pointsSpent: 100, code: expect.stringMatching(/^\S{6,}$/) });
    expect((await demo.member(RIDGE_MEMBER)).pointsBalance).toBe(800);
    await expectPersonalCode(demo, redeemed.code, RIDGE_MEMBER);
  });

  it("refuses a reward that costs more than the balance, and spends nothing", async () => {
    const { provider, member, reward, store } = setup();
    const account = await member(BASE_CAMP_MEMBER);
    const discounts = store.data.discountNodes.length;
    const refusal = await failure(provider.redeem(account, await reward(account, "$10 off")));
    expect(refusal).toBeInstanceOf(ProviderError);
    expect(refusal).toMatchObject({ reason: "rejected" });
    expect((await member(BASE_CAMP_MEMBER)).pointsBalance).toBe(180);
    expect(store.data.discountNodes).toHaveLength(discounts);
  });

  it("answers not found for a reward it does not offer, and spends nothing", async () => {
    const { provider, member, reward } = setup();
    const account = await member(SUMMIT_MEMBER);
    const missing = { ...(await reward(account, "$5 off")), id: "999999" };
    expect(await failure(provider.redeem(account, missing))).toMatchObject({ name: "ProviderError", reason: "not_found" });
    expect((await member(SUMMIT_MEMBER)).pointsBalance).toBe(2450);
  });

  it("sends a redemption once, even when the provider answers 5xx: points are never spent twice", async () => {
    const { connect, network, member, reward } = setup();
    const account = await member(SUMMIT_MEMBER);
    const failing = postsFailWith503(network.fetch);
    const flaky = connect(definition, { fetch: failing.fetch });
    const chosen = await reward(account, "$5 off", flaky);
    expect(await failure(flaky.redeem(account, chosen))).toMatchObject({ name: "ProviderError", reason: "server_error" });
    expect(failing.posts).toHaveLength(1);
  });

  it("accepts the merchant's credentials, and refuses wrong ones as unauthorized", async () => {
    const { provider, connect } = setup();
    await expect(provider.verifyCredentials()).resolves.toBeUndefined();
    expect(await failure(connect(definition, { credentials: wrongCredentials(definition) }).verifyCredentials())).toMatchObject({ name: "ProviderError", reason: "unauthorized", status: 401 });
  });
});
