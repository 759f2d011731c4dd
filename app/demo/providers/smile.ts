import type { Customer } from "../model";
import { DEMO_PROVIDER_CREDENTIALS } from "./credentials";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import {
  freshCode,
  issueRewardDiscount,
  POINTS_FOR_DOLLARS,
  randomChars,
  SUMMIT_REWARD_CATALOG,
  SUMMIT_TIERS,
  summitMembers,
  type RewardValue,
  tierRank,
  type SummitTier,
} from "./summit-rewards";

/**
 * Smile's REST API (https://api.smile.io/v1, dev.smile.io/api) over the demo shop. Every Shopify customer is a
 * Smile customer; those without a Summit Rewards tag are "candidate" (not joined) with no points.
 *
 * GET /customers (email, state, limit 1–250, cursor, include=vip_status), GET /customers/{id}, GET /vip_tiers,
 * GET /points_products (exchange_type, page_size 1–250, page), GET /points_products/{id},
 * POST /points_products/{id}/purchase → 201 { points_purchase }. Errors: { error: { message, request_id } }.
 */

const BASE_URL = "https://api.smile.io/v1";
const MAX_PAGE = 250;
const DEFAULT_PAGE = 50;

type SmileCustomer = { id: number; customer: Customer; state: "candidate" | "member"; points: number; tier: SummitTier | null };

type PointsProduct = {
  id: number;
  rewardId: number;
  name: string;
  createdAt: string;
  /** A fixed price and value, or (variable) whatever the shopper spends in steps. */
  exchange: { kind: "fixed"; points: number; value: RewardValue } | { kind: "variable" };
};

const error = (status: number, message: string) => jsonResponse(status, { error: { message, request_id: crypto.randomUUID() } });

/** An integer query parameter within [min, max], its default when absent, or null when invalid. */
function intParam(url: URL, name: string, fallback: number, min: number, max: number): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

// Cursors are opaque to clients; a malformed one decodes to nonsense (and a 400), never throws.
const toBase64 = (text: string) => Buffer.from(text).toString("base64");
const fromBase64 = (cursor: string) => Buffer.from(cursor, "base64").toString();

const codeSlug = (value: RewardValue) => (value.kind === "fixed_amount" ? `${value.amount}off` : "freeship");

