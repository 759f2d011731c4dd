import { formatDate, joinList, say } from "../language";
import type { SkillDefinition } from "./definition";
import { policyOrLogin } from "./provider-skill";
import { softHandoff } from "./soft-handoff";

export const subscriptions: SkillDefinition = {
  id: "subscriptions",
  name: "Subscriptions",
  overview: "Helps shoppers manage their subscriptions: next charge, skip, pause, resume and cancel.",
  whenUsed: "A shopper asks about a subscription: when it charges next, or wants to skip, pause, resume, change or cancel it.",
  howItResponds:
    "Answers subscription questions from your subscription policy, and for logged-in customers shows their subscriptions from your subscription provider with a subscription card.",
  tools: ["knowledge.search", "providers.subscriptions"],
  needsLogin: "yes",
  prerequisites: [
    { kind: "integration", integration: "subscriptions", missing: "Needs a subscription provider" },
    { kind: "knowledge", topic: "subscriptions", missing: "Needs subscription policy content" },
  ],
  async handle(ctx) {
    const { language } = ctx;
    const start = await policyOrLogin(ctx, "subscriptions", {
      en: "To see or change your subscriptions, please log in to your account.",
      ko: "구독을 확인하거나 변경하시려면 계정에 로그인해 주세요.",
    });
    if ("done" in start) return start.done;
    const provider = ctx.tools.providers.subscriptions;
    if (!provider) return softHandoff(language, "no subscription provider connected");
    const found = await provider.subscriptions({ customerId: start.customerId, email: null });
    const sources = start.policy ? [start.policy.source] : [];
    const [first] = found;
    if (!first) {
      return { outcome: "resolved", text: say(language, { en: "I don't see any subscriptions on your account.", ko: "고객님 계정에 구독 내역이 없어요." }), facts: { subscriptions: [] }, sources };
    }
    const summary = joinList(
      found.map((s) => `${s.productTitle} (${s.frequency}${s.nextChargeAt ? `, ${formatDate(s.nextChargeAt, language)}` : ""})`),
      language,
    );
    return {
      outcome: "resolved",
      text: say(language, { en: "Your subscriptions: {summary}.", ko: "고객님의 구독: {summary}." }, { summary }),
      facts: { subscriptions: found, policy: start.policy?.text ?? null },
      card: {
        type: "subscription",
        subscriptionId: first.id,
        productTitle: first.productTitle,
        status: first.status,
        frequency: first.frequency,
        nextChargeAt: first.nextChargeAt,
        price: first.price,
        actions: [],
      },
      sources,
    };
  },
};
