import { z } from "zod";
import { ProviderError, providerHttp } from "../http";
import type { AdapterDeps, LoyaltyAccount, LoyaltyProvider, LoyaltyReward, RedeemedReward, ShopperRef } from "../types";
import { programNameFrom, sameEmail, type LoyaltyProgramOptions } from "./shared";

/**
 * LoyaltyLion over its Admin API v2 (developers.loyaltylion.com): a program API key as a Bearer token.
 * Customers are addressed by merchant_id, the id the shop's platform gives them (the Shopify customer id).
 *
 *   GET  /customers?email=                                   { customers: [...] }: points_approved, enrolled, loyalty_tier_membership
 *   GET  /customers/{merchant_id}/available_rewards          { rewards: [...] }: the rewards of the customer's tier, affordable or not
 *   POST /customers/{merchant_id}/claimed_rewards {reward_id} 201 { claimed_reward: { redeemable: { code } } }; 422 when points are short
 *
 * Errors come as { error: { code, message } }.
 */

export const LOYALTYLION_API_BASE = "https://api.loyaltylion.com/v2";
const NAME = "LoyaltyLion";

const Customer = z.object({
  merchant_id: z.string(),
  email: z.string().nullable(),
  points_approved: z.number().int(),
  enrolled: z.boolean(),
  loyalty_tier_membership: z.object({ loyalty_tier: z.object({ name: z.string() }) }).nullish(),
});
const CustomerList = z.object({ customers: z.array(Customer) });

const AvailableRewards = z.object({
  rewards: z.array(z.object({ id: z.number().int(), title: z.string(), point_cost: z.number().int() })),
});

const ClaimedReward = z.object({
  claimed_reward: z.object({
    point_cost: z.number().int(),
    // Vouchers carry their discount code; a reward without one (a free product, a gift card) gives none here.
    redeemable: z.object({ code: z.string().min(1) }),
  }),
});

const merchantPath = (merchantId: string) => `/customers/${encodeURIComponent(merchantId)}`;

export function createLoyaltyLion(
  credentials: Record<string, string>,
  deps: AdapterDeps = {},
  options: LoyaltyProgramOptions = {},
): LoyaltyProvider {
  const http = providerHttp({
    provider: NAME,
    baseUrl: LOYALTYLION_API_BASE,
    headers: { Authorization: `Bearer ${credentials.accessToken ?? ""}` },
    ...deps,
  });

  return {
    id: "loyaltylion",
    name: NAME,
    programName: programNameFrom(options),

    async verifyCredentials() {
      await http.request("GET", "/customers", { query: { limit: 1 }, schema: CustomerList });
    },

    async account(shopper: ShopperRef): Promise<LoyaltyAccount | null> {
      if (!shopper.email) return null;
      const { customers } = await http.request("GET", "/customers", { query: { email: shopper.email }, schema: CustomerList });
      const customer = customers.find((candidate) => sameEmail(candidate.email, shopper.email ?? ""));
      if (!customer?.enrolled) return null;
      return {
        providerCustomerId: customer.merchant_id,
        pointsBalance: customer.points_approved,
        tier: customer.loyalty_tier_membership?.loyalty_tier.name ?? null,
      };
    },

    async rewards(account?: LoyaltyAccount): Promise<LoyaltyReward[]> {
      if (!account) throw new ProviderError(NAME, "rejected", "rewards are listed per customer; pass the member's account");
      const { rewards } = await http.request("GET", `${merchantPath(account.providerCustomerId)}/available_rewards`, { schema: AvailableRewards });
      return rewards.map((reward) => ({ id: String(reward.id), name: reward.title, pointsCost: reward.point_cost }));
    },

    async redeem(account: LoyaltyAccount, reward: LoyaltyReward): Promise<RedeemedReward> {
      if (!/^\d+$/.test(reward.id)) throw new ProviderError(NAME, "not_found", "no such reward");
      const { claimed_reward } = await http.request("POST", `${merchantPath(account.providerCustomerId)}/claimed_rewards`, {
        body: { reward_id: Number(reward.id) },
        schema: ClaimedReward,
      });
      return { rewardId: reward.id, name: reward.name, code: claimed_reward.redeemable.code, pointsSpent: claimed_reward.point_cost };
    },
  };
}
