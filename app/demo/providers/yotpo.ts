import { gidNumber } from "../gid";
import type { Customer } from "../model";
import { amountOf } from "../seed/money";
import { DEMO_PROVIDER_CREDENTIALS } from "./credentials";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import {
  freshCode,
  issueRewardDiscount,
  POINTS_FOR_DOLLARS,
  randomChars,
  SUMMIT_REWARD_CATALOG,
  summitMembers,
  type RewardValue,
  type SummitReward,
  type SummitTier,
} from "./summit-rewards";

/**
 * Yotpo Loyalty & Referrals' v2 API (https://loyalty.yotpo.com/api/v2, loyaltyapi.yotpo.com) over the demo shop.
 * Only Summit Rewards members have a loyalty record; anyone else is a 404.
 *
 * Authentication: the x-guid and x-api-key headers, or guid and api_key query parameters.
 * GET /customers?customer_email=|customer_id= → the customer record; GET /redemption_options → a bare array;
 * POST /redemptions {customer_email | customer_id, redemption_option_id, points?} → { id, reward_text, approved }.
 * Errors: { error: message }.
 */

const BASE_URL = "https://loyalty.yotpo.com/api/v2";
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

type YotpoCustomer = { customer: Customer; tier: SummitTier; points: number; spent: number; redeemed: number };

type RedemptionOption = { id: number; reward: SummitReward } | { id: number; variable: true };

const error = (status: number, message: string) => jsonResponse(status, { error: message });

const codeSlug = (value: RewardValue) => (value.kind === "fixed_amount" ? `${value.amount}OFF` : "FREESHIP");

