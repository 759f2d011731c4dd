import { defineOperation } from "../operation";
import type { SubscriptionActor, SubscriptionContractStatus, SubscriptionContractStatusUpdateUserError } from "./subscription-contract-fields";

export type SubscriptionContractActivateData = {
  subscriptionContractActivate: {
    contract: { id: string; status: SubscriptionContractStatus } | null;
    userErrors: SubscriptionContractStatusUpdateUserError[];
  } | null;
};
export type SubscriptionContractActivateVariables = { subscriptionContractId: string; actor: SubscriptionActor };

/** Resumes a paused contract (subscriptionContractActivate). */
export const SUBSCRIPTION_CONTRACT_ACTIVATE = defineOperation<SubscriptionContractActivateData, SubscriptionContractActivateVariables>(/* GraphQL */ `
  mutation SubscriptionContractActivate($subscriptionContractId: ID!, $actor: SubscriptionActor) {
    subscriptionContractActivate(subscriptionContractId: $subscriptionContractId, actor: $actor) {
      contract {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
