import { defineOperation } from "../operation";

export type SubscriptionBillingCycleSkipData = {
  subscriptionBillingCycleSkip: {
    billingCycle: { cycleIndex: number; billingAttemptExpectedDate: string; skipped: boolean } | null;
    userErrors: { field: string[] | null; message: string; code: "INVALID" | null }[];
  } | null;
};
export type SubscriptionBillingCycleSkipVariables = { contractId: string; cycleIndex: number };

/** Skips one billing cycle of a contract, chosen by index (the next one: subscription-billing-cycles.ts finds it). */
export const SUBSCRIPTION_BILLING_CYCLE_SKIP = defineOperation<SubscriptionBillingCycleSkipData, SubscriptionBillingCycleSkipVariables>(/* GraphQL */ `
  mutation SubscriptionBillingCycleSkip($contractId: ID!, $cycleIndex: Int!) {
    subscriptionBillingCycleSkip(billingCycleInput: { contractId: $contractId, selector: { index: $cycleIndex } }) {
      billingCycle {
        cycleIndex
        billingAttemptExpectedDate
        skipped
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
