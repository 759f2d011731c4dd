import { z } from "zod";
import { ProviderError, providerHttp } from "../http";
import type { AdapterDeps, LoyaltyAccount, LoyaltyProvider, LoyaltyReward, RedeemedReward, ShopperRef } from "../types";
import { programNameFrom, sameEmail, type LoyaltyProgramOptions } from "./shared";

/**
 * Smile (smile.io) over its REST API (dev.smile.io/api): a private API key as a Bearer token.
 *
 *   GET  /customers?email=&include=vip_status          points_balance, state, vip_status.vip_tier_id
 *   GET  /vip_tiers                                     the tier names
 *   GET  /points_products?exchange_type=fixed           rewards with a set points_price
 *   POST /points_products/{id}/purchase {customer_id}   201 { points_purchase: { reward_fulfillment: { code } } }
 *
 * Errors come as { error: { message, request_id } }; 422 means the purchase was refused (e.g. too few points).
 */

export const SMILE_API_BASE = "https://api.smile.io/v1";
const NAME = "Smile";
// Smile's page_size maximum; a program's catalogue rarely needs a second page.
const PAGE_SIZE = 250;

const Customer = z.object({
  id: z.number().int(),
  email: z.string().nullable(),
  // candidate: has not joined; disabled: excluded from the program. Only members have an account to show.
  state: z.enum(["candidate", "member", "disabled"]),
  points_balance: z.number().int(),
  vip_tier_id: z.number().int().nullish(),
  vip_status: z.object({ vip_tier_id: z.number().int().nullable() }).nullish(),
});
const CustomerList = z.object({ customers: z.array(Customer) });
const VipTiers = z.object({ vip_tiers: z.array(z.object({ id: z.number().int(), name: z.string() })) });

const PointsProduct = z.object({
  id: z.number().int(),
  exchange_type: z.enum(["fixed", "variable"]),
  // Only fixed products have one; a variable product's cost is whatever the shopper chooses to spend.
  points_price: z.number().int().nullish(),
  exchange_description: z.string().nullish(),
  reward: z.object({ name: z.string() }),
});
const PointsProducts = z.object({ points_products: z.array(PointsProduct) });

const PointsPurchase = z.object({
  points_purchase: z.object({
    points_spent: z.number().int(),
    reward_fulfillment: z.object({ name: z.string().nullish(), code: z.string().min(1) }),
  }),
});

export function createSmile(
  credentials: Record<string, string>,
  deps: AdapterDeps = {},
  options: LoyaltyProgramOptions = {},
): LoyaltyProvider {
  const http = providerHttp({ provider: NAME, baseUrl: SMILE_API_BASE, headers: { Authorization: `Bearer ${credentials.apiKey ?? ""}` }, ...deps });

  async function tierName(tierId: number | null | undefined): Promise<string | null> {
    if (tierId === null || tierId === undefined) return null;
    const { vip_tiers } = await http.request("GET", "/vip_tiers", { schema: VipTiers });
    return vip_tiers.find((tier) => tier.id === tierId)?.name ?? null;
  }

  return {
    id: "smile",
    name: NAME,
    programName: programNameFrom(options),

    async verifyCredentials() {
      await http.request("GET", "/customers", { query: { limit: 1 }, schema: CustomerList });
    },

    async account(shopper: ShopperRef): Promise<LoyaltyAccount | null> {
      if (!shopper.email) return null;
      const { customers } = await http.request("GET", "/customers", { query: { email: shopper.email, include: "vip_status" }, schema: CustomerList });
      const customer = customers.find((candidate) => sameEmail(candidate.email, shopper.email ?? ""));
      if (!customer || customer.state !== "member") return null;
      return {
        providerCustomerId: String(customer.id),
        pointsBalance: customer.points_balance,
        tier: await tierName(customer.vip_status?.vip_tier_id ?? customer.vip_tier_id),
      };
    },

    async rewards(): Promise<LoyaltyReward[]> {
      const products: z.infer<typeof PointsProduct>[] = [];
      for (let page = 1; ; page++) {
        const { points_products } = await http.request("GET", "/points_products", {
          query: { exchange_type: "fixed", page_size: PAGE_SIZE, page },
          schema: PointsProducts,
        });
        products.push(...points_products);
        if (points_products.length < PAGE_SIZE) break;
      }
      return products.flatMap((product) =>
        product.exchange_type === "fixed" && typeof product.points_price === "number"
          ? [{ id: String(product.id), name: product.reward.name, pointsCost: product.points_price }]
          : [],
      );
    },

    async redeem(account: LoyaltyAccount, reward: LoyaltyReward): Promise<RedeemedReward> {
      const customerId = Number(account.providerCustomerId);
      if (!/^\d+$/.test(account.providerCustomerId) || !/^\d+$/.test(reward.id)) {
        throw new ProviderError(NAME, "not_found", "no such customer or points product");
      }
      // A fixed product's price is set by Smile; points_to_spend is only for variable products.
      const { points_purchase } = await http.request("POST", `/points_products/${reward.id}/purchase`, {
        body: { customer_id: customerId },
        schema: PointsPurchase,
      });
      return {
        rewardId: reward.id,
        name: points_purchase.reward_fulfillment.name ?? reward.name,
        code: points_purchase.reward_fulfillment.code,
        pointsSpent: points_purchase.points_spent,
      };
    },
  };
}
