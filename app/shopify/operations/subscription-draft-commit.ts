import { defineOperation } from "../operation";
import type { SubscriptionDraftUserError } from "./subscription-contract-fields";

export type SubscriptionDraftCommitData = {
  subscriptionDraftCommit: { contract: { id: string } | null; userErrors: SubscriptionDraftUserError[] } | null;
};
export type SubscriptionDraftCommitVariables = { draftId: string };

/** Applies a draft to its contract; refused when the contract changed since the draft was made (STALE_CONTRACT). */
export const SUBSCRIPTION_DRAFT_COMMIT = defineOperation<SubscriptionDraftCommitData, SubscriptionDraftCommitVariables>(/* GraphQL */ `
  mutation SubscriptionDraftCommit($draftId: ID!) {
    subscriptionDraftCommit(draftId: $draftId) {
      contract {
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
