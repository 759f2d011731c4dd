import { defineOperation } from "../operation";
import type { SubscriptionActor, SubscriptionContractStatus, SubscriptionContractStatusUpdateUserError } from "./subscription-contract-fields";

export type SubscriptionContractPauseData = {
  subscriptionContractPause: {
    contract: { id: string; status: SubscriptionContractStatus } | null;
    userErrors: SubscriptionContractStatusUpdateUserError[];
  } | null;
};
export type SubscriptionContractPauseVariables = { subscriptionContractId: string; actor: SubscriptionActor };

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
