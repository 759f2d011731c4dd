import { defineOperation } from "../operation";
import type { SubscriptionContractStatusPayload, SubscriptionContractStatusVariables } from "./subscription-contract-fields";

export type SubscriptionContractCancelData = { subscriptionContractCancel: SubscriptionContractStatusPayload };
export type SubscriptionContractCancelVariables = SubscriptionContractStatusVariables;

/**
 * Cancels a contract for good (irreversible: the agent asks for explicit confirmation and re-reads it after).
 * Shopify's cancel takes no reason; the conversation keeps the shopper's.
 */
export const SUBSCRIPTION_CONTRACT_CANCEL = defineOperation<SubscriptionContractCancelData, SubscriptionContractCancelVariables>(/* GraphQL */ `
  mutation SubscriptionContractCancel($subscriptionContractId: ID!, $actor: SubscriptionActor) {
    subscriptionContractCancel(subscriptionContractId: $subscriptionContractId, actor: $actor) {
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
