import { describe, expect, it } from "vitest";
import { ProviderError, type LoyaltyReward } from "../../app/agent/tools/providers";
import { createSmile } from "../../app/agent/tools/providers/loyalty/smile";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { createSmileFake } from "../../app/demo/providers/smile";
import { BASE_CAMP_MEMBER, demoWorld, expectPersonalCode, noSleep, NOT_A_MEMBER, RIDGE_MEMBER, SUMMIT_MEMBER, viaFake } from "./loyalty-fixtures";

function setup() {
  const demo = demoWorld();
  const fake = createSmileFake(demo.world);
  const network = viaFake(fake);
  const smile = createSmile(DEMO_PROVIDER_CREDENTIALS.smile, { fetch: network.fetch, ...noSleep }, { programName: "Summit Rewards" });
  return { ...demo, fake, network, smile };
}

const named = (rewards: LoyaltyReward[], name: string) => {
  const reward = rewards.find((r) => r.name === name);
  if (!reward) throw new Error(`no reward ${name}`);
  return reward;
};

describe("Smile adapter against the Smile fake", () => {
  it("shows a member's balance and VIP tier under the program's name", async () => {
    const { smile, shopper } = setup();
    expect(smile.programName).toBe("Summit Rewards");
    expect(await smile.account(shopper(SUMMIT_MEMBER))).toMatchObject({ pointsBalance: 2450, tier: "Summit" });
    expect(await smile.account(shopper(BASE_CAMP_MEMBER))).toMatchObject({ pointsBalance: 180, tier: "Base Camp" });
  });

  it("has no account for a customer who never joined (a Smile candidate) or has no email", async () => {
    const { smile, shopper } = setup();
    expect(await smile.account(shopper(NOT_A_MEMBER))).toBeNull();
    expect(await smile.account({ ...shopper(SUMMIT_MEMBER), email: null })).toBeNull();
  });

  it("offers only the points products with a set price, not the variable slider", async () => {
    const { smile } = setup();
    expect(await smile.rewards()).toEqual([
      { id: expect.any(String), name: "$5 off", pointsCost: 100 },
      { id: expect.any(String), name: "$10 off", pointsCost: 200 },
      { id: expect.any(String), name: "Free shipping", pointsCost: 150 },
      { id: expect.any(String), name: "$25 off", pointsCost: 500 },
    ]);
  });

  it("redeems for a discount code that works at the demo checkout, and the balance drops", async () => {
    const demo = setup();
    const account = await demo.smile.account(demo.shopper(RIDGE_MEMBER));
    if (!account) throw new Error("Ridge member has no account");
    const rewards = await demo.smile.rewards();

    const first = await demo.smile.redeem(account, named(rewards, "$10 off"));
    expect(first).toMatchObject({ pointsSpent: 200, name: "$10 off coupon" });
    expect(first.code).toMatch(/^10off-[0-9a-f]{12}$/);
    expect(await demo.smile.account(demo.shopper(RIDGE_MEMBER))).toMatchObject({ pointsBalance: 700 });
    await expectPersonalCode(demo, first.code, RIDGE_MEMBER);

    const second = await demo.smile.redeem(account, named(rewards, "Free shipping"));
    expect(second.code).not.toBe(first.code);
    expect((await demo.activeDiscount(second.code))?.__typename).toBe("DiscountCodeFreeShipping");
    // The store's GID index knows the new code too, so node(id:) finds it.
    expect([...(demo.world.nodes?.values() ?? [])].some((node) => "discount" in node)).toBe(true);
  });

  it("refuses a reward the member cannot afford (422 → rejected) and spends nothing", async () => {
    const { smile, shopper, store } = setup();
    const account = await smile.account(shopper(BASE_CAMP_MEMBER));
    if (!account) throw new Error("Base Camp member has no account");
    const discounts = store.data.discountNodes.length;
    const refusal = await smile.redeem(account, named(await smile.rewards(), "$10 off")).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProviderError);
    expect(refusal).toMatchObject({ reason: "rejected", status: 422 });
    expect((refusal as Error).message).toContain("enough points");
    expect(await smile.account(shopper(BASE_CAMP_MEMBER))).toMatchObject({ pointsBalance: 180 });
    expect(store.data.discountNodes).toHaveLength(discounts);
  });

  it("answers not_found for a customer or reward that does not exist", async () => {
    const { smile, shopper } = setup();
    const account = await smile.account(shopper(SUMMIT_MEMBER));
    if (!account) throw new Error("Summit member has no account");
    const [reward] = await smile.rewards();
    if (!reward) throw new Error("no rewards");
    await expect(smile.redeem({ ...account, providerCustomerId: "999" }, reward)).rejects.toMatchObject({ reason: "not_found" });
    await expect(smile.redeem(account, { ...reward, id: "132456999" })).rejects.toMatchObject({ reason: "not_found" });
  });

  it("checks credentials: the demo key is accepted, another is unauthorized", async () => {
    const { smile, network } = setup();
    await expect(smile.verifyCredentials()).resolves.toBeUndefined();
    const wrong = createSmile({ apiKey: "smile_wrong_key_000000000" }, { fetch: network.fetch });
    await expect(wrong.verifyCredentials()).rejects.toMatchObject({ reason: "unauthorized", status: 401 });
    expect(createSmile({ apiKey: "x" }).programName).toBe("Rewards");
  });
});
