import { actionDone, actionHandoff, actionNoLongerPossible, propose } from "../../actions";
import type { CardAction, LoyaltyCard } from "../../cards";
import type { PendingAction } from "../../conversation-state";
import { formatNumber, say, type Phrase } from "../../language";
import type { LoyaltyAccount, LoyaltyProvider, LoyaltyReward, ShopperRef } from "../../tools/providers";
import type { Language, SkillContext, SkillResult } from "../../types";
import type { SkillDefinition, SkillPolicy } from "../definition";
import { knowledgeAnswer } from "../policy";
import { policyOrLogin, shopperOf } from "../provider-skill";
import { softHandoff } from "../human-handoff";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

const TIER_INTENT = /\btiers?\b|\blevel\b|\bstatus\b|등급|레벨/i;
const REDEEM_INTENT = /\bredeem\b|\buse (?:my )?points\b|\bspend (?:my )?points\b|\bclaim\b|\bcash in\b|교환|포인트.*(?:사용|쓰)/i;

const JOIN_QUESTION: Phrase = { en: "How do I join the rewards program?", ko: "리워드 프로그램에 어떻게 가입하나요?" };

/** What this skill says about its policy (see SkillPolicy). */
const POLICY: SkillPolicy = {
  topic: "loyalty",
  summary: { en: "How do I earn and redeem points?", ko: "포인트는 어떻게 적립하고 사용하나요?" },
  offer: { en: "Want me to check your points balance?", ko: "포인트 잔액을 확인해 드릴까요?" },
  accept: { en: "Yes, check my points", ko: "네, 포인트 확인할게요" },
};

