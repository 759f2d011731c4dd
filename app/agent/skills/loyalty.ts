import { say } from "../language";
import type { SkillDefinition } from "./definition";
import { policyOrLogin } from "./provider-skill";
import { softHandoff } from "./soft-handoff";

export const loyalty: SkillDefinition = {
  id: "loyalty",
  name: "Loyalty",
  overview: "Helps shoppers check their points, see rewards and learn about your loyalty program.",
  whenUsed: "A shopper asks about points, their balance or tier, rewards they can redeem, or how the program works.",
  howItResponds:
    "Explains the program from your loyalty program content, and for logged-in customers shows their balance, tier and the rewards they can afford from your loyalty provider with a loyalty card.",
  tools: ["knowledge.search", "providers.loyalty"],
  needsLogin: "yes",
  prerequisites: [
    { kind: "integration", integration: "loyalty", missing: "Needs a loyalty provider" },
    { kind: "knowledge", topic: "loyalty", missing: "Needs loyalty program content" },
  ],
  async handle(ctx) {
    const { language } = ctx;
    const start = await policyOrLogin(ctx, "loyalty", {
      en: "To see your points balance and rewards, please log in to your account.",
      ko: "포인트 잔액과 리워드를 확인하시려면 계정에 로그인해 주세요.",
    });
    if ("done" in start) return start.done;
    const provider = ctx.tools.providers.loyalty;
    if (!provider) return softHandoff(language, "no loyalty provider connected");
    const [account, rewards] = await Promise.all([provider.account({ customerId: start.customerId, email: null }), provider.rewards()]);
    const sources = start.policy ? [start.policy.source] : [];
    if (!account) {
      return {
        outcome: "resolved",
        text: say(language, { en: "You're not in our rewards program yet.", ko: "아직 리워드 프로그램에 가입되어 있지 않아요." }) + (start.policy ? `\n\n${start.policy.text}` : ""),
        facts: { member: false, policy: start.policy?.text ?? null },
        sources,
      };
    }
    const affordable = rewards.filter((r) => r.pointsCost <= account.pointsBalance);
    return {
      outcome: "resolved",
      text: say(language, {
        en: "You have {points} points{tier}. You can redeem {count} reward(s) right now.",
        ko: "현재 {points}포인트{tier} 보유 중이에요. 지금 바로 교환할 수 있는 리워드는 {count}개예요.",
      }, { points: account.pointsBalance, tier: account.tier ? ` (${account.tier})` : "", count: affordable.length }),
      facts: { pointsBalance: account.pointsBalance, tier: account.tier, affordableRewards: affordable.map((r) => r.name) },
      card: {
        type: "loyalty",
        programName: provider.programName,
        pointsBalance: account.pointsBalance,
        tier: account.tier,
        rewards: rewards.map((r) => ({ ...r, affordable: r.pointsCost <= account.pointsBalance })),
        actions: [],
      },
      sources,
    };
  },
};
