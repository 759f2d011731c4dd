import { defineOperation } from "../operation";
import type { SubscriptionActor, SubscriptionDraftUserError } from "./subscription-contract-fields";

export type SubscriptionContractUpdateData = {
  subscriptionContractUpdate: { draft: { id: string } | null; userErrors: SubscriptionDraftUserError[] } | null;
};
export type SubscriptionContractUpdateVariables = { contractId: string; actor: SubscriptionActor };

/**
 * Starts an edit of a contract: Shopify copies it into a draft, which subscriptionDraftUpdate changes and
 * subscriptionDraftCommit applies. Nothing changes for the shopper until the commit.
 */
export const SUBSCRIPTION_CONTRACT_UPDATE = defineOperation<SubscriptionContractUpdateData, SubscriptionContractUpdateVariables>(/* GraphQL */ `
  mutation SubscriptionContractUpdate($contractId: ID!, $actor: SubscriptionActor) {
    subscriptionContractUpdate(contractId: $contractId, actor: $actor) {
      draft {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
