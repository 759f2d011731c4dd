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
