import { z } from "zod";

/**
 * What the post-purchase skills need from a provider, one interface per kind. The adapters (Loop, AfterShip,
 * Recharge, Skio, Shopify subscription contracts, Smile, Yotpo, LoyaltyLion) implement these; a kind with no
 * connected provider is null and its skill is Unavailable.
 */
/** The kinds of provider a shop can connect; each unlocks a skill. */
export const IntegrationKind = z.enum(["returns", "subscriptions", "loyalty"]);
export type IntegrationKind = z.infer<typeof IntegrationKind>;

export type ShopperRef = { customerId: string; email: string | null };

export interface ReturnsProvider {
  readonly name: string;
  /** A deep link into the provider's return portal for one order. */
  portalLink(order: { name: string; email: string | null; zip: string | null }): Promise<string>;
}

export type Subscription = {
  id: string;
  productTitle: string;
  status: "active" | "paused" | "cancelled";
  frequency: string;
  nextChargeAt: string | null;
  price: { amount: string; currencyCode: string } | null;
};

export interface SubscriptionProvider {
  readonly name: string;
  subscriptions(shopper: ShopperRef): Promise<Subscription[]>;
}

export type LoyaltyAccount = { pointsBalance: number; tier: string | null };
export type LoyaltyReward = { id: string; name: string; pointsCost: number };

export interface LoyaltyProvider {
  readonly name: string;
  programName: string;
  account(shopper: ShopperRef): Promise<LoyaltyAccount | null>;
  rewards(): Promise<LoyaltyReward[]>;
}

export type ProviderAdapters = {
  returns: ReturnsProvider | null;
  subscriptions: SubscriptionProvider | null;
  loyalty: LoyaltyProvider | null;
};

export const NO_PROVIDERS: ProviderAdapters = { returns: null, subscriptions: null, loyalty: null };

export function connectedKinds(providers: ProviderAdapters): Set<IntegrationKind> {
  return new Set((Object.keys(providers) as IntegrationKind[]).filter((kind) => providers[kind] !== null));
}
