import { defineOperation } from "../operation";

export type SubscriptionBillingCycleSummary = {
  cycleIndex: number;
  billingAttemptExpectedDate: string;
  skipped: boolean;
  status: "BILLED" | "UNBILLED";
};

export type SubscriptionBillingCyclesData = { subscriptionBillingCycles: { nodes: SubscriptionBillingCycleSummary[] } };
export type SubscriptionBillingCyclesVariables = { contractId: string; startDate: string; endDate: string; first: number };

/**
 * A contract's billing cycles within a date range, in cycle order. Shopify computes them from the contract's
 * billing policy; a skip marks a cycle and leaves the contract's nextBillingDate (the owning app's field) alone, so
 * the next charge is the first upcoming cycle that is neither billed nor skipped.
 */
export const SUBSCRIPTION_BILLING_CYCLES = defineOperation<SubscriptionBillingCyclesData, SubscriptionBillingCyclesVariables>(/* GraphQL */ `
  query SubscriptionBillingCycles($contractId: ID!, $startDate: DateTime!, $endDate: DateTime!, $first: Int!) {
    subscriptionBillingCycles(
      contractId: $contractId
      first: $first
      billingCyclesDateRangeSelector: { startDate: $startDate, endDate: $endDate }
    ) {
      nodes {
        cycleIndex
        billingAttemptExpectedDate
        skipped
        status
      }
    }
  }
`);
