import { describe, expect, it } from "vitest";
import { ProviderError } from "../../app/agent/tools/providers";
import { createYotpo } from "../../app/agent/tools/providers/loyalty/yotpo";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { createYotpoFake } from "../../app/demo/providers/yotpo";
import { BASE_CAMP_MEMBER, demoWorld, expectPersonalCode, noSleep, NOT_A_MEMBER, RIDGE_MEMBER, SUMMIT_MEMBER, viaFake } from "./loyalty-fixtures";

function setup() {
  const demo = demoWorld();
  const fake = createYotpoFake(demo.world);
  const network = viaFake(fake);
  const yotpo = createYotpo(DEMO_PROVIDER_CREDENTIALS.yotpo, { fetch: network.fetch, ...noSleep }, { programName: "Summit Rewards" });
  return { ...demo, fake, network, yotpo };
}

async function memberAndReward(yotpo: ReturnType<typeof setup>["yotpo"], shopper: ReturnType<typeof setup>["shopper"], email: string, rewardName: string) {
  const account = await yotpo.account(shopper(email));
  const reward = (await yotpo.rewards()).find((r) => r.name === rewardName);
  if (!account || !reward) throw new Error(`no account for ${email} or no reward ${rewardName}`);
  return { account, reward };
}

describe("Yotpo Loyalty adapter against the Yotpo fake", () => {
  it("shows a member's balance and VIP tier, keyed by email", async () => {
    const { yotpo, shopper } = setup();
    expect(await yotpo.account(shopper(SUMMIT_MEMBER))).toEqual({ providerCustomerId: SUMMIT_MEMBER, pointsBalance: 2450, tier: "Summit" });
    expect(await yotpo.account(shopper(RIDGE_MEMBER))).toMatchObject({ pointsBalance: 900, tier: "Ridge" });
  });

  it("has no account for a shopper Yotpo does not know (404)", async () => {
    const { yotpo, shopper } = setup();
    expect(await yotpo.account(shopper(NOT_A_MEMBER))).toBeNull();
  });

  it("offers the redemption options with a set cost, not the variable one", async () => {
    const { yotpo } = setup();
    expect((await yotpo.rewards()).map((r) => [r.name, r.pointsCost])).toEqual([
      ["$5 off", 100],
      ["$10 off", 200],
      ["Free shipping", 150],
      ["$25 off", 500],
    ]);
  });

  it("redeems for the coupon code in reward_text, which works at the demo checkout; the balance drops", async () => {
    const demo = setup();
    const { account, reward } = await memberAndReward(demo.yotpo, demo.shopper, SUMMIT_MEMBER, "$25 off");
    const redeemed = await demo.yotpo.redeem(account, reward);
    expect(redeemed).toMatchObject({ rewardId: reward.id, name: "$25 off", pointsSpent: 500 });
    expect(redeemed.code).toMatch(/^25OFF-[A-Z2-9]{6}$/);
    expect(await demo.yotpo.account(demo.shopper(SUMMIT_MEMBER))).toMatchObject({ pointsBalance: 1950 });
    await expectPersonalCode(demo, redeemed.code, SUMMIT_MEMBER);
  });

  it("refuses a reward the member cannot afford (422 → rejected) and spends nothing", async () => {
    const { yotpo, shopper } = setup();
    const { account, reward } = await memberAndReward(yotpo, shopper, BASE_CAMP_MEMBER, "$10 off");
    const refusal = await yotpo.redeem(account, reward).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ProviderError);
    expect(refusal).toMatchObject({ reason: "rejected", status: 422 });
    expect(await yotpo.account(shopper(BASE_CAMP_MEMBER))).toMatchObject({ pointsBalance: 180 });
  });

  it("answers not_found for a customer or option Yotpo does not have", async () => {
    const { yotpo, shopper } = setup();
    const { account, reward } = await memberAndReward(yotpo, shopper, SUMMIT_MEMBER, "$5 off");
    await expect(yotpo.redeem({ ...account, providerCustomerId: "someone.else@example.com" }, reward)).rejects.toMatchObject({ reason: "not_found" });
    await expect(yotpo.redeem(account, { ...reward, id: "999999" })).rejects.toMatchObject({ reason: "not_found" });
  });

});
