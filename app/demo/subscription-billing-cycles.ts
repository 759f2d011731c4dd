import { GraphQLError } from "graphql";
import { addInterval, type CalendarUnit, type Interval } from "../lib/calendar";
import type { SellingPlanInterval, SubscriptionContract } from "./model";
import { lookupNode, type DemoContext } from "./resolvers";
import { isoTime } from "./seed/time";

/**
 * Shopify's billing cycles for the demo: computed from a contract's billing policy around the cycle billed on its
 * nextBillingDate (cycles before it were billed), the first cycle starting when the contract did. A skip marks one
 * cycle and leaves nextBillingDate alone: that field belongs to the app that owns the contract.
 */

/** How far ahead cycles are listed without a selector; Shopify bounds upcoming cycles too (UPCOMING_CYCLE_LIMIT_EXCEEDED). */
const UPCOMING_CYCLES = 24;
const SECOND_MS = 1000;

export type SubscriptionBillingCycle = {
  __typename: "SubscriptionBillingCycle";
  cycleIndex: number;
  cycleStartAt: string;
  cycleEndAt: string;
  billingAttemptExpectedDate: string;
  skipped: boolean;
  edited: boolean;
  status: "BILLED" | "UNBILLED";
  sourceContract: SubscriptionContract;
  billingAttempts: never[];
};

const TERMINATED: ReadonlySet<SubscriptionContract["status"]> = new Set(["CANCELLED", "EXPIRED", "FAILED"]);
export const isTerminated = (contract: SubscriptionContract) => TERMINATED.has(contract.status);

/** A selling plan's interval as the calendar counts it: WEEK × 2 is every 2 weeks. */
export const planInterval = (interval: SellingPlanInterval, intervalCount: number): Interval => ({ unit: interval.toLowerCase() as CalendarUnit, count: intervalCount });

/** Counted from the anchor, not from the cycle before: a Jan 31 monthly contract bills Feb 28, then Mar 31. */
function billingDate(contract: SubscriptionContract, index: number): Date {
  const { interval, intervalCount } = contract.billingPolicy;
  const { index: anchorIndex, billingDate: anchorDate } = contract.cycleAnchor;
  return addInterval(new Date(anchorDate), planInterval(interval, intervalCount), index - anchorIndex);
}

/** The last cycle there is to list: the contract's maximum, else the upcoming window. */
function lastCycleIndex(contract: SubscriptionContract): number {
  return Math.min(contract.billingPolicy.maxCycles ?? Infinity, contract.cycleAnchor.index + UPCOMING_CYCLES);
}

export function billingCycle(contract: SubscriptionContract, index: number): SubscriptionBillingCycle {
  const end = billingDate(contract, index);
  const start = index === 1 ? new Date(contract.createdAt) : new Date(billingDate(contract, index - 1).getTime() + SECOND_MS);
  return {
    __typename: "SubscriptionBillingCycle",
    cycleIndex: index,
    cycleStartAt: isoTime(start),
    cycleEndAt: isoTime(end),
    billingAttemptExpectedDate: isoTime(end),
    skipped: contract.skippedCycles.has(index),
    edited: false,
    status: index < contract.cycleAnchor.index ? "BILLED" : "UNBILLED",
    sourceContract: contract,
    billingAttempts: [],
  };
}

function allCycles(contract: SubscriptionContract): SubscriptionBillingCycle[] {
  return Array.from({ length: lastCycleIndex(contract) }, (_, i) => billingCycle(contract, i + 1));
}

/** The index of the cycle a date falls in, undefined outside the listed cycles. */
export function cycleIndexAt(contract: SubscriptionContract, date: Date): number | undefined {
  const time = isoTime(date);
  return allCycles(contract).find((cycle) => cycle.cycleStartAt <= time && time <= cycle.cycleEndAt)?.cycleIndex;
}

type BillingCyclesArgs = {
  contractId: string;
  billingCyclesDateRangeSelector?: { startDate: string; endDate: string } | null;
  billingCyclesIndexRangeSelector?: { startIndex: number; endIndex: number } | null;
};

/** QueryRoot.subscriptionBillingCycles: the cycles overlapping a date range or within an index range. */
export function subscriptionBillingCycles(args: BillingCyclesArgs, context: DemoContext): SubscriptionBillingCycle[] {
  const contract = lookupNode(context, args.contractId, "SubscriptionContract") as SubscriptionContract | null;
  if (!contract) throw new GraphQLError("Subscription contract does not exist", { extensions: { code: "NOT_FOUND" } });
  const dates = args.billingCyclesDateRangeSelector;
  const indexes = args.billingCyclesIndexRangeSelector;
  return allCycles(contract).filter(
    (cycle) =>
      (!dates || (cycle.cycleEndAt >= isoTime(new Date(dates.startDate)) && cycle.cycleStartAt <= isoTime(new Date(dates.endDate)))) &&
      (!indexes || (cycle.cycleIndex >= indexes.startIndex && cycle.cycleIndex <= indexes.endIndex)),
  );
}

type SkipArgs = { billingCycleInput: { contractId: string; selector: { index?: number | null; date?: string | null } } };

function skipRefused(field: string[], message: string) {
  return { billingCycle: null, userErrors: [{ field, message, code: "INVALID" as const }] };
}

/** Shopify's subscriptionBillingCycleSkip: marks one unbilled cycle of a live contract as skipped. */
export function subscriptionBillingCycleSkip({ billingCycleInput }: SkipArgs, context: DemoContext) {
  const contract = lookupNode(context, billingCycleInput.contractId, "SubscriptionContract") as SubscriptionContract | null;
  if (!contract) return skipRefused(["billingCycleInput", "contractId"], "Subscription contract does not exist");
  const { index, date } = billingCycleInput.selector;
  const hasIndex = index !== null && index !== undefined;
  if (hasIndex === (date !== null && date !== undefined)) {
    return skipRefused(["billingCycleInput", "selector"], "Billing cycle selector requires exactly one of index or date to be provided.");
  }
  if (isTerminated(contract)) return skipRefused(["billingCycleInput", "contractId"], "Subscription contract is terminated.");
  const cycleIndex = hasIndex ? index : cycleIndexAt(contract, new Date(date!));
  if (cycleIndex === undefined || cycleIndex < 1 || cycleIndex > lastCycleIndex(contract)) {
    return skipRefused(["billingCycleInput", "selector"], "Billing cycle selector cannot select billing cycle outside of index range.");
  }
  if (billingCycle(contract, cycleIndex).status === "BILLED") {
    return skipRefused(["billingCycleInput", "selector"], "Billing cycle has already been billed.");
  }
  contract.skippedCycles.add(cycleIndex);
  contract.updatedAt = isoTime(context.now());
  return { billingCycle: billingCycle(contract, cycleIndex), userErrors: [] };
}
