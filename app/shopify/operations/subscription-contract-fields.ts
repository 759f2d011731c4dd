import type { MoneyV2 } from "../operation";

/**
 * The subscription contract fields the app reads, shared by the list and the single read so a contract looks the
 * same wherever it comes from. About 26 cost points a contract.
 */
export const SUBSCRIPTION_CONTRACT_FIELDS = /* GraphQL */ `
  fragment SubscriptionContractFields on SubscriptionContract {
    id
    status
    createdAt
    nextBillingDate
    customer {
      id
    }
    billingPolicy {
      interval
      intervalCount
      minCycles
      maxCycles
    }
    deliveryPolicy {
      interval
      intervalCount
    }
    lines(first: 10) {
      nodes {
        id
        title
        variantTitle
        quantity
        currentPrice {
          amount
          currencyCode
        }
      }
    }
  }
`;

export type SellingPlanInterval = "DAY" | "WEEK" | "MONTH" | "YEAR";
export type SubscriptionContractStatus = "ACTIVE" | "PAUSED" | "CANCELLED" | "EXPIRED" | "FAILED";

export type SubscriptionContractDetails = {
  id: string;
  status: SubscriptionContractStatus;
  createdAt: string;
  /** Kept by the app that owns the contract; the billing cycles (subscription-billing-cycles.ts) say what is charged when. */
  nextBillingDate: string | null;
  customer: { id: string } | null;
  billingPolicy: { interval: SellingPlanInterval; intervalCount: number; minCycles: number | null; maxCycles: number | null };
  deliveryPolicy: { interval: SellingPlanInterval; intervalCount: number };
  lines: { nodes: { id: string; title: string; variantTitle: string | null; quantity: number; currentPrice: MoneyV2 }[] };
};

/** Who asks for a contract change; the agent acts for the shopper. */
export type SubscriptionActor = "CUSTOMER" | "MERCHANT" | "PARTNER";

/** The user error of subscriptionContractPause, Activate and Cancel. */
export type SubscriptionContractStatusUpdateUserError = {
  field: string[] | null;
  message: string;
  code: "CONTRACT_TERMINATED" | "INVALID" | null;
};

/** What pause, activate and cancel each answer: the contract's new status, or why not. */
export type SubscriptionContractStatusPayload = {
  contract: { id: string; status: SubscriptionContractStatus } | null;
  userErrors: SubscriptionContractStatusUpdateUserError[];
} | null;
/** What pause, activate and cancel each take: the contract, and who asks (the agent acts as the customer). */
export type SubscriptionContractStatusVariables = { subscriptionContractId: string; actor: SubscriptionActor };

/** The user error of subscriptionContractUpdate and the subscriptionDraft* mutations (SubscriptionDraftErrorCode). */
export type SubscriptionDraftUserError = { field: string[] | null; message: string; code: string | null };
