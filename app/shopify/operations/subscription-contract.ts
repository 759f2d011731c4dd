import { defineOperation } from "../operation";
import { SUBSCRIPTION_CONTRACT_FIELDS, type SubscriptionContractDetails } from "./subscription-contract-fields";

export type SubscriptionContractData = { subscriptionContract: SubscriptionContractDetails | null };
export type SubscriptionContractVariables = { id: string };

/** One contract by GID: how an action checks whose it is first and re-reads it after. */
export const SUBSCRIPTION_CONTRACT = defineOperation<SubscriptionContractData, SubscriptionContractVariables>(/* GraphQL */ `
  query SubscriptionContract($id: ID!) {
    subscriptionContract(id: $id) {
      ...SubscriptionContractFields
    }
  }
  ${SUBSCRIPTION_CONTRACT_FIELDS}
`);
