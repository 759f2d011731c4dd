import type { CodeDiscount } from "../../../shopify/operations/discount-nodes";
import { quantityIn } from "../../extractors/quantity";
import { formatDate, formatMoney, say, type Phrase } from "../../language";
import { loginLink } from "../../login";
import type { SkillContext } from "../../types";
import { describeDiscount } from "./discount-wording";

type Discount = CodeDiscount & { id: string };

/** Why a named code does not work for this shopper now. */
export type CodeProblem = "unknown" | "not_started" | "ended" | "used_up" | "inactive" | "log_in" | "not_theirs" | "certain_customers" | "below_minimum";

/** What the shopper is told about a code they named: why it does not work, or (problem null) its terms. */
export type CodeCheck = { code: string; text: string } & ({ problem: null; discount: Discount } | { problem: CodeProblem; discount: Discount | null });

/** Numbers with a unit that mix letters and digits without being codes: "750ml", "24L", "2nd", "3pm". */
const MEASURE = /^\d+(?:ml|l|oz|lbs?|kg|g|cm|mm|km|m|st|nd|rd|th|am|pm|k|x)$/i;
/** An amount the shopper says their cart or order comes to: "$40", "40 dollars". */
const CART_AMOUNT = /(?:US)?\$\s?(\d[\d,]*(?:\.\d{1,2})?)|(\d[\d,]*(?:\.\d{1,2})?)\s*(?:dollars?|bucks|달러|불)\b/i;

/**
 * The discount codes a message names: words that mix letters and digits ("SPRINGTHAW20", "welcome10") — a code
 * Shopify does not know is reported as unknown — and words in capitals inside a sentence that is not ("FREESHIP"),
 * which are checked only if Shopify knows them, since "ASAP" is no code.
 */
export function codesNamed(message: string): { code: string; surelyACode: boolean }[] {
  // An email's or a link's parts are not codes.
  const text = message.replace(/\S+@\S+|https?:\/\/\S+/g, " ");
  const latinWords = text.match(/[A-Za-z]{2,}/g) ?? [];
  const shouting = latinWords.length > 1 && latinWords.every((word) => word === word.toUpperCase());
  const named = new Map<string, boolean>();
  for (const word of text.match(/[A-Za-z0-9_-]{4,30}/g) ?? []) {
    const surelyACode = /[A-Za-z]/.test(word) && /\d/.test(word) && !MEASURE.test(word);
    if (surelyACode || (!shouting && /^[A-Z]+$/.test(word))) named.set(word.toUpperCase(), surelyACode);
  }
  return [...named].map(([code, surelyACode]) => ({ code, surelyACode }));
}

/** Each named code checked against Shopify: unknown, ended, not started, used up, someone else's, minimum not met — or fine. */
export async function checkNamedCodes(ctx: SkillContext, named: { code: string; surelyACode: boolean }[]): Promise<CodeCheck[]> {
  const checks = named.map(async ({ code, surelyACode }): Promise<CodeCheck | null> => {
    const discount = await ctx.tools.shopify.discountByCode(code);
    if (!discount) {
      const text = say(ctx.language, { en: "I can't find a discount code {code} at our shop. Could you check the spelling?", ko: "{code}(이)라는 할인 코드는 찾을 수 없어요. 철자를 다시 한번 확인해 주시겠어요?" }, { code });
      return surelyACode ? { code, discount, problem: "unknown", text } : null;
    }
    const found = problemWith(ctx, discount);
    if (!found) return { code, discount, problem: null, text: worksText(ctx, discount, code) };
    const url = found.problem === "log_in" ? (await loginLink(ctx)).url : "";
    return { code, discount, problem: found.problem, text: say(ctx.language, found.phrase, { code, url, ...found.params }) };
  });
  return (await Promise.all(checks)).filter((check): check is CodeCheck => check !== null);
}

type Found = { problem: CodeProblem; phrase: Phrase; params?: Record<string, string | number> };

