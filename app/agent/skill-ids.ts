import { z } from "zod";

/**
 * The eight skill ids — used everywhere: code, database rows, the CLI, analytics (design.md §1). This list is the
 * one place they are spelled.
 */
export const SKILL_IDS = [
  "returns_exchanges",
  "order_editing",
  "subscriptions",
  "loyalty",
  "order_tracking",
  "coupons_discounts",
  "general_qa",
  "product_recommendations",
] as const;
export const SkillId = z.enum(SKILL_IDS);
export type SkillId = z.infer<typeof SkillId>;

/** What the router may answer: a skill, or the shopper asking for a person. */
export const ROUTE_LABELS = [...SKILL_IDS, "human_handoff"] as const;
export const RouteLabel = z.enum(ROUTE_LABELS);
export type RouteLabel = z.infer<typeof RouteLabel>;

/**
 * Each label's name as merchants (the admin, in English or Korean) and transcripts read it — the skills' names, kept
 * beside their ids so the admin's client code and the skills read the same words.
 */
export const ROUTE_LABEL_NAMES: Record<RouteLabel, { en: string; ko: string }> = {
  returns_exchanges: { en: "Returns & exchanges", ko: "반품 및 교환" },
  order_editing: { en: "Order editing", ko: "주문 변경" },
  subscriptions: { en: "Subscriptions", ko: "구독" },
  loyalty: { en: "Loyalty", ko: "로열티" },
  order_tracking: { en: "Order tracking", ko: "주문 추적" },
  coupons_discounts: { en: "Coupons & discounts", ko: "쿠폰 및 할인" },
  general_qa: { en: "General Q&A", ko: "일반 Q&A" },
  product_recommendations: { en: "Product recommendations", ko: "상품 추천" },
  human_handoff: { en: "Asked for a person", ko: "상담원 요청" },
};

