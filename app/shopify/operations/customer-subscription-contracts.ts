import { defineOperation } from "../operation";
import { SUBSCRIPTION_CONTRACT_FIELDS, type SubscriptionContractDetails } from "./subscription-contract-fields";

export type CustomerSubscriptionContractsData = {
  customer: { id: string; subscriptionContracts: { nodes: SubscriptionContractDetails[] } } | null;
};
export type CustomerSubscriptionContractsVariables = { customerId: string; first: number };

/**
 * One customer's subscription contracts, read through the customer so only theirs can come back. With the "own"
 * scopes Shopify shows only contracts this app created.
 */
export const CUSTOMER_SUBSCRIPTION_CONTRACTS = defineOperation<CustomerSubscriptionContractsData, CustomerSubscriptionContractsVariables>(/* GraphQL */ `
  query CustomerSubscriptionContracts($customerId: ID!, $first: Int!) {
    customer(id: $customerId) {
      id
      subscriptionContracts(first: $first) {
        nodes {
          ...SubscriptionContractFields
        }
      }
    }
  }
  ${SUBSCRIPTION_CONTRACT_FIELDS}
`);
