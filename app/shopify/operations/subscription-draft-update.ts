import { defineOperation } from "../operation";
import type { SellingPlanInterval, SubscriptionDraftUserError } from "./subscription-contract-fields";

export type SubscriptionPolicyInput = { interval: SellingPlanInterval; intervalCount: number };

export type SubscriptionDraftUpdateData = {
  subscriptionDraftUpdate: {
    draft: { id: string; billingPolicy: SubscriptionPolicyInput; deliveryPolicy: SubscriptionPolicyInput } | null;
    userErrors: SubscriptionDraftUserError[];
  } | null;
};
export type SubscriptionDraftUpdateVariables = {
  draftId: string;
  input: {
    billingPolicy: SubscriptionPolicyInput & { minCycles: number | null; maxCycles: number | null };
    deliveryPolicy: SubscriptionPolicyInput;
  };
};

/** Sets how often a draft bills and delivers (a frequency change); subscriptionDraftCommit applies it. */
export const SUBSCRIPTION_DRAFT_UPDATE = defineOperation<SubscriptionDraftUpdateData, SubscriptionDraftUpdateVariables>(/* GraphQL */ `
  mutation SubscriptionDraftUpdate($draftId: ID!, $input: SubscriptionDraftInput!) {
    subscriptionDraftUpdate(draftId: $draftId, input: $input) {
      draft {
        id
        billingPolicy {
          interval
          intervalCount
        }
        deliveryPolicy {
          interval
          intervalCount
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
