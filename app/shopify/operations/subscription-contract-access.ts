import { defineOperation } from "../operation";

export type SubscriptionContractAccessData = { subscriptionContracts: { nodes: { id: string }[] } };

/** The cheapest read that needs the subscription-contract scope: proves the app may use Shopify subscriptions. */
export const SUBSCRIPTION_CONTRACT_ACCESS = defineOperation<SubscriptionContractAccessData>(/* GraphQL */ `
  query SubscriptionContractAccess {
    subscriptionContracts(first: 1) {
      nodes {
        id
      }
    }
  }
`);
