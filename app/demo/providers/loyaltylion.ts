import { gidNumber } from "../gid";
import type { Customer } from "../model";
import { DEMO_PROVIDER_CREDENTIALS } from "./credentials";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import {
  freshCode,
  issueRewardDiscount,
  randomChars,
  rewardOpenTo,
  SUMMIT_REWARD_CATALOG,
  SUMMIT_TIERS,
  summitMembers,
  tierRank,
  type SummitReward,
  type SummitTier,
} from "./summit-rewards";

/**
 * LoyaltyLion's Admin API v2 (https://api.loyaltylion.com/v2, developers.loyaltylion.com) over the demo shop.
 * Every Shopify customer is known, by merchant_id (the Shopify customer id); only Summit Rewards members are
 * enrolled. Rewards are per customer: "$25 off" is kept for Ridge and Summit.
 *
 * GET /customers (email: substring match, since_id, limit 1–500, cursor) → { customers, cursor };
 * GET /customers/{merchant_id}/available_rewards → { rewards } (affordable or not);
 * POST /customers/{merchant_id}/claimed_rewards {reward_id, multiplier?} → 201 { claimed_reward };
 * 422 with a code when it cannot be claimed (insufficient_points, customer_not_enrolled).
 * Errors: { error: { code?, message } }.
 */

const BASE_URL = "https://api.loyaltylion.com/v2";
const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 100;

type LionCustomer = { id: number; customer: Customer; merchantId: string; tier: SummitTier | null; points: number; spent: number; claimed: number };

const error = (status: number, message: string, code?: string) => jsonResponse(status, { error: { ...(code ? { code } : {}), message } });