/** Why the code will not work for this shopper now, or null when nothing Shopify knows stops it. */
function problemWith(ctx: SkillContext, discount: Discount): Found | null {
  const { language, now } = ctx;
  if (discount.status === "SCHEDULED" || new Date(discount.startsAt) > now) {
    const phrase = { en: "{code} starts on {date}, so it won't work until then.", ko: "{code} 코드는 {date}부터 사용하실 수 있어요. 그 전에는 적용되지 않아요." };
    return { problem: "not_started", phrase, params: { date: formatDate(discount.startsAt, language) } };
  }
  if (discount.endsAt && new Date(discount.endsAt) <= now) {
    const phrase = { en: "{code} ended on {date}, so it no longer works.", ko: "{code} 코드는 {date}에 종료되어 더 이상 사용할 수 없어요." };
    return { problem: "ended", phrase, params: { date: formatDate(discount.endsAt, language) } };
  }
  if (discount.usageLimit !== null && discount.asyncUsageCount >= discount.usageLimit) {
    const phrase = { en: "{code} has been used all {limit} times it allows, so it no longer works.", ko: "{code} 코드는 사용 가능 횟수({limit}회)가 모두 소진되어 더 이상 사용할 수 없어요." };
    return { problem: "used_up", phrase, params: { limit: discount.usageLimit } };
  }
  if (discount.status === "EXPIRED") {
    return { problem: "inactive", phrase: { en: "{code} is no longer active, so it doesn't work anymore.", ko: "{code} 코드는 더 이상 사용할 수 없는 코드예요." } };
  }
  const { context } = discount;
  const customerId = ctx.identity.customerId;
  // Whose code it is stays private: the shopper learns only that it is not theirs.
  if (context.__typename === "DiscountCustomers" && customerId === null) {
    return {
      problem: "log_in",
      phrase: {
        en: "{code} is a personal code: it works only when you're logged in to the account it was given to. Log in at {url} and try it again.",
        ko: "{code} 코드는 특정 고객 전용 코드라서, 코드를 받은 계정으로 로그인하셔야 사용할 수 있어요. {url} 에서 로그인한 뒤 다시 시도해 주세요.",
      },
    };
  }
  if (context.__typename === "DiscountCustomers" && !context.customers.some((c) => c.id === customerId)) {
    return { problem: "not_theirs", phrase: { en: "{code} is a personal code for another customer account, so it won't work on yours.", ko: "{code} 코드는 다른 고객 계정 전용 코드라서 고객님 계정에서는 사용하실 수 없어요." } };
  }
  if (context.__typename === "DiscountCustomerSegments" || context.__typename === "DiscountMarkets") {
    return { problem: "certain_customers", phrase: { en: "{code} is only for certain customers, so it may not work on your account.", ko: "{code} 코드는 일부 고객에게만 제공되는 코드라서 고객님 계정에서는 적용되지 않을 수 있어요." } };
  }
  return minimumNotMet(ctx, discount);
}

/** The minimum purchase or quantity the shopper says their cart falls short of; nothing when they said no amount. */
function minimumNotMet(ctx: SkillContext, discount: Discount): Found | null {
  const { language, message } = ctx;
  const requirement = discount.minimumRequirement;
  if (requirement?.__typename === "DiscountMinimumSubtotal") {
    const said = CART_AMOUNT.exec(message);
    const amount = said ? Number((said[1] ?? said[2])!.replace(/,/g, "")) : null;
    const minimum = requirement.greaterThanOrEqualToSubtotal;
    // "$" is read as the shop's dollars only for a shop that prices in US dollars.
    if (amount === null || minimum.currencyCode !== "USD" || amount >= Number(minimum.amount)) return null;
    return {
      problem: "below_minimum",
      phrase: { en: "{code} needs an order of {minimum} or more, and {amount} is below that.", ko: "{code} 코드는 {minimum} 이상 구매 시 적용되는데, {amount}은(는) 그에 못 미쳐요." },
      params: { minimum: formatMoney(minimum, language), amount: formatMoney({ amount: String(amount), currencyCode: minimum.currencyCode }, language) },
    };
  }
  if (requirement?.__typename === "DiscountMinimumQuantity") {
    const count = quantityIn(message)?.count ?? null;
    if (count === null || count >= Number(requirement.greaterThanOrEqualToQuantity)) return null;
    return {
      problem: "below_minimum",
      phrase: {
        en: "{code} needs {minimum} or more of the items it applies to in your cart, and you mentioned {count}.",
        ko: "{code} 코드는 적용 대상 상품을 {minimum}개 이상 구매하셔야 적용돼요. 말씀하신 {count}개로는 적용되지 않아요.",
      },
      params: { minimum: requirement.greaterThanOrEqualToQuantity, count },
    };
  }
  return null;
}

function worksText(ctx: SkillContext, discount: Discount, code: string): string {
  const { language } = ctx;
  const terms = describeDiscount(discount, language);
  return discount.endsAt
    ? say(language, { en: "{code} is active until {date}: {terms}.", ko: "{code} 코드는 {date}까지 사용하실 수 있어요: {terms}." }, { code, terms, date: formatDate(discount.endsAt, language) })
    : say(language, { en: "{code} is active: {terms}.", ko: "{code} 코드는 지금 사용하실 수 있어요: {terms}." }, { code, terms });
}
