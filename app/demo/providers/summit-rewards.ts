import { gid, gidNumber } from "../gid";
import type { CodeDiscount, Customer, DemoShopData, DiscountNode } from "../model";
import { customerGets } from "../seed/discounts";
import { LOYALTY, usd } from "../seed/store-facts";
import { isoTime } from "../seed/time";
import type { FakeWorld } from "./fake";

/**
 * The demo shop's loyalty program, Summit Rewards, as every loyalty fake (Smile, Yotpo, LoyaltyLion) seeds it:
 * the same members, balances and rewards whichever provider the merchant connects. Costs follow the store's
 * published rate (store-facts LOYALTY: 100 points for $5 off), so the knowledge base and the provider agree.
 *
 * A redeemed reward becomes a real discount code of the demo store: a customer-specific code discount in
 * `data.discountNodes`, which the Admin API lists like any other, so the code works at the demo checkout.
 */

export const SUMMIT_REWARDS = LOYALTY.name;

/** Lowest first, each with the points that reach it. */
export const SUMMIT_TIERS = LOYALTY.tiers;
export type SummitTier = (typeof SUMMIT_TIERS)[number]["name"];
export const tierRank = (tier: SummitTier) => SUMMIT_TIERS.findIndex((candidate) => candidate.name === tier);

/** Demo customers join the program through a tag; each tier starts with a balance typical for it. */
const TIER_BY_TAG: Record<string, SummitTier> = {
  "summit-rewards-base-camp": "Base Camp",
  "summit-rewards-ridge": "Ridge",
  "summit-rewards-summit": "Summit",
};
const STARTING_POINTS: Record<SummitTier, number> = { "Base Camp": 180, Ridge: 900, Summit: 2450 };

export type SummitMember = { customer: Customer; tier: SummitTier; points: number };

/** The program's members among the demo customers, in seed order. */
export function summitMembers(data: DemoShopData): SummitMember[] {
  return data.customers.flatMap((customer) => {
    const tier = customer.tags.map((tag) => TIER_BY_TAG[tag]).find((found) => found !== undefined);
    return tier ? [{ customer, tier, points: STARTING_POINTS[tier] }] : [];
  });
}

export type RewardValue = { kind: "fixed_amount"; amount: number } | { kind: "free_shipping" };

export type SummitReward = {
  /** Stable within the catalogue, e.g. "5off"; the fakes derive their ids from the position. */
  key: string;
  name: string;
  points: number;
  value: RewardValue;
  /** Rewards kept for higher tiers (only providers that list rewards per customer can show that). */
  minTier?: SummitTier;
};

const pointsForDollars = (dollars: number) => (dollars / LOYALTY.redeemValue) * LOYALTY.redeemPoints;

export const SUMMIT_REWARD_CATALOG: readonly SummitReward[] = [
  { key: "5off", name: "$5 off", points: pointsForDollars(5), value: { kind: "fixed_amount", amount: 5 } },
  { key: "10off", name: "$10 off", points: pointsForDollars(10), value: { kind: "fixed_amount", amount: 10 } },
  { key: "freeship", name: "Free shipping", points: 150, value: { kind: "free_shipping" } },
  { key: "25off", name: "$25 off", points: pointsForDollars(25), value: { kind: "fixed_amount", amount: 25 }, minTier: "Ridge" },
];

/** Whether a member of `tier` (null: not enrolled) may redeem the reward. */
export const rewardOpenTo = (reward: SummitReward, tier: SummitTier | null) =>
  !reward.minTier || (tier !== null && tierRank(tier) >= tierRank(reward.minTier));

/** The variable "points for dollars" exchange the store also offers: every 100 points is $5 off. */
export const POINTS_FOR_DOLLARS = { stepPoints: LOYALTY.redeemPoints, stepDollars: LOYALTY.redeemValue, maxPoints: 5000 } as const;

export function randomChars(length: number, alphabet: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

/** A code no discount of the store uses yet (Shopify compares codes case-insensitively). */
export function freshCode(data: DemoShopData, make: () => string): string {
  const taken = new Set(data.discountNodes.flatMap((node) => ("codes" in node.discount ? node.discount.codes.map((c) => c.code.toUpperCase()) : [])));
  for (;;) {
    const code = make();
    if (!taken.has(code.toUpperCase())) return code;
  }
}

/** Registers a discount node and its codes in the demo store's GID index, as indexNodes does at start-up. */
export function registerDiscountNode(nodes: Map<string, object>, node: DiscountNode): void {
  nodes.set(node.id, node);
  if ("codes" in node.discount) for (const code of node.discount.codes) nodes.set(code.id, code);
}

const nextNumber = (ids: string[]) => Math.max(0, ...ids.map((id) => gidNumber(id) ?? 0)) + 1;

/** Adds the discount a redeemed reward stands for: one use, only for this customer, active from now. */
export function issueRewardDiscount(
  world: FakeWorld,
  input: { customer: Customer; name: string; value: RewardValue; code: string; provider: string },
): DiscountNode {
  const { data } = world;
  const now = isoTime(world.now());
  const { value } = input;
  const headline = value.kind === "fixed_amount" ? `${usd(value.amount)} off entire order` : "Free shipping on all products";
  const parts = [headline, "For 1 specific customer", ...(value.kind === "free_shipping" ? ["For all countries"] : []), "One use per customer", "Limit of 1 use"];
  const redeemCodeIds = data.discountNodes.flatMap((node) => ("codes" in node.discount ? node.discount.codes.map((c) => c.id) : []));
  const eligible = { __typename: "DiscountCustomers" as const, customers: [input.customer] };
  const discount: CodeDiscount = {
    ...(value.kind === "free_shipping" ? { __typename: "DiscountCodeFreeShipping" as const } : { __typename: "DiscountCodeBasic" as const, customerGets: customerGets("fixed_amount", value.amount) }),
    title: `${SUMMIT_REWARDS}: ${input.name}`,
    summary: parts.join(" • "),
    shortSummary: headline,
    startsAt: now,
    endsAt: null,
    createdAt: now,
    updatedAt: now,
    asyncUsageCount: 0,
    usageLimit: 1,
    appliesOncePerCustomer: true,
    tags: ["loyalty", input.provider],
    minimumRequirement: null,
    combinesWith: { orderDiscounts: false, productDiscounts: value.kind === "free_shipping", shippingDiscounts: value.kind !== "free_shipping" },
    valueType: value.kind,
    status: "ACTIVE",
    codes: [{ __typename: "DiscountRedeemCode", id: gid("DiscountRedeemCode", nextNumber(redeemCodeIds)), code: input.code, asyncUsageCount: 0 }],
    customerSelection: eligible,
    context: eligible,
  };
  const node: DiscountNode = { __typename: "DiscountNode", id: gid("DiscountCodeNode", nextNumber(data.discountNodes.map((n) => n.id))), discount };
  // Pushed, not replaced: the Admin API's query root holds this same array.
  data.discountNodes.push(node);
  if (world.nodes) registerDiscountNode(world.nodes, node);
  return node;
}
