import type { CouponCard } from "../cards";
import { formatDate, say } from "../language";
import { loginLink } from "../login";
import type { SkillDefinition, SkillPolicy } from "./definition";
import { policyPassage } from "./policy";

const TROUBLE = /not work|doesn't work|didn't work|won't apply|invalid|expired|안\s*돼|안\s*먹|적용이?\s*안|오류/i;

/** What this skill says about its policy (see SkillPolicy). */
const POLICY: SkillPolicy = {
  topic: "coupons",
  summary: { en: "How do discount codes work?", ko: "할인 코드는 어떻게 사용하나요?" },
  offer: { en: "Want me to look for a code you can use?", ko: "사용하실 수 있는 쿠폰을 찾아 드릴까요?" },
  accept: { en: "Yes, find me a code", ko: "네, 쿠폰 찾아 주세요" },
};

export const couponsDiscounts: SkillDefinition = {
  id: "coupons_discounts",
  name: "Coupons & discounts",
  overview: "Shares the discount codes a shopper can use now, with coupon cards they can copy or apply to the cart.",
  whenUsed: "A shopper asks for a discount or promo code, about current sales, or why a code doesn't work.",
  howItResponds:
    "Lists your active discount codes from Shopify — codes reserved for specific customers only to those customers when logged in — with coupon cards, and quotes your coupon & discount info for questions about how codes work.",
  shopperTopic: { en: "Discount codes and sales", ko: "쿠폰·할인" },
  policy: POLICY,
  tools: ["shopify.codeDiscounts", "knowledge.answer", "shopify.loginUrl"],
  needsLogin: "partly",
  prerequisites: [{ kind: "knowledge", topic: "coupons", missing: "Needs coupon & discount info" }],
  async handle(ctx) {
    const { language, identity } = ctx;
    const [discounts, policy] = await Promise.all([ctx.tools.shopify.codeDiscounts(), policyPassage(ctx, POLICY)]);
    const usable = discounts
      .map((d) => {
        const context = d.context;
        const personal = context.__typename === "DiscountCustomers";
        const mine = personal && identity.customerId !== null && context.customers.some((c) => c.id === identity.customerId);
        const forEveryone = context.__typename === "DiscountBuyerSelectionAll";
        return { discount: d, personal, visible: forEveryone || mine };
      })
      .filter((d) => d.visible && d.discount.codes.nodes.length > 0)
      // The shopper's own codes first, then the ones ending soonest.
      .sort((a, b) => Number(b.personal) - Number(a.personal) || (a.discount.endsAt ?? "9").localeCompare(b.discount.endsAt ?? "9"))
      .slice(0, 5);
    const sources = policy ? [policy.source] : [];
    const policyText = policy && (TROUBLE.test(ctx.message) || usable.length === 0) ? `\n\n${policy.text}` : "";

    if (usable.length === 0) {
      return {
        outcome: "resolved",
        text: say(language, { en: "There are no discount codes running right now.", ko: "현재 사용 가능한 할인 코드가 없어요." }) + policyText,
        facts: { codes: [], policy: policy?.text ?? null },
        sources,
      };
    }
    const card: CouponCard = {
      type: "coupon",
      coupons: usable.map(({ discount, personal }) => {
        const code = discount.codes.nodes[0]!.code;
        return {
          code,
          title: discount.title,
          summary: discount.summary,
          endsAt: discount.endsAt,
          personal,
          actions: [
            { kind: "copy", label: say(language, { en: "Copy code", ko: "코드 복사" }), value: code },
            { kind: "apply_discount", label: say(language, { en: "Apply to cart", ko: "장바구니에 적용" }), code },
          ],
        };
      }),
    };
    const lines = card.coupons.map((c) => {
      const until = c.endsAt ? say(language, { en: " (until {date})", ko: " ({date}까지)" }, { date: formatDate(c.endsAt, language) }) : "";
      const mine = c.personal ? say(language, { en: " — just for you", ko: " — 고객님 전용" }) : "";
      return `• ${c.code}: ${c.summary}${until}${mine}`;
    });
    const hint = identity.customerId
      ? ""
      : "\n\n" + say(language, { en: "Log in at {url} to see codes reserved for your account, too.", ko: "{url} 에서 로그인하시면 고객님 전용 코드도 확인하실 수 있어요." }, { url: (await loginLink(ctx)).url });
    return {
      outcome: "resolved",
      text: say(language, { en: "Here are the codes you can use right now:", ko: "지금 사용하실 수 있는 코드예요:" }) + `\n${lines.join("\n")}${policyText}${hint}`,
      facts: { codes: card.coupons.map((c) => ({ code: c.code, summary: c.summary, endsAt: c.endsAt, personal: c.personal })), policy: policy?.text ?? null },
      card,
      sources,
    };
  },
};
