import { describe, expect, it } from "vitest";
import { ProviderError, type LoyaltyAccount } from "../../app/agent/tools/providers";
import { createLoyaltyLion } from "../../app/agent/tools/providers/loyalty/loyaltylion";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { createLoyaltyLionFake } from "../../app/demo/providers/loyaltylion";
import { gidNumber } from "../../app/demo/gid";
import { BASE_CAMP_MEMBER, demoWorld, expectPersonalCode, noSleep, NOT_A_MEMBER, RIDGE_MEMBER, SUMMIT_MEMBER, viaFake } from "./loyalty-fixtures";

function setup() {
  const demo = demoWorld();
  const fake = createLoyaltyLionFake(demo.world);
  const network = viaFake(fake);
  const lion = createLoyaltyLion(DEMO_PROVIDER_CREDENTIALS.loyaltylion, { fetch: network.fetch, ...noSleep }, { programName: "Summit Rewards" });

  async function member(email: string): Promise<LoyaltyAccount> {
    const account = await lion.account(demo.shopper(email));
    if (!account) throw new Error(`${email} has no LoyaltyLion account`);
    return account;
  }
  async function rewardFor(account: LoyaltyAccount, name: string) {
    const reward = (await lion.rewards(account)).find((r) => r.name === name);
    if (!reward) throw new Error(`no reward ${name}`);
    return reward;
  }
  return { ...demo, fake, network, lion, member, rewardFor };
}

describe("LoyaltyLion adapter against the LoyaltyLion fake", () => {
  it("shows an enrolled customer's approved points and tier, addressed by their Shopify id", async () => {
    const { lion, shopper } = setup();
    const account = await lion.account(shopper(SUMMIT_MEMBER));
    expect(account).toEqual({ providerCustomerId: String(gidNumber(shopper(SUMMIT_MEMBER).customerId)), pointsBalance: 2450, tier: "Summit" });
  });

  it("has no account for a customer who is known but not enrolled", async () => {
    const { lion, shopper } = setup();
    expect(await lion.account(shopper(NOT_A_MEMBER))).toBeNull();
  });

  it("lists the rewards of the member's tier, affordable or not, and needs the member to list them", async () => {
    const { lion, member } = setup();
    const summit = (await lion.rewards(await member(SUMMIT_MEMBER))).map((r) => [r.name, r.pointsCost]);
    expect(summit).toEqual([
      ["$5 off", 100],
      ["$10 off", 200],
      ["Free shipping", 150],
      ["$25 off", 500],
    ]);
    // "$25 off" is kept for Ridge and up.
    expect((await lion.rewards(await member(BASE_CAMP_MEMBER))).map((r) => r.name)).not.toContain("$25 off");
    await expect(lion.rewards()).rejects.toMatchObject({ reason: "rejected" });
  });

  it("claims a reward for a voucher code that works at the demo checkout; the balance drops", async () => {
    const demo = setup();
    const account = await demo.member(RIDGE_MEMBER);
    const redeemed = await demo.lion.redeem(account, await demo.rewardFor(account, "$5 off"));
    expect(redeemed).toMatchObject({ name: "$5 off", pointsSpent: 100 });
    expect(redeemed.code).toMatch(/^LL-[A-Z]{3}\d{4}$/);
    expect((await demo.member(RIDGE_MEMBER)).pointsBalance).toBe(800);
    await expectPersonalCode(demo, redeemed.code, RIDGE_MEMBER);
  });

  it("refuses a reward the member cannot afford (422 → rejected) and spends nothing", async () => {
    const { lion, member, rewardFor } = setup();
    const account = await member(BASE_CAMP_MEMBER);
    const refusal = await lion.redeem(account, await rewardFor(account, "$10 off")).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProviderError);
    expect(refusal).toMatchObject({ reason: "rejected", status: 422 });
    expect((refusal as Error).message).toContain("insufficient_points");
    expect((await member(BASE_CAMP_MEMBER)).pointsBalance).toBe(180);
  });

  it("answers not_found for a customer LoyaltyLion does not know, or a reward not on the member's tier", async () => {
    const { lion, member, rewardFor } = setup();
    const summit = await member(SUMMIT_MEMBER);
    const bigReward = await rewardFor(summit, "$25 off");
    await expect(lion.rewards({ ...summit, providerCustomerId: "424242" })).rejects.toMatchObject({ reason: "not_found" });
    await expect(lion.redeem(await member(BASE_CAMP_MEMBER), bigReward)).rejects.toMatchObject({ reason: "not_found" });
  });

});