export function createLoyaltyLionFake(world: FakeWorld): ProviderFake {
  const token = `Bearer ${DEMO_PROVIDER_CREDENTIALS.loyaltylion.accessToken}`;
  const seededAt = world.now().toISOString();
  const members = new Map(summitMembers(world.data).map((member) => [member.customer.id, member]));
  const customers: LionCustomer[] = world.data.customers.map((customer, index) => {
    const member = members.get(customer.id);
    return { id: 6_932_001 + index, customer, merchantId: String(gidNumber(customer.id)), tier: member?.tier ?? null, points: member?.points ?? 0, spent: 0, claimed: 0 };
  });
  const rewards = SUMMIT_REWARD_CATALOG.map((reward, index) => ({ id: 31_001 + index, reward }));
  let claimCount = 0;

  function tierJson(name: SummitTier) {
    const rank = tierRank(name);
    const tier = SUMMIT_TIERS[rank];
    const next = SUMMIT_TIERS[rank + 1];
    return {
      id: 801 + rank,
      name,
      number: rank + 1,
      default: rank === 0,
      hidden: false,
      lower_bound: String(tier?.from ?? 0),
      upper_bound: next ? String(next.from) : null,
      position: rank + 1,
    };
  }

  function customerJson(entry: LionCustomer) {
    const enrolled = entry.tier !== null;
    const createdAt = new Date(entry.customer.createdAt).toISOString();
    return {
      id: entry.id,
      merchant_id: entry.merchantId,
      email: entry.customer.email,
      points_approved: entry.points,
      points_pending: 0,
      points_spent: entry.spent,
      properties: { name: entry.customer.displayName },
      metadata: {},
      rewards_claimed: entry.claimed,
      blocked: false,
      guest: false,
      enrolled,
      enrolled_at: enrolled ? createdAt : null,
      referral_id: entry.id.toString(36),
      referred_by: null,
      loyalty_tier_membership: entry.tier ? { started_at: createdAt, expires_at: null, manual: false, loyalty_tier: tierJson(entry.tier) } : null,
      insights_segment: null,
      birthday: null,
      referral_url: `https://lion.to/${entry.id.toString(36)}`,
      created_at: createdAt,
      updated_at: new Date(entry.customer.updatedAt).toISOString(),
      linked_merchant_ids: [],
    };
  }

  function rewardJson({ id, reward }: { id: number; reward: SummitReward }, index: number) {
    const fixed = reward.value.kind === "fixed_amount" ? reward.value : null;
    return {
      id,
      title: reward.name,
      description: fixed ? `${reward.name} your next order` : "Free shipping on your next order",
      sort_key: index,
      content: {},
      point_cost: reward.points,
      method: "voucher",
      discount_type: fixed ? "flat" : null,
      discount_amount: fixed?.amount ?? null,
      minimum_spend: null,
      usage_limit: 1,
      min_redemption_amount: 1,
      max_redemption_amount: 1,
      max_free_shipping: null,
      site_id: 1,
      target_site: null,
      order_type: "one_time",
      target_type: fixed ? "cart" : "shipping",
      target_collections: [],
      target_products: [],
      created_at: seededAt,
    };
  }

  const rewardsFor = (entry: LionCustomer) => rewards.filter(({ reward }) => rewardOpenTo(reward, entry.tier));

  function listCustomers(url: URL): Response {
    const rawLimit = url.searchParams.get("limit");
    const limit = rawLimit === null ? DEFAULT_LIMIT : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      return jsonResponse(400, { error: { message: "Invalid request", details: { limit: `Must be an integer between 1 and ${MAX_LIMIT}` } } });
    }
    // Cursors ("after:<id>" / "before:<id>", base64) are opaque to clients; a malformed one is a 400, never a throw.
    const cursor = url.searchParams.get("cursor");
    const position = cursor ? /^(after|before):(\d+)$/.exec(Buffer.from(cursor, "base64").toString()) : null;
    if (cursor && !position) return jsonResponse(400, { error: { message: "Invalid request", details: { cursor: "Invalid cursor" } } });
    const sinceId = Number(url.searchParams.get("since_id") ?? 0);
    if (!Number.isInteger(sinceId) || sinceId < 0) return jsonResponse(400, { error: { message: "Invalid request", details: { since_id: "Must be a non-negative integer" } } });
    const email = url.searchParams.get("email")?.toLowerCase();
    const matching = customers.filter((c) => !email || c.customer.email.toLowerCase().includes(email));
    const before = position?.[1] === "before";
    const bound = position ? Number(position[2]) : sinceId;
    const window = matching.filter((c) => (before ? c.id < bound : c.id > bound));
    const page = before ? window.slice(-limit) : window.slice(0, limit);
    const first = page[0];
    const last = page.at(-1);
    const toCursor = (text: string) => Buffer.from(text).toString("base64");
    return jsonResponse(200, {
      customers: page.map(customerJson),
      cursor: {
        prev: first && matching.some((c) => c.id < first.id) ? toCursor(`before:${first.id}`) : null,
        next: last && matching.some((c) => c.id > last.id) ? toCursor(`after:${last.id}`) : null,
      },
    });
  }

  async function claim(entry: LionCustomer, request: Request): Promise<Response> {
    const body = (await request.json().catch(() => null)) as { reward_id?: unknown; multiplier?: unknown } | null;
    if (!body || !Number.isInteger(body.reward_id)) return jsonResponse(400, { error: { message: "Invalid request", details: { reward_id: "Required" } } });
    const found = rewardsFor(entry).find((r) => r.id === body.reward_id);
    if (!found) return error(404, `Reward with ID \`${String(body.reward_id)}\` not found`, "not_found");
    if (entry.tier === null) return error(422, "Only enrolled customers can redeem rewards", "customer_not_enrolled");
    const multiplier = body.multiplier ?? 1;
    if (multiplier !== 1) return error(422, "This reward can only be redeemed once at a time", "invalid_multiplier");
    const { reward } = found;
    if (entry.points < reward.points) {
      return error(422, `Customer has ${entry.points} points but this reward costs ${reward.points}`, "insufficient_points");
    }

    const code = freshCode(world.data, () => `LL-${randomChars(3, "ABCDEFGHJKLMNPQRSTUVWXYZ")}${randomChars(4, "0123456789")}`);
    issueRewardDiscount(world, { customer: entry.customer, name: reward.name, value: reward.value, code, provider: "loyaltylion" });
    entry.points -= reward.points;
    entry.spent += reward.points;
    entry.claimed += 1;
    claimCount += 1;
    const at = world.now().toISOString();
    return jsonResponse(201, {
      claimed_reward: {
        id: 7_400_000 + claimCount,
        claimed_at: at,
        point_cost: reward.points,
        redeemable: { redeemable_type: "Voucher", code, fulfilled: true, fulfilled_at: at, expires_on: null },
        reward: rewardJson(found, rewards.indexOf(found)),
      },
    });
  }

  return {
    id: "loyaltylion",
    baseUrl: BASE_URL,
    async handle(request) {
      if (request.headers.get("Authorization") !== token) return error(401, "Authentication is required");
      const url = new URL(request.url);
      const path = url.pathname.replace(/^\/v2/, "").replace(/\/+$/, "");
      if (request.method === "GET" && path === "/customers") return listCustomers(url);
      const match = /^\/customers\/([^/]+)\/(available_rewards|claimed_rewards)$/.exec(path);
      if (match) {
        const merchantId = decodeURIComponent(match[1] ?? "");
        const entry = customers.find((c) => c.merchantId === merchantId);
        if (!entry) return error(404, `Customer with merchant ID \`${merchantId}\` not found`, "not_found");
        if (request.method === "GET" && match[2] === "available_rewards") return jsonResponse(200, { rewards: rewardsFor(entry).map((r) => rewardJson(r, rewards.indexOf(r))) });
        if (request.method === "POST" && match[2] === "claimed_rewards") return claim(entry, request);
      }
      return error(404, "Not found", "not_found");
    },
  };
}
