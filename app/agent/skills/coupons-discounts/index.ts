import type { CodeDiscount } from "../../../shopify/operations/discount-nodes";
import type { CouponCard } from "../../cards";
import { formatDate, say, type Phrase } from "../../language";
import { loginLink } from "../../login";
import type { SkillContext, SkillResult } from "../../types";
import type { SkillDefinition, SkillPolicy } from "../definition";
import { describeDiscount, discountTargets } from "./discount-wording";
import { checkNamedCodes, codesNamed, type CodeCheck } from "./named-codes";
import { isPolicyQuestion, knowledgeAnswer, policyPassage } from "../policy";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

type Discount = CodeDiscount & { id: string };

/** "my code isn't working", "쿠폰이 적용이 안 돼요". */
const TROUBLE = /(?:n't|not)\s+(?:work|apply|go through|accepted)|invalid|expired|error|rejected|안\s*돼|안\s*먹|적용이?\s*안|오류/i;
const CODE_WORDS = String.raw`(?:codes?|coupons?|discounts?|deals?|sales?|promos?|promotions?|offers?|vouchers?)`;
/**
 * "are there any discounts right now", "is there a sale on?", "can I get a discount?", "쓸 수 있는 쿠폰 있나요?":
 * questions that ask for the codes themselves, though they read like questions about the rules.
 */
const ASKS_FOR_CODES = new RegExp(
  [
    String.raw`\b(?:any|some|got)\b[^.?!]*\b${CODE_WORDS}\b`,
    String.raw`\b(?:is|are) there\b[^.?!]*\b${CODE_WORDS}\b`,
    String.raw`\b(?:get|give|need|want|send)\b[^.?!]*\b${CODE_WORDS}\b`,
    String.raw`(?:쿠폰|코드|할인|세일|프로모션|혜택)[^.?!]*(?:있|없)(?:나요|어요|어|을까요|습니까|니|는지)`,
  ].join("|"),
  "i",
);
/** "can I use two codes?", "can I combine codes?", "쿠폰 두 개 같이 쓸 수 있나요?": whether codes can be used together. */
const ASKS_ABOUT_STACKING = new RegExp(
  [
    String.raw`\b(?:two|2|both|multiple|several|more than one)\b[^.?!]*\b${CODE_WORDS}`,
    String.raw`\b(?:combine|stack|together)\b[^.?!]*\b(?:codes|coupons|discounts|promos)\b`,
    String.raw`\b(?:codes|coupons|discounts|promos)\b[^.?!]*\b(?:combined?|stack(?:ed)?|together)\b`,
    String.raw`(?:쿠폰|코드|할인)[^.?!]*(?:[두2]\s*(?:개|장)|여러\s*(?:개|장)|중복|같이|함께|동시에)`,
    String.raw`(?:[두2]\s*(?:개|장)|여러\s*(?:개|장)|중복)[^.?!]*(?:쿠폰|코드|할인)`,
  ].join("|"),
  "i",
);
/**
 * What the knowledge base is asked for a question about using codes together: the question in its plainest form,
 * since the shopper's words ("both", "one order") pull toward passages that merely share them.
 */
const STACKING_QUESTION: Phrase = { en: "How many discount codes can be used per order?", ko: "주문 한 건에 할인 코드를 몇 개까지 사용할 수 있나요?" };
/** A passage that states how many codes an order takes, rather than one that only shares the question's words. */
const STATES_A_LIMIT = /\bper order\b|\bone (?:code|coupon|discount)\b|\bonly one\b|\bcannot be combined\b|주문당|한\s*개|1\s*개|하나만|중복/i;

/** What this skill says about its policy: the knowledge-base topic it quotes, and the offer it makes after a policy answer. */
const POLICY: SkillPolicy = {
  topic: "coupons",
  summary: { en: "How do discount codes work?", ko: "할인 코드는 어떻게 사용하나요?" },
  offer: { en: "Want me to look for a code you can use?", ko: "사용하실 수 있는 쿠폰을 찾아 드릴까요?" },
  accept: { en: "Yes, find me a code", ko: "네, 쿠폰 찾아 주세요" },
};

export const couponsDiscounts: SkillDefinition = {
  id: "coupons_discounts",
  name: ROUTE_LABEL_NAMES.coupons_discounts.en,
  overview: "Shares the discount codes a shopper can use now, with coupon cards they can copy or apply to the cart.",
  whenUsed: "A shopper asks for a discount or promo code, about current sales, or why a code doesn't work.",
  howItResponds:
    "Lists your active discount codes from Shopify — codes reserved for specific customers only to those customers when logged in — with coupon cards, explains why a code the shopper names doesn't work (ended, not started yet, someone else's, minimum not met, unknown), and quotes your coupon & discount info for questions about how codes work.",
  shopperTopic: { en: "Discount codes and sales", ko: "쿠폰·할인" },
  // No `policy` for the engine to answer first: here the skill tells its policy questions from its requests itself,
  // because "are there any discounts?" and "쓸 수 있는 쿠폰 있나요?" read like policy questions but ask for codes,
  // and a code the shopper names is checked before any policy is quoted.
  tools: ["shopify.codeDiscounts", "shopify.discountByCode", "knowledge.answer", "shopify.loginUrl"],
  needsLogin: "partly",
  prerequisites: [{ kind: "knowledge", topic: POLICY.topic, missing: "Needs coupon & discount info" }],
  async handle(ctx) {
    if (ASKS_ABOUT_STACKING.test(ctx.message)) return stackingAnswer(ctx);
    const named = codesNamed(ctx.message);
    const checks = named.length ? await checkNamedCodes(ctx, named) : [];
    if (checks.length) return namedCodesReply(ctx, checks);
    const loggedIn = ctx.identity.customerId !== null;
    if (!ASKS_FOR_CODES.test(ctx.message) && isPolicyQuestion(ctx.message, { loggedIn })) {
      const answer = await knowledgeAnswer(ctx, ctx.message, POLICY.topic);
      if (answer) return policyReply(ctx, answer.text, answer.sources);
    }
    return codesReply(ctx, { codeChecked: false, loginAsked: false });
  },
};

/** The knowledge base's rule on using several codes in one order; "not sure" rather than a passage that does not state it. */
async function stackingAnswer(ctx: SkillContext): Promise<SkillResult> {
  const { language } = ctx;
  // The shop's articles may be written in English only, as the demo's are.
  for (const asked of new Set([language, "en" as const])) {
    const answer = await knowledgeAnswer(ctx, STACKING_QUESTION[asked], POLICY.topic);
    if (answer && STATES_A_LIMIT.test(answer.text)) return policyReply(ctx, answer.text, answer.sources);
  }
  return {
    outcome: "unanswered",
    text: say(language, {
      en: "I couldn't find our rule on using more than one code in an order, and I'd rather not guess. Our team can confirm it for you.",
      ko: "한 주문에 코드를 여러 개 사용할 수 있는지에 대한 안내를 찾지 못했어요. 추측해서 말씀드리기보다는 담당 팀이 확인해 드릴게요.",
    }),
    facts: { policy: null },
  };
}

function policyReply(ctx: SkillContext, passage: string, sources: { id: string; title: string }[]): SkillResult {
  const offer = say(ctx.language, POLICY.offer);
  return { outcome: "resolved", text: `${passage}\n\n${offer}`, facts: { policy: passage, offer }, sources, quickReplies: [say(ctx.language, POLICY.accept)] };
}

/**
 * What is wrong with each code the shopper named, or that it works; when one does not, the codes they can use now
 * follow.
 */
async function namedCodesReply(ctx: SkillContext, checks: CodeCheck[]): Promise<SkillResult> {
  const explained = checks.map((check) => check.text).join("\n");
  const facts = { named: checks.map(({ code, problem, text }) => ({ code, problem, explanation: text })) };
  const working = checks.filter((check) => check.problem === null);
  if (working.length === checks.length) {
    const card = couponCard(ctx, working.map(({ discount }) => ({ discount, personal: discount.context.__typename === "DiscountCustomers" })));
    return { outcome: "resolved", text: explained, facts, card };
  }
  const usable = await codesReply(ctx, { codeChecked: true, loginAsked: checks.some((check) => check.problem === "log_in") });
  return { ...usable, text: paragraphs(explained, usable.text), facts: { ...facts, ...usable.facts } };
}

/**
 * The codes this shopper may use now: public ones, and personal ones only to their logged-in customer. A shopper
 * whose code "isn't working" and who named none is asked for it, beside the coupon info the knowledge base has; a
 * guest not yet asked to log in is told that personal codes need it.
 */
async function codesReply(ctx: SkillContext, { codeChecked, loginAsked }: { codeChecked: boolean; loginAsked: boolean }): Promise<SkillResult> {
  const { language, identity } = ctx;
  const [discounts, policy] = await Promise.all([ctx.tools.shopify.codeDiscounts(), policyPassage(ctx, POLICY)]);
  const usable = discounts
    .map((discount) => {
      const context = discount.context;
      const personal = context.__typename === "DiscountCustomers";
      const mine = personal && identity.customerId !== null && context.customers.some((c) => c.id === identity.customerId);
      const forEveryone = context.__typename === "DiscountBuyerSelectionAll";
      return { discount, personal, visible: forEveryone || mine, asked: namesTarget(ctx.message, discount) };
    })
    .filter((d) => d.visible && d.discount.codes.nodes.length > 0)
    // Codes for what the shopper named ("any deal on socks?") first, then their own, then the ones ending soonest.
    .sort((a, b) => Number(b.asked) - Number(a.asked) || Number(b.personal) - Number(a.personal) || (a.discount.endsAt ?? "9").localeCompare(b.discount.endsAt ?? "9"))
    .slice(0, 5);
  const sources = policy ? [policy.source] : [];
  const trouble = TROUBLE.test(ctx.message) && !codeChecked;
  const policyText = policy && (trouble || usable.length === 0) ? policy.text : null;

  if (usable.length === 0) {
    return {
      outcome: "resolved",
      text: paragraphs(say(language, { en: "There are no discount codes running right now.", ko: "현재 사용 가능한 할인 코드가 없어요." }), policyText),
      facts: { codes: [], policy: policy?.text ?? null },
      sources,
    };
  }
  const card = couponCard(ctx, usable);
  const lines = card.coupons.map((c) => {
    const until = c.endsAt ? say(language, { en: " (until {date})", ko: " ({date}까지)" }, { date: formatDate(c.endsAt, language) }) : "";
    const mine = c.personal ? say(language, { en: " — just for you", ko: " — 고객님 전용" }) : "";
    return `• ${c.code}: ${c.summary}${until}${mine}`;
  });
  const askForCode = trouble ? say(language, { en: "Tell me the code you're trying and I'll check why it isn't working.", ko: "사용하려는 코드를 알려 주시면 왜 적용되지 않는지 확인해 드릴게요." }) : null;
  const hint = identity.customerId || loginAsked
    ? null
    : say(language, { en: "Log in at {url} to see codes reserved for your account, too.", ko: "{url} 에서 로그인하시면 고객님 전용 코드도 확인하실 수 있어요." }, { url: (await loginLink(ctx)).url });
  const list = say(language, { en: "Here are the codes you can use right now:", ko: "지금 사용하실 수 있는 코드예요:" }) + `\n${lines.join("\n")}`;
  return {
    outcome: "resolved",
    text: paragraphs(askForCode, list, policyText, hint),
    facts: { codes: card.coupons.map((c) => ({ code: c.code, summary: c.summary, endsAt: c.endsAt, personal: c.personal })), policy: policy?.text ?? null },
    card,
    sources,
  };
}

const paragraphs = (...texts: (string | null)[]) => texts.filter((text): text is string => text !== null).join("\n\n");

/** Whether the message names what the discount is limited to: "socks" for a discount on the Socks collection. */
function namesTarget(message: string, discount: CodeDiscount): boolean {
  const words = message.toLowerCase();
  return discountTargets(discount).some((target) => words.includes(target.toLowerCase().replace(/s$/, "")));
}

/** Coupon cards with the discount's terms in the shopper's language, to copy or apply to the cart. */
function couponCard(ctx: SkillContext, discounts: { discount: Discount; personal: boolean }[]): CouponCard {
  const { language } = ctx;
  return {
    type: "coupon",
    coupons: discounts.map(({ discount, personal }) => {
      const code = discount.codes.nodes[0]!.code;
      return {
        code,
        title: discount.title,
        summary: describeDiscount(discount, language),
        endsAt: discount.endsAt,
        personal,
        actions: [
          { kind: "copy", label: say(language, { en: "Copy code", ko: "코드 복사" }), value: code },
          { kind: "apply_discount", label: say(language, { en: "Apply to cart", ko: "장바구니에 적용" }), code },
        ],
      };
    }),
  };
}
