import { addInterval } from "../../../../lib/calendar";
import type { AdminClient } from "../../../../shopify/admin-client";
import { AdminApiError, AdminThrottledError, AdminUserErrors } from "../../../../shopify/errors";
import { CUSTOMER_SUBSCRIPTION_CONTRACTS } from "../../../../shopify/operations/customer-subscription-contracts";
import { SUBSCRIPTION_BILLING_CYCLE_SKIP } from "../../../../shopify/operations/subscription-billing-cycle-skip";
import { SUBSCRIPTION_BILLING_CYCLES, type SubscriptionBillingCycleSummary } from "../../../../shopify/operations/subscription-billing-cycles";
import { SUBSCRIPTION_CONTRACT } from "../../../../shopify/operations/subscription-contract";
import { SUBSCRIPTION_CONTRACT_ACCESS } from "../../../../shopify/operations/subscription-contract-access";
import { SUBSCRIPTION_CONTRACT_ACTIVATE } from "../../../../shopify/operations/subscription-contract-activate";
import { SUBSCRIPTION_CONTRACT_CANCEL } from "../../../../shopify/operations/subscription-contract-cancel";
import type { SellingPlanInterval, SubscriptionContractDetails } from "../../../../shopify/operations/subscription-contract-fields";
import { SUBSCRIPTION_CONTRACT_PAUSE } from "../../../../shopify/operations/subscription-contract-pause";
import { SUBSCRIPTION_CONTRACT_UPDATE } from "../../../../shopify/operations/subscription-contract-update";
import { SUBSCRIPTION_DRAFT_COMMIT } from "../../../../shopify/operations/subscription-draft-commit";
import { SUBSCRIPTION_DRAFT_UPDATE } from "../../../../shopify/operations/subscription-draft-update";
import { nullIfNotFound, ProviderError } from "../http";
import type { Frequency, FrequencyUnit, ShopperRef, Subscription, SubscriptionProvider, SubscriptionStatus } from "../types";
import { requireWholeFrequency } from "./shared";

/**
 * Shopify's own subscription contracts, through the shop's Admin API (the app's access token; no credentials of
 * its own). A contract is the shopper's when its customer is the proven Shopify customer; any other is not_found.
 *
 * What is charged when comes from Shopify's billing cycles, not the contract's nextBillingDate: that field is kept
 * by the app that owns the contract, and a skip marks a cycle without moving it. Actions are sent as the CUSTOMER
 * actor, since the shopper asked for them.
 */

const NAME = "Shopify subscription contracts";
const CONTRACTS_PER_CUSTOMER = 10;
/** Far enough ahead to find the next unskipped cycle of a yearly contract with one skip. */
const UPCOMING_WINDOW_YEARS = 2;
const UPCOMING_CYCLES = 10;

const STATUS: Record<SubscriptionContractDetails["status"], SubscriptionStatus> = {
  ACTIVE: "active",
  PAUSED: "paused",
  // Ended contracts are over for the shopper, whatever ended them.
  CANCELLED: "cancelled",
  EXPIRED: "cancelled",
  FAILED: "cancelled",
};
const INTERVAL: Record<FrequencyUnit, SellingPlanInterval> = { day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" };
const UNIT: Record<SellingPlanInterval, FrequencyUnit> = { DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };

/** Admin API failures in the provider's terms: refusals are "rejected", a missing scope or token "unauthorized". */
function providerError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof AdminUserErrors) return new ProviderError(NAME, "rejected", error.message);
  if (error instanceof AdminThrottledError) return new ProviderError(NAME, "rate_limited", error.message, error.status ?? null);
  if (error instanceof AdminApiError) {
    const denied = error.status === 401 || error.status === 403 || error.graphqlErrors.some((e) => e.extensions?.code === "ACCESS_DENIED");
    if (denied) return new ProviderError(NAME, "unauthorized", error.message, error.status ?? null);
    return new ProviderError(NAME, error.status && error.status >= 500 ? "server_error" : "bad_response", error.message, error.status ?? null);
  }
  return new ProviderError(NAME, "unreachable", `could not reach the Admin API: ${(error as Error).message}`);
}

function toSubscription(contract: SubscriptionContractDetails, nextCycle: SubscriptionBillingCycleSummary | null): Subscription {
  const lines = contract.lines.nodes;
  const [only] = lines;
  const status = STATUS[contract.status];
  return {
    id: contract.id,
    productTitle: lines.map((line) => line.title).join(", "),
    status,
    // What the shopper receives and how often; a prepaid contract bills less often than it delivers.
    frequency: { unit: UNIT[contract.deliveryPolicy.interval], count: contract.deliveryPolicy.intervalCount },
    nextChargeAt: status === "active" ? (nextCycle?.billingAttemptExpectedDate ?? null) : null,
    // One price and quantity describe a single-line contract only.
    price: lines.length === 1 && only ? { amount: only.currentPrice.amount, currencyCode: only.currentPrice.currencyCode } : null,
    quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
  };
}

