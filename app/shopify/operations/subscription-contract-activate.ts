import { defineOperation } from "../operation";
import type { SubscriptionContractStatusPayload, SubscriptionContractStatusVariables } from "./subscription-contract-fields";

export type SubscriptionContractActivateData = { subscriptionContractActivate: SubscriptionContractStatusPayload };
export type SubscriptionContractActivateVariables = SubscriptionContractStatusVariables;

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
