import type { CodeDiscount } from "../../../shopify/operations/discount-nodes";
import { formatMoney, formatNumber, joinList, say } from "../../language";
import type { Language } from "../../types";

/**
 * A discount's terms in the shopper's language, from its structured fields — Shopify's own `summary` is always
 * English: "15% off your entire order, on orders of $50.00 or more" / "주문 전체 15% 할인, $50.00 이상 구매 시".
 */
export function describeDiscount(discount: CodeDiscount, language: Language): string {
  return [benefit(discount, language), minimum(discount, language), discount.appliesOncePerCustomer ? say(language, { en: "one use per customer", ko: "1인 1회 사용" }) : null]
    .filter((part): part is string => part !== null)
    .join(", ");
}

/** What the discount takes off, and from what; the merchant's title when Shopify's value is one we do not word. */
function benefit(discount: CodeDiscount, language: Language): string {
  if (discount.__typename === "DiscountCodeFreeShipping") return say(language, { en: "free shipping", ko: "무료 배송" });
  const { value } = discount.customerGets;
  const off =
    value.__typename === "DiscountPercentage" ? `${formatNumber(Math.round(value.percentage * 1000) / 10, language)}%`
    : value.__typename === "DiscountAmount" ? formatMoney(value.amount, language)
    : null;
  if (off === null) return discount.title;
  const titles = discountTargets(discount);
  const target = titles.length ? joinList(titles, language) : null;
  if (value.__typename === "DiscountAmount" && value.appliesOnEachItem) {
    return target ? say(language, { en: "{off} off each {target} item", ko: "{target} 상품당 {off} 할인" }, { off, target }) : say(language, { en: "{off} off each item", ko: "상품당 {off} 할인" }, { off });
  }
  return target ? say(language, { en: "{off} off {target}", ko: "{target} {off} 할인" }, { off, target }) : say(language, { en: "{off} off your entire order", ko: "주문 전체 {off} 할인" }, { off });
}

/** The collections or products a discount is limited to ("Socks"); none when it is for the whole order. */
export function discountTargets(discount: CodeDiscount): string[] {
  if (discount.__typename === "DiscountCodeFreeShipping") return [];
  const { items } = discount.customerGets;
  const targets = items.__typename === "DiscountCollections" ? items.collections.nodes : items.__typename === "DiscountProducts" ? items.products.nodes : [];
  return targets.map((target) => target.title);
}

function minimum(discount: CodeDiscount, language: Language): string | null {
  const requirement = discount.minimumRequirement;
  if (requirement?.__typename === "DiscountMinimumSubtotal") {
    return say(language, { en: "on orders of {amount} or more", ko: "{amount} 이상 구매 시" }, { amount: formatMoney(requirement.greaterThanOrEqualToSubtotal, language) });
  }
  if (requirement?.__typename === "DiscountMinimumQuantity") {
    return say(language, { en: "when you buy {count} or more items", ko: "{count}개 이상 구매 시" }, { count: requirement.greaterThanOrEqualToQuantity });
  }
  return null;
}