/** `now` is the clock upcoming billing cycles are counted from (a test passes its demo store's). */
export function createShopifySubscriptions(admin: AdminClient, now: () => Date = () => new Date()): SubscriptionProvider {
  const notFound = (id: string) => new ProviderError(NAME, "not_found", `no subscription contract ${id} for this shopper`);
  const rejected = (message: string) => new ProviderError(NAME, "rejected", message);

  /** Runs one provider call, every failure as a ProviderError. */
  async function call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw providerError(error);
    }
  }

  /** The first cycle still to be charged: upcoming, not billed, not skipped. */
  async function nextCycle(contract: SubscriptionContractDetails): Promise<SubscriptionBillingCycleSummary | null> {
    if (contract.status !== "ACTIVE") return null;
    const start = now();
    const end = addInterval(start, { unit: "year", count: UPCOMING_WINDOW_YEARS });
    const { subscriptionBillingCycles } = await admin.request(SUBSCRIPTION_BILLING_CYCLES, {
      contractId: contract.id,
      startDate: start.toISOString(),
      endDate: end.toISOString(),
      first: UPCOMING_CYCLES,
    });
    return (
      subscriptionBillingCycles.nodes.find(
        (cycle) => cycle.status === "UNBILLED" && !cycle.skipped && Date.parse(cycle.billingAttemptExpectedDate) >= start.getTime(),
      ) ?? null
    );
  }

  async function withNextCharge(contract: SubscriptionContractDetails): Promise<Subscription> {
    return toSubscription(contract, await nextCycle(contract));
  }

  /** The contract, read fresh, if it is the shopper's; otherwise not_found, so a guessed id changes nothing. */
  async function owned(shopper: ShopperRef, id: string): Promise<SubscriptionContractDetails> {
    if (!/^gid:\/\/shopify\/SubscriptionContract\/\d+$/.test(id)) throw notFound(id);
    const { subscriptionContract } = await admin.request(SUBSCRIPTION_CONTRACT, { id });
    if (!subscriptionContract || subscriptionContract.customer?.id !== shopper.customerId) throw notFound(id);
    return subscriptionContract;
  }

  function requireActive(contract: SubscriptionContractDetails, action: string): void {
    if (contract.status !== "ACTIVE") throw rejected(`subscription contract ${contract.id} is ${contract.status.toLowerCase()}; only an active one can ${action}`);
  }

  return {
    id: "shopify_subscriptions",
    name: NAME,
    pausing: { kind: "until_resumed" },

    verifyCredentials: () => call(async () => {
      await admin.request(SUBSCRIPTION_CONTRACT_ACCESS);
    }),

    subscriptions: (shopper) => call(async () => {
      const { customer } = await admin.request(CUSTOMER_SUBSCRIPTION_CONTRACTS, { customerId: shopper.customerId, first: CONTRACTS_PER_CUSTOMER });
      return Promise.all((customer?.subscriptionContracts.nodes ?? []).map(withNextCharge));
    }),

    subscription: (shopper, id) => call(() => nullIfNotFound(owned(shopper, id).then(withNextCharge))),

    skipNextCharge: (shopper, id) => call(async () => {
      const contract = await owned(shopper, id);
      requireActive(contract, "skip a charge");
      const cycle = await nextCycle(contract);
      if (!cycle) throw rejected(`subscription contract ${id} has no upcoming charge to skip`);
      await admin.mutate(SUBSCRIPTION_BILLING_CYCLE_SKIP, { contractId: id, cycleIndex: cycle.cycleIndex }, (data) => data.subscriptionBillingCycleSkip);
    }),

    pause: (shopper, id) => call(async () => {
      await owned(shopper, id);
      await admin.mutate(SUBSCRIPTION_CONTRACT_PAUSE, { subscriptionContractId: id, actor: "CUSTOMER" }, (data) => data.subscriptionContractPause);
    }),

    resume: (shopper, id) => call(async () => {
      await owned(shopper, id);
      await admin.mutate(SUBSCRIPTION_CONTRACT_ACTIVATE, { subscriptionContractId: id, actor: "CUSTOMER" }, (data) => data.subscriptionContractActivate);
    }),

    // Shopify's cancel takes no reason; the conversation that asked for it keeps the shopper's.
    cancel: (shopper, id) => call(async () => {
      await owned(shopper, id);
      await admin.mutate(SUBSCRIPTION_CONTRACT_CANCEL, { subscriptionContractId: id, actor: "CUSTOMER" }, (data) => data.subscriptionContractCancel);
    }),

    changeFrequency: (shopper, id, frequency: Frequency) => call(async () => {
      requireWholeFrequency(NAME, frequency);
      const contract = await owned(shopper, id);
      const policy = { interval: INTERVAL[frequency.unit], intervalCount: frequency.count };
      const { draft } = await admin.mutate(SUBSCRIPTION_CONTRACT_UPDATE, { contractId: id, actor: "CUSTOMER" }, (data) => data.subscriptionContractUpdate);
      if (!draft) throw new ProviderError(NAME, "bad_response", `subscriptionContractUpdate gave no draft for ${id}`);
      // Billed per delivery: both policies take the new frequency; the contract's cycle limits stay as they were.
      const { minCycles, maxCycles } = contract.billingPolicy;
      await admin.mutate(
        SUBSCRIPTION_DRAFT_UPDATE,
        { draftId: draft.id, input: { billingPolicy: { ...policy, minCycles, maxCycles }, deliveryPolicy: policy } },
        (data) => data.subscriptionDraftUpdate,
      );
      await admin.mutate(SUBSCRIPTION_DRAFT_COMMIT, { draftId: draft.id }, (data) => data.subscriptionDraftCommit);
    }),
  };
}