export function createYotpoFake(world: FakeWorld): ProviderFake {
  const { guid, apiKey } = DEMO_PROVIDER_CREDENTIALS.yotpo;
  const members: YotpoCustomer[] = summitMembers(world.data).map((member) => ({ ...member, spent: 0, redeemed: 0 }));
  const options: RedemptionOption[] = [
    ...SUMMIT_REWARD_CATALOG.map((reward, index) => ({ id: 120_001 + index, reward })),
    { id: 120_900, variable: true as const },
  ];
  let redemptionCount = 0;

  // The rate of the variable option, in cents per point (Swell's discount_rate_cents).
  const rateCents = (POINTS_FOR_DOLLARS.stepDollars * 100) / POINTS_FOR_DOLLARS.stepPoints;

  function authorized(request: Request, url: URL) {
    const given = (header: string, param: string) => request.headers.get(header) ?? url.searchParams.get(param);
    return given("x-guid", "guid") === guid && given("x-api-key", "api_key") === apiKey;
  }

  /** By email when given, else by the shop's own customer id (thirty_party_id). */
  function find({ email, id }: { email?: unknown; id?: unknown }): YotpoCustomer | undefined {
    if (typeof email === "string" && email !== "") return members.find((m) => m.customer.email.toLowerCase() === email.toLowerCase());
    if (typeof id === "string" || typeof id === "number") return members.find((m) => String(gidNumber(m.customer.id)) === String(id));
    return undefined;
  }

  function customerJson(member: YotpoCustomer) {
    const { customer } = member;
    return {
      thirty_party_id: String(gidNumber(customer.id)),
      first_name: customer.firstName,
      last_name: customer.lastName,
      email: customer.email,
      points_balance: member.points,
      points_earned: member.points + member.spent,
      total_spend_cents: Math.round(amountOf(customer.amountSpent) * 100),
      total_purchases: customer.orders.length,
      perks_redeemed: member.redeemed,
      last_purchase_at: customer.lastOrder ? new Date(customer.lastOrder.processedAt).toISOString() : null,
      points_expire_at: null,
      last_seen_at: new Date(customer.updatedAt).toISOString(),
      vip_tier_name: member.tier,
      vip_tier_ends_at: null,
    };
  }

  function optionJson(option: RedemptionOption) {
    if ("variable" in option) {
      return {
        id: option.id,
        name: "Points for dollars off",
        description: `Get $${POINTS_FOR_DOLLARS.stepDollars} off for every ${POINTS_FOR_DOLLARS.stepPoints} points you redeem`,
        icon: "fa-dollar",
        cost_text: `${POINTS_FOR_DOLLARS.stepPoints} Points = $${POINTS_FOR_DOLLARS.stepDollars}`,
        amount: POINTS_FOR_DOLLARS.stepPoints,
        discount_type: "variable",
        discount_amount_cents: null,
        discount_rate_cents: rateCents,
        discount_percentage: null,
        applies_to_id: null,
      };
    }
    const { reward } = option;
    return {
      id: option.id,
      name: reward.name,
      description: `Get ${reward.name} your next purchase for ${reward.points} points`,
      icon: reward.value.kind === "free_shipping" ? "fa-truck" : "fa-dollar",
      cost_text: `${reward.points} Points`,
      amount: reward.points,
      discount_type: reward.value.kind === "free_shipping" ? "shipping" : "fixed_amount",
      discount_amount_cents: reward.value.kind === "fixed_amount" ? reward.value.amount * 100 : null,
      discount_rate_cents: null,
      discount_percentage: null,
      applies_to_id: null,
    };
  }

  async function redeem(request: Request): Promise<Response> {
    const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
    if (!body || !Number.isInteger(Number(body.redemption_option_id))) return error(400, "redemption_option_id is required");
    const member = find({ email: body.customer_email, id: body.customer_id ?? body.customer_external_id });
    if (!member) return error(404, "Customer not found");
    const option = options.find((o) => o.id === Number(body.redemption_option_id));
    if (!option) return error(404, "Redemption option not found");

    let points: number;
    let value: RewardValue;
    if ("variable" in option) {
      points = Number(body.points);
      // Whole dollars only: the points must convert to a whole number of cents in steps of $1.
      if (!Number.isInteger(points) || points <= 0 || (points * rateCents) % 100 !== 0) {
        return error(400, "points is required for this redemption option and must convert to whole dollars");
      }
      value = { kind: "fixed_amount", amount: (points * rateCents) / 100 };
    } else {
      points = option.reward.points;
      value = option.reward.value;
    }
    if (member.points < points) return error(422, "Customer does not have enough points for this redemption option");

    const name = value.kind === "fixed_amount" ? `$${value.amount} off` : "Free shipping";
    const code = freshCode(world.data, () => `${codeSlug(value)}-${randomChars(6, CODE_ALPHABET)}`);
    issueRewardDiscount(world, { customer: member.customer, name, value, code, provider: "yotpo" });
    member.points -= points;
    member.spent += points;
    member.redeemed += 1;
    redemptionCount += 1;
    const at = world.now().toISOString();
    return jsonResponse(200, { id: 5_000_000 + redemptionCount, reward_text: code, approved: true, approved_at: at, created_at: at, updated_at: at });
  }

  return {
    id: "yotpo",
    baseUrl: BASE_URL,
    async handle(request) {
      const url = new URL(request.url);
      if (!authorized(request, url)) return error(401, "Unauthorized: invalid guid or api_key");
      const path = url.pathname.replace(/^\/api\/v2/, "").replace(/\/+$/, "");
      if (request.method === "GET" && path === "/customers") {
        const email = url.searchParams.get("customer_email");
        const id = url.searchParams.get("customer_id");
        if (!email && !id) return error(400, "customer_email or customer_id is required");
        const member = find({ email: email ?? undefined, id: id ?? undefined });
        return member ? jsonResponse(200, customerJson(member)) : error(404, "Customer not found");
      }
      if (request.method === "GET" && path === "/redemption_options") return jsonResponse(200, options.map(optionJson));
      if (request.method === "POST" && path === "/redemptions") return redeem(request);
      return error(404, "Not found");
    },
  };
}