export const loyalty: SkillDefinition = {
  id: "loyalty",
  name: ROUTE_LABEL_NAMES.loyalty.en,
  overview: "Helps shoppers check their points and tier, see the rewards they can afford and redeem one into a discount code.",
  whenUsed: "A shopper asks about points, their balance or tier, rewards they can redeem, or how the program works.",
  howItResponds:
    "Explains the program from your loyalty program content. For a logged-in customer it shows their balance, tier and the rewards they can afford from your loyalty provider with a loyalty card, and redeems a reward into a discount code — only after showing the points it costs and getting an explicit yes, then re-reading the balance.",
  shopperTopic: { en: "My points and rewards", ko: "포인트·리워드" },
  policy: POLICY,
  tools: ["shopify.customerEmail", "knowledge.answer", "providers.loyalty", "shopify.loginUrl"],
  needsLogin: "yes",
  prerequisites: [
    { kind: "integration", integration: "loyalty", missing: "Needs a loyalty provider" },
    { kind: "knowledge", topic: "loyalty", missing: "Needs loyalty program content" },
  ],
  async act(ctx, pending) {
    const provider = ctx.tools.providers.loyalty;
    if (!provider) throw new Error("no loyalty provider connected");
    return redeem(ctx, provider, await shopperOf(ctx, ctx.identity.customerId!), pending);
  },
  async handle(ctx) {
    const { language } = ctx;
    const start = await policyOrLogin(ctx, POLICY, {
      en: "To see your points balance and rewards, please log in to your account at {url}.",
      ko: "포인트 잔액과 리워드를 확인하시려면 {url} 에서 계정에 로그인해 주세요.",
    });
    if ("done" in start) return start.done;
    const provider = ctx.tools.providers.loyalty;
    if (!provider) return softHandoff(language, "no loyalty provider connected");
    const { shopper } = start;

    const account = await provider.account(shopper);
    const sources = start.policy ? [start.policy.source] : [];
    if (!account) {
      // What a non-member needs next is how to join, whatever they asked about their points.
      const join = await knowledgeAnswer(ctx, say(language, JOIN_QUESTION), POLICY.topic);
      return {
        outcome: "resolved",
        text: say(language, { en: "You're not in our rewards program yet.", ko: "아직 리워드 프로그램에 가입되어 있지 않아요." }) + (join ? `\n\n${join.text}` : ""),
        facts: { member: false, howToJoin: join?.text ?? null },
        sources: join?.sources ?? [],
      };
    }
    const rewards = await provider.rewards(account);
    const affordable = rewards.filter((r) => r.pointsCost <= account.pointsBalance);
    const card = loyaltyCard(provider, account, rewards, language);
    const wanted = rewardNamed(ctx.message, rewards);

    if (REDEEM_INTENT.test(ctx.message) || wanted) {
      if (!wanted) {
        if (affordable.length === 0) return balanceReply(ctx, account, affordable, card, sources);
        // The rewards, their costs and a button for each are on the card; the text only asks.
        return {
          outcome: "needs_input",
          text: say(language, {
            en: affordable.length === 1 ? "You have {points} points, enough for one of the rewards below. Would you like it?" : "You have {points} points, enough for {count} of the rewards below. Which one would you like?",
            ko: affordable.length === 1 ? "{points}포인트로 아래 리워드 중 1개를 교환할 수 있어요. 교환할까요?" : "{points}포인트로 아래 리워드 중 {count}개를 교환할 수 있어요. 어떤 리워드로 교환할까요?",
          }, { points: formatNumber(account.pointsBalance, language), count: affordable.length }),
          facts: { pointsBalance: account.pointsBalance, affordableRewards: affordable.map((r) => r.name) },
          card,
          quickReplies: affordable.slice(0, 4).map((r) => redeemText(r, language)),
          sources,
        };
      }
      if (wanted.pointsCost > account.pointsBalance) {
        return {
          outcome: "resolved",
          text: say(language, { en: "{reward} costs {cost} points and you have {points}, so you need {short} more.", ko: "{reward}은(는) {cost}포인트가 필요한데 현재 {points}포인트라 {short}포인트가 더 필요해요." }, {
            reward: wanted.name, cost: formatNumber(wanted.pointsCost, language), points: formatNumber(account.pointsBalance, language), short: formatNumber(wanted.pointsCost - account.pointsBalance, language),
          }),
          facts: { reward: wanted.name, pointsCost: wanted.pointsCost, pointsBalance: account.pointsBalance, affordable: false },
          card,
          sources,
        };
      }
      return propose(ctx, {
        action: "redeem_reward",
        targetId: wanted.id,
        targetLabel: `${wanted.name} (${wanted.pointsCost} points)`,
        params: { rewardId: wanted.id, rewardName: wanted.name, pointsCost: wanted.pointsCost, balanceBefore: account.pointsBalance },
        text: say(language, {
          en: "Redeem {cost} of your {points} points for {reward}? You'd get a discount code to use at checkout and have {left} points left. Points can't be returned once spent. Reply \"yes\" to redeem.",
          ko: "{points}포인트 중 {cost}포인트를 {reward}(으)로 교환할까요? 결제 시 사용할 할인 코드를 드리고 {left}포인트가 남아요. 사용한 포인트는 되돌릴 수 없어요. 교환하시려면 \"네\"라고 답해 주세요.",
        }, { cost: formatNumber(wanted.pointsCost, language), points: formatNumber(account.pointsBalance, language), reward: wanted.name, left: formatNumber(account.pointsBalance - wanted.pointsCost, language) }),
        facts: { reward: wanted.name, pointsCost: wanted.pointsCost, pointsBalance: account.pointsBalance },
        confirmLabel: say(language, { en: "Yes, redeem {cost} points", ko: "네, {cost}포인트 교환" }, { cost: formatNumber(wanted.pointsCost, language) }),
        warning: say(language, { en: "Spent points can't be returned.", ko: "사용한 포인트는 되돌릴 수 없어요." }),
        card: (actions) => ({ ...card, actions }),
        sources,
      });
    }
    return balanceReply(ctx, account, affordable, card, sources);
  },
};

/**
 * The member's standing in short sentences — points, tier, how many rewards are within reach — with each reward and
 * its cost on the card below. A question about tiers is answered with the tier first.
 */
function balanceReply(ctx: SkillContext, account: LoyaltyAccount, affordable: LoyaltyReward[], card: LoyaltyCard, sources: SkillResult["sources"]): SkillResult {
  const { language } = ctx;
  const params = { points: formatNumber(account.pointsBalance, language), tier: account.tier ?? "", count: affordable.length };
  const asksTier = TIER_INTENT.test(ctx.message);
  const standing: Phrase = !account.tier
    ? { en: "You have {points} points.", ko: "현재 {points}포인트가 있어요." }
    : asksTier
      ? { en: "You're in the {tier} tier, with {points} points.", ko: "현재 {tier} 등급이고, {points}포인트가 있어요." }
      : { en: "You have {points} points and you're in the {tier} tier.", ko: "현재 {points}포인트가 있고, {tier} 등급이에요." };
  const reach: Phrase =
    affordable.length === 0
      ? { en: "No reward is within reach yet — keep earning.", ko: "아직 교환할 수 있는 리워드가 없어요." }
      : affordable.length === 1
        ? { en: "You can redeem one of the rewards below right now.", ko: "아래 리워드 중 1개를 지금 바로 교환할 수 있어요." }
        : { en: "You can redeem {count} of the rewards below right now.", ko: "아래 리워드 중 {count}개를 지금 바로 교환할 수 있어요." };
  return {
    outcome: "resolved",
    text: `${say(language, standing, params)} ${say(language, reach, params)}`,
    facts: { pointsBalance: account.pointsBalance, tier: account.tier, affordableRewards: affordable.map((r) => r.name) },
    card,
    sources,
  };
}