export function createSmileFake(world: FakeWorld): ProviderFake {
  const token = `Bearer ${DEMO_PROVIDER_CREDENTIALS.smile.apiKey}`;
  const seededAt = world.now().toISOString();
  const tierIds = new Map(SUMMIT_TIERS.map((tier, index) => [tier.name, 426_715_001 + index]));
  const members = new Map(summitMembers(world.data).map((member) => [member.customer.id, member]));
  const customers: SmileCustomer[] = world.data.customers.map((customer, index) => {
    const member = members.get(customer.id);
    return { id: 418_000_001 + index, customer, state: member ? "member" : "candidate", points: member?.points ?? 0, tier: member?.tier ?? null };
  });
  const products: PointsProduct[] = [
    ...SUMMIT_REWARD_CATALOG.map((reward, index) => ({
      id: 132_456_001 + index,
      rewardId: 924_565_001 + index,
      name: reward.name,
      createdAt: seededAt,
      exchange: { kind: "fixed" as const, points: reward.points, value: reward.value },
    })),
    { id: 132_456_900, rewardId: 924_565_900, name: "Order discount", createdAt: seededAt, exchange: { kind: "variable" as const } },
  ];
  let purchaseCount = 0;

  const tierJson = (tier: (typeof SUMMIT_TIERS)[number]) => ({
    id: tierIds.get(tier.name),
    name: tier.name,
    image_url: `https://platform.smile.io/v1/images/vip_tiers/vip-tier-${tierRank(tier.name) + 1}.svg`,
    milestone: tier.from,
  });

  function customerJson(entry: SmileCustomer, withVipStatus: boolean) {
    const tierId = entry.tier ? (tierIds.get(entry.tier) ?? null) : null;
    const next = entry.tier ? SUMMIT_TIERS[tierRank(entry.tier) + 1] : undefined;
    return {
      id: entry.id,
      first_name: entry.customer.firstName,
      last_name: entry.customer.lastName,
      email: entry.customer.email,
      state: entry.state,
      date_of_birth: null,
      points_balance: entry.points,
      referral_url: `http://i.refs.cc/${entry.id.toString(36)}`,
      vip_tier_id: tierId,
      ...(withVipStatus
        ? {
            vip_status: {
              vip_tier_id: tierId,
              vip_tier_expires_at: null,
              progress_value: entry.points,
              current_vip_period_end: null,
              delta_to_retain_vip_tier: null,
              next_vip_tier_id: next ? (tierIds.get(next.name) ?? null) : null,
              delta_to_next_vip_tier: next ? Math.max(0, next.from - entry.points) : null,
            },
          }
        : {}),
      created_at: new Date(entry.customer.createdAt).toISOString(),
      updated_at: new Date(entry.customer.updatedAt).toISOString(),
    };
  }

  function productJson(product: PointsProduct) {
    const fixed = product.exchange.kind === "fixed" ? product.exchange : null;
    const step = fixed ? null : POINTS_FOR_DOLLARS;
    return {
      id: product.id,
      exchange_type: product.exchange.kind,
      exchange_description: fixed ? `${fixed.points} Points` : `${POINTS_FOR_DOLLARS.stepPoints} Points = $${POINTS_FOR_DOLLARS.stepDollars} off`,
      points_price: fixed?.points ?? null,
      variable_points_step: step?.stepPoints ?? null,
      variable_points_step_reward_value: step?.stepDollars ?? null,
      variable_points_min: step?.stepPoints ?? null,
      variable_points_max: step?.maxPoints ?? null,
      reward: {
        id: product.rewardId,
        name: product.name,
        description: fixed ? `${product.name} your next order` : "Money off your next order",
        image_url: `https://platform-images.smilecdn.co/${product.rewardId}.png`,
        created_at: product.createdAt,
        updated_at: product.createdAt,
      },
      created_at: product.createdAt,
      updated_at: product.createdAt,
    };
  }

  function listCustomers(url: URL): Response {
    const limit = intParam(url, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
    if (limit === null) return error(400, `limit must be an integer between 1 and ${MAX_PAGE}`);
    const cursor = url.searchParams.get("cursor");
    const offset = cursor ? Number(/^offset:(\d+)$/.exec(fromBase64(cursor))?.[1] ?? NaN) : 0;
    if (!Number.isInteger(offset)) return error(400, "The cursor provided is invalid");
    const email = url.searchParams.get("email")?.toLowerCase();
    const state = url.searchParams.get("state");
    const matching = customers.filter((c) => (!email || c.customer.email.toLowerCase() === email) && (!state || c.state === state));
    const page = matching.slice(offset, offset + limit);
    const withVipStatus = (url.searchParams.get("include") ?? "").split(",").includes("vip_status");
    return jsonResponse(200, {
      customers: page.map((c) => customerJson(c, withVipStatus)),
      metadata: {
        next_cursor: offset + limit < matching.length ? toBase64(`offset:${offset + limit}`) : null,
        previous_cursor: offset > 0 ? toBase64(`offset:${Math.max(0, offset - limit)}`) : null,
      },
    });
  }

  function listProducts(url: URL): Response {
    const pageSize = intParam(url, "page_size", DEFAULT_PAGE, 1, MAX_PAGE);
    const page = intParam(url, "page", 1, 1, Number.MAX_SAFE_INTEGER);
    if (pageSize === null || page === null) return error(400, `page_size must be between 1 and ${MAX_PAGE} and page at least 1`);
    const exchangeType = url.searchParams.get("exchange_type");
    const matching = products.filter((p) => !exchangeType || p.exchange.kind === exchangeType);
    return jsonResponse(200, { points_products: matching.slice((page - 1) * pageSize, page * pageSize).map(productJson) });
  }

  async function purchase(productId: number, request: Request): Promise<Response> {
    const body = (await request.json().catch(() => null)) as { customer_id?: unknown; points_to_spend?: unknown } | null;
    if (!body || !Number.isInteger(body.customer_id)) return error(400, "customer_id is required and must be an integer");
    const product = products.find((p) => p.id === productId);
    if (!product) return error(404, "The requested points product doesn't exist.");
    const entry = customers.find((c) => c.id === body.customer_id);
    if (!entry) return error(404, "The requested customer doesn't exist.");
    if (entry.state !== "member") return error(422, "The customer is not a member of the loyalty program.");

    let points: number;
    let value: RewardValue;
    if (product.exchange.kind === "fixed") {
      points = product.exchange.points;
      value = product.exchange.value;
    } else {
      const spend = body.points_to_spend;
      const { stepPoints, stepDollars, maxPoints } = POINTS_FOR_DOLLARS;
      if (typeof spend !== "number" || !Number.isInteger(spend) || spend < stepPoints || spend > maxPoints || spend % stepPoints !== 0) {
        return error(422, `points_to_spend must be a multiple of ${stepPoints} between ${stepPoints} and ${maxPoints}.`);
      }
      points = spend;
      value = { kind: "fixed_amount", amount: (spend / stepPoints) * stepDollars };
    }
    if (entry.points < points) return error(422, "The customer does not have enough points to purchase this points product.");

    const name = value.kind === "fixed_amount" ? `$${value.amount} off coupon` : "Free shipping coupon";
    const code = freshCode(world.data, () => `${codeSlug(value)}-${randomChars(12, "0123456789abcdef")}`);
    issueRewardDiscount(world, { customer: entry.customer, name, value, code, provider: "smile" });
    entry.points -= points;
    purchaseCount += 1;
    const at = world.now().toISOString();
    return jsonResponse(201, {
      points_purchase: {
        id: 665_523_000 + purchaseCount,
        customer_id: entry.id,
        points_product_id: product.id,
        points_spent: points,
        reward_fulfillment: {
          id: 625_478_000 + purchaseCount,
          name,
          code,
          customer_id: entry.id,
          fulfillment_status: "issued",
          image_url: `https://platform-images.smilecdn.co/${product.rewardId}.png`,
          action_text: "Use this discount code",
          action_url: null,
          usage_instructions: "Use this discount code on your next order!",
          terms_and_conditions: `One use only, for ${entry.customer.email}.`,
          expires_at: null,
          usage_status: "unused",
          used_at: null,
          created_at: at,
          updated_at: at,
        },
        created_at: at,
        updated_at: at,
      },
    });
  }

  return {
    id: "smile",
    baseUrl: BASE_URL,
    async handle(request) {
      if (request.headers.get("Authorization") !== token) {
        return error(401, "The required authentication credentials are missing from the request or are incorrect.");
      }
      const url = new URL(request.url);
      const path = url.pathname.replace(/^\/v1/, "").replace(/\/+$/, "");
      const method = request.method;
      let match: RegExpExecArray | null;
      if (method === "GET" && path === "/customers") return listCustomers(url);
      if (method === "GET" && (match = /^\/customers\/(\d+)$/.exec(path))) {
        const entry = customers.find((c) => c.id === Number(match?.[1]));
        const include = (url.searchParams.get("include") ?? "").split(",");
        return entry ? jsonResponse(200, { customer: customerJson(entry, include.some((i) => i.startsWith("vip_status"))) }) : error(404, "The requested customer doesn't exist.");
      }
      if (method === "GET" && path === "/vip_tiers") return jsonResponse(200, { vip_tiers: SUMMIT_TIERS.map(tierJson) });
      if (method === "GET" && path === "/points_products") return listProducts(url);
      if (method === "GET" && (match = /^\/points_products\/(\d+)$/.exec(path))) {
        const product = products.find((p) => p.id === Number(match?.[1]));
        return product ? jsonResponse(200, { points_product: productJson(product) }) : error(404, "The requested points product doesn't exist.");
      }
      if (method === "POST" && (match = /^\/points_products\/(\d+)\/purchase$/.exec(path))) return purchase(Number(match[1]), request);
      return error(404, "The requested resource doesn't exist.");
    },
  };
}

