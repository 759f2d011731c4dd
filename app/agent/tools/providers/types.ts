import { z } from "zod";

/**
 * What the post-purchase skills need from a provider, one interface per kind. Each adapter (Loop, AfterShip,
 * Recharge, Skio, Shopify subscription contracts, Smile, Yotpo, LoyaltyLion) implements one of these over plain
 * fetch (./http.ts); a kind with no connected provider is null and its skill is Unavailable.
 *
 * Adapters never guess: anything they cannot read or do is a ProviderError, which the skill turns into a soft
 * handoff with the reason.
 */

/** The kinds of provider a shop can connect; each unlocks or improves a skill. */
export const IntegrationKind = z.enum(["returns", "subscriptions", "loyalty"]);
export type IntegrationKind = z.infer<typeof IntegrationKind>;

/**
 * The shopper as a provider knows them: the Shopify customer GID and the email on that Shopify customer record
 * (read from Shopify by the skill, never taken from a message). Providers key customers by one or the other.
 */
export type ShopperRef = { customerId: string; email: string | null };

/** Every adapter can check its credentials against its API (used when a merchant connects it). */
export interface ProviderAdapter {
  /** The provider's catalog id (provider-catalog.ts), e.g. "loop". */
  readonly id: string;
  readonly name: string;
  /** Resolves when the credentials are accepted; rejects with ProviderError("unauthorized") when not. */
  verifyCredentials(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Returns

export type ProviderReturnStatus = "requested" | "open" | "in_transit" | "received" | "closed" | "cancelled" | "declined";

export type ProviderReturn = {
  id: string;
  orderName: string;
  /** "exchange" when every item is exchanged, "return" when every item is refunded or credited, else "mixed". */
  type: "return" | "exchange" | "mixed";
  status: ProviderReturnStatus;
  createdAt: string;
  items: { title: string; quantity: number }[];
  /** The prepaid label or the carrier's tracking page for the parcel going back, when there is one. */
  labelUrl: string | null;
  trackingUrl: string | null;
};

/** When a returns provider is connected it owns returns: shoppers start them in its portal, status comes from it. */
export interface ReturnsProvider extends ProviderAdapter {
  /** A deep link into the provider's return portal for one order (the shopper picks items, return or exchange). */
  portalLink(order: { name: string; email: string | null; zip: string | null }): Promise<string>;
  /** The returns the provider holds for one order, newest first; empty when there are none. */
  returnsFor(order: { name: string }): Promise<ProviderReturn[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Subscriptions

export const FrequencyUnit = z.enum(["day", "week", "month", "year"]);
export type FrequencyUnit = z.infer<typeof FrequencyUnit>;
/** How often a subscription delivers: every `count` `unit`s. */
export type Frequency = { unit: FrequencyUnit; count: number };

export type SubscriptionStatus = "active" | "paused" | "cancelled";

export type Subscription = {
  id: string;
  productTitle: string;
  status: SubscriptionStatus;
  frequency: Frequency;
  /** ISO time of the next charge, null when paused or cancelled. */
  nextChargeAt: string | null;
  price: { amount: string; currencyCode: string } | null;
  quantity: number;
};

/**
 * What pausing means at this provider: stopping until the shopper resumes (Skio, Shopify), or — for providers
 * without a paused state (Recharge) — moving the next charge out by a set time, after which deliveries resume.
 */
export type Pausing = { kind: "until_resumed" } | { kind: "delay"; by: Frequency };

/**
 * A subscription provider. Every method acts for the shopper given, and refuses (ProviderError "not_found") a
 * subscription that is not theirs, so a guessed id changes nothing.
 */
export interface SubscriptionProvider extends ProviderAdapter {
  readonly pausing: Pausing;
  subscriptions(shopper: ShopperRef): Promise<Subscription[]>;
  /** Re-reads one subscription from the provider (after an action, to confirm what happened). */
  subscription(shopper: ShopperRef, id: string): Promise<Subscription | null>;
  /** Skips the next charge; the one after becomes the next. */
  skipNextCharge(shopper: ShopperRef, id: string): Promise<void>;
  pause(shopper: ShopperRef, id: string): Promise<void>;
  resume(shopper: ShopperRef, id: string): Promise<void>;
  cancel(shopper: ShopperRef, id: string, reason: string): Promise<void>;
  changeFrequency(shopper: ShopperRef, id: string, frequency: Frequency): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Loyalty

export type LoyaltyAccount = {
  /** The provider's own id for the customer (what its redeem endpoint takes). */
  providerCustomerId: string;
  pointsBalance: number;
  tier: string | null;
};

export type LoyaltyReward = { id: string; name: string; pointsCost: number };

/** What a redemption produced: a discount code the shopper can use at checkout. */
export type RedeemedReward = { rewardId: string; name: string; code: string; pointsSpent: number };

export interface LoyaltyProvider extends ProviderAdapter {
  readonly programName: string;
  /** The shopper's loyalty account, null when they are not a member. */
  account(shopper: ShopperRef): Promise<LoyaltyAccount | null>;
  /**
   * The rewards the program offers for points, including those the member cannot afford yet. Pass the member's
   * account: some providers (LoyaltyLion) list rewards only per customer, since each tier has its own.
   */
  rewards(account?: LoyaltyAccount): Promise<LoyaltyReward[]>;
  /**
   * Spends the shopper's points on a reward and returns its discount code. Irreversible: the skill asks for an
   * explicit yes first. Points too short → ProviderError("rejected").
   */
  redeem(account: LoyaltyAccount, reward: LoyaltyReward): Promise<RedeemedReward>;
}

// ---------------------------------------------------------------------------------------------------------------

export type ProviderAdapters = {
  returns: ReturnsProvider | null;
  subscriptions: SubscriptionProvider | null;
  loyalty: LoyaltyProvider | null;
};

export const NO_PROVIDERS: ProviderAdapters = { returns: null, subscriptions: null, loyalty: null };

export function connectedKinds(providers: ProviderAdapters): Set<IntegrationKind> {
  return new Set((Object.keys(providers) as IntegrationKind[]).filter((kind) => providers[kind] !== null));
}

/** What an adapter factory gets besides the merchant's credentials: the network (a fake in tests and the demo). */
export type AdapterDeps = {
  fetch?: import("../../../shopify/admin-client").FetchLike;
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
};
