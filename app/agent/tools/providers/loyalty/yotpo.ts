import { z } from "zod";
import { nullIfNotFound, ProviderError, providerHttp } from "../http";
import type { AdapterDeps, LoyaltyAccount, LoyaltyProvider, LoyaltyReward, RedeemedReward, ShopperRef } from "../types";
import { programNameFrom, sameEmail, type LoyaltyProgramOptions } from "./shared";

/**
 * Yotpo Loyalty & Referrals (formerly Swell) over its v2 API (loyaltyapi.yotpo.com): the account's GUID and API
 * key in the x-guid and x-api-key headers. Customers are keyed by email.
 *
 *   GET  /customers?customer_email=                          the customer record (404 when unknown): points_balance, vip_tier_name
 *   GET  /redemption_options                                 a bare array: id, name, amount (points), discount_type
 *   POST /redemptions {customer_email, redemption_option_id} { id, reward_text (the coupon code), approved }
 */

export const YOTPO_LOYALTY_API_BASE = "https://loyalty.yotpo.com/api/v2";
const NAME = "Yotpo Loyalty";

const Customer = z.object({
  email: z.string(),
  points_balance: z.number().int(),
  vip_tier_name: z.string().nullish(),
});

const RedemptionOption = z.object({
  id: z.number().int(),
  name: z.string(),
  // The points it costs; documented both as a number and as a numeric string.
  amount: z.union([z.number(), z.string()]).nullish(),
  // "variable" converts any number of points at a rate: it has no set price to offer.
  discount_type: z.string().nullish(),
});
const RedemptionOptions = z.array(RedemptionOption);

const Redemption = z.object({
  reward_text: z.string().min(1),
  approved: z.boolean().nullish(),
});

export function createYotpo(
  credentials: Record<string, string>,
  deps: AdapterDeps = {},
  options: LoyaltyProgramOptions = {},
): LoyaltyProvider {
  const http = providerHttp({
    provider: NAME,
    baseUrl: YOTPO_LOYALTY_API_BASE,
    headers: { "x-guid": credentials.guid ?? "", "x-api-key": credentials.apiKey ?? "" },
    ...deps,
  });

  return {
    id: "yotpo",
    name: NAME,
    programName: programNameFrom(options),

    async verifyCredentials() {
      await http.request("GET", "/redemption_options", { schema: z.unknown() });
    },

    async account(shopper: ShopperRef): Promise<LoyaltyAccount | null> {
      if (!shopper.email) return null;
      // Yotpo answers 404 for an address it does not know.
      const customer = await nullIfNotFound(http.request("GET", "/customers", { query: { customer_email: shopper.email }, schema: Customer }));
      if (!customer || !sameEmail(customer.email, shopper.email)) return null;
      // Redemptions name the customer by email, so that is the id the redeem call needs.
      return { providerCustomerId: customer.email, pointsBalance: customer.points_balance, tier: customer.vip_tier_name || null };
    },

    async rewards(): Promise<LoyaltyReward[]> {
      const redemptionOptions = await http.request("GET", "/redemption_options", { schema: RedemptionOptions });
      return redemptionOptions.flatMap((option) => {
        const points = Number(option.amount);
        // Zero-point options are coupons campaigns hand out, not something points can buy.
        return option.discount_type !== "variable" && Number.isInteger(points) && points > 0
          ? [{ id: String(option.id), name: option.name, pointsCost: points }]
          : [];
      });
    },

    async redeem(account: LoyaltyAccount, reward: LoyaltyReward): Promise<RedeemedReward> {
      if (!/^\d+$/.test(reward.id)) throw new ProviderError(NAME, "not_found", "no such redemption option");
      const redemption = await http.request("POST", "/redemptions", {
        body: { customer_email: account.providerCustomerId, redemption_option_id: Number(reward.id) },
        schema: Redemption,
      });
      if (redemption.approved === false) throw new ProviderError(NAME, "rejected", "the redemption was not approved");
      // The response does not repeat the cost; a fixed option always costs what it lists.
      return { rewardId: reward.id, name: reward.name, code: redemption.reward_text, pointsSpent: reward.pointsCost };
    },
  };
}
