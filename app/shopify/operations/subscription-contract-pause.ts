import { defineOperation } from "../operation";
import type { SubscriptionContractStatusPayload, SubscriptionContractStatusVariables } from "./subscription-contract-fields";

export type SubscriptionContractPauseData = { subscriptionContractPause: SubscriptionContractStatusPayload };
export type SubscriptionContractPauseVariables = SubscriptionContractStatusVariables;

/** Pauses a contract: nothing is billed or shipped until it is activated again. */
export const SUBSCRIPTION_CONTRACT_PAUSE = defineOperation<SubscriptionContractPauseData, SubscriptionContractPauseVariables>(/* GraphQL */ `
  mutation SubscriptionContractPause($subscriptionContractId: ID!, $actor: SubscriptionActor) {
    subscriptionContractPause(subscriptionContractId: $subscriptionContractId, actor: $actor) {
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
