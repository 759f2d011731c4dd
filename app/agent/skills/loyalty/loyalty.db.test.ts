import { describe, expect, it } from "vitest";
import type { LoyaltyCard } from "../../cards";
import { renderSms } from "../../renderers";
import { agentHarness } from "../../../../test/support/agent";

// Summit Rewards as every loyalty fake seeds it (app/demo/providers/summit-rewards.ts).
const EMMA = "emma.johnson@example.com"; // Summit, 2,450 points: every reward within reach
const MINJUN = "minjun.kim@example.com"; // Base Camp, 180 points: $5 off (100) and Free shipping (150)
const NOAH = "noah.williams@example.com"; // not a member

const affordable = (card: LoyaltyCard) => card.rewards.filter((r) => r.affordable).map((r) => `${r.name} ${r.pointsCost}`).sort();

describe.each(["smile", "yotpo", "loyaltylion"] as const)("loyalty answers on %s: short sentences, the details on the card", (provider) => {
  it("says the balance and tier in a sentence, with each reward and its cost on the card (and in an SMS)", async () => {
    const agent = await agentHarness({ connect: [provider] });
    const reply = await agent.last(["how many points do I have?"], { email: MINJUN });
    expect(reply.text).toBe("You have 180 points and you're in the Base Camp tier. You can redeem 2 of the rewards below right now.");
    expect(reply.card).toMatchObject({ type: "loyalty", pointsBalance: 180, tier: "Base Camp" });
    expect(affordable(reply.card as LoyaltyCard)).toEqual(["$5 off 100", "Free shipping 150"]);
    expect(renderSms(reply).split("\n").slice(1, 4)).toEqual(["180 points · Base Camp", "$5 off: 100 points", "Free shipping: 150 points"]);
  });

  it("asks which reward without listing them in the text: the card lists them, with a button for each", async () => {
    const agent = await agentHarness({ connect: [provider] });
    const reply = await agent.last(["redeem my points"], { email: EMMA });
    expect(reply.text).toBe("You have 2,450 points, enough for 4 of the rewards below. Which one would you like?");
    const card = reply.card as LoyaltyCard;
    expect(affordable(card)).toEqual(["$10 off 200", "$25 off 500", "$5 off 100", "Free shipping 150"]);
    expect(card.actions.map((a) => a.label).sort()).toEqual(["Redeem $10 off", "Redeem $25 off", "Redeem $5 off", "Redeem Free shipping"]);
  });

  it("puts the tier first when asked about it, and answers Korean in Korean", async () => {
    const agent = await agentHarness({ connect: [provider] });
    expect((await agent.last(["what tier am I?"], { email: EMMA })).text).toBe("You're in the Summit tier, with 2,450 points. You can redeem 4 of the rewards below right now.");
    expect((await agent.last(["포인트 몇 점 있어요?"], { email: MINJUN })).text).toBe("현재 180포인트가 있고, Base Camp 등급이에요. 아래 리워드 중 2개를 지금 바로 교환할 수 있어요.");
    expect((await agent.last(["등급이 뭐예요?"], { email: MINJUN })).text).toMatch(/^현재 Base Camp 등급이고, 180포인트가 있어요\./);
    const which = await agent.last(["포인트 사용할래요"], { email: MINJUN });
    expect(which.text).toBe("180포인트로 아래 리워드 중 2개를 교환할 수 있어요. 어떤 리워드로 교환할까요?");
    expect((which.card as LoyaltyCard).actions.map((a) => a.label).sort()).toEqual(["포인트로 $5 off 교환", "포인트로 Free shipping 교환"]);
  });

  it("tells a customer who is not a member how to join", async () => {
    const agent = await agentHarness({ connect: [provider] });
    const reply = await agent.last(["how many points do I have?"], { email: NOAH });
    expect(reply.text).toBe("You're not in our rewards program yet.\n\nSummit Rewards is free to join with an account.");
    expect(reply.sources.map((s) => s.title)).toEqual(["Summit Rewards loyalty program"]);
  });
});