/** The reward a message names: "$10 off", "free shipping" — the longest name that appears wins. */
function rewardNamed(message: string, rewards: LoyaltyReward[]): LoyaltyReward | null {
  const text = message.toLowerCase();
  return [...rewards].sort((a, b) => b.name.length - a.name.length).find((r) => text.includes(r.name.toLowerCase())) ?? null;
}

const redeemText = (reward: LoyaltyReward, language: Language) => say(language, { en: "Redeem {reward}", ko: "포인트로 {reward} 교환" }, { reward: reward.name });

function loyaltyCard(provider: LoyaltyProvider, account: LoyaltyAccount, rewards: LoyaltyReward[], language: Language): LoyaltyCard {
  const actions: CardAction[] = rewards
    .filter((r) => r.pointsCost <= account.pointsBalance)
    .slice(0, 4)
    .map((r) => ({ kind: "reply", label: redeemText(r, language), text: redeemText(r, language) }));
  return {
    type: "loyalty",
    programName: provider.programName,
    pointsBalance: account.pointsBalance,
    tier: account.tier,
    rewards: rewards.map((r) => ({ ...r, affordable: r.pointsCost <= account.pointsBalance })),
    actions,
  };
}

/** Spends the points, then re-reads the balance: the code is given only when the provider shows the points spent. */
async function redeem(ctx: SkillContext, provider: LoyaltyProvider, shopper: ShopperRef, pending: PendingAction): Promise<SkillResult> {
  const { language } = ctx;
  const account = await provider.account(shopper);
  const reward = account && (await provider.rewards(account)).find((r) => r.id === pending.params.rewardId);
  if (!account || !reward) return actionHandoff(ctx, pending, "the loyalty account or the reward is no longer there");
  if (reward.pointsCost > account.pointsBalance) {
    return actionNoLongerPossible(pending, {
      text: say(language, { en: "You no longer have enough points for {reward}: it costs {cost} and you have {points}.", ko: "{reward} 교환에 필요한 포인트가 부족해요: {cost}포인트가 필요하고 현재 {points}포인트예요." }, { reward: reward.name, cost: formatNumber(reward.pointsCost, language), points: formatNumber(account.pointsBalance, language) }),
      facts: { reward: reward.name, redeemed: false },
    }, { reason: "points short", pointsBalance: account.pointsBalance });
  }
  const redeemed = await provider.redeem(account, reward);
  const after = await provider.account(shopper);
  // The code is real only if the provider shows the points as spent.
  if (!after || after.pointsBalance > account.pointsBalance - redeemed.pointsSpent) {
    return actionHandoff(ctx, pending, `the balance does not show the redemption (before ${account.pointsBalance}, after ${after?.pointsBalance ?? "unknown"})`, { code: redeemed.code });
  }
  const copy = say(language, { en: "Copy code", ko: "코드 복사" });
  return actionDone(pending, {
    text: say(language, {
      en: "Done — {reward} is yours. Your code: {code}. Enter it at checkout, or tap \"Apply at checkout\" below. You have {points} points left.",
      ko: "완료했어요. {reward} 코드: {code}. 결제할 때 입력하시거나 아래 \"결제에 적용\"을 눌러 주세요. 남은 포인트는 {points}포인트예요.",
    }, { reward: redeemed.name, code: redeemed.code, points: formatNumber(after.pointsBalance, language) }),
    facts: { reward: redeemed.name, code: redeemed.code, pointsSpent: redeemed.pointsSpent, pointsBalance: after.pointsBalance },
    card: {
      type: "coupon",
      coupons: [{
        code: redeemed.code,
        title: redeemed.name,
        summary: say(language, { en: "{points} points redeemed — {program}", ko: "{points}포인트 교환 — {program}" }, { points: formatNumber(redeemed.pointsSpent, language), program: provider.programName }),
        endsAt: null,
        personal: true,
        actions: [
          { kind: "apply_discount", label: say(language, { en: "Apply at checkout", ko: "결제에 적용" }), code: redeemed.code },
          { kind: "copy", label: copy, value: redeemed.code },
        ],
      }],
    },
  }, { code: redeemed.code, pointsSpent: redeemed.pointsSpent, balanceAfter: after.pointsBalance });
}
