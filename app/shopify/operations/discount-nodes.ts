import { defineOperation, type MoneyV2 } from "../operation";

/** Who may use a code: everyone, listed customers, or segments/markets (which the agent treats as not-for-everyone). */
export type DiscountContext =
  | { __typename: "DiscountBuyerSelectionAll"; all: string }
  | { __typename: "DiscountCustomers"; customers: { id: string }[] }
  | { __typename: "DiscountCustomerSegments" | "DiscountMarkets" };

/** What a basic code gives: a percentage (0.15 for 15%) or an amount off, on the whole order or on some collections or products. */
export type DiscountCustomerGets = {
  value: { __typename: "DiscountPercentage"; percentage: number } | { __typename: "DiscountAmount"; amount: MoneyV2; appliesOnEachItem: boolean } | { __typename: "DiscountOnQuantity" };
  items:
    | { __typename: "AllDiscountItems"; allItems: boolean }
    | { __typename: "DiscountCollections"; collections: { nodes: { title: string }[] } }
    | { __typename: "DiscountProducts"; products: { nodes: { title: string }[] } };
};

type CodeDiscountFields = {
  title: string;
  status: "ACTIVE" | "EXPIRED" | "SCHEDULED";
  /** Shopify's own one-line summary, always in English ("15% off entire order • Minimum purchase of $50.00"). */
  summary: string;
  startsAt: string;
  endsAt: string | null;
  usageLimit: number | null;
  asyncUsageCount: number;
  appliesOncePerCustomer: boolean;
  codes: { nodes: { code: string }[] };
  context: DiscountContext;
  minimumRequirement?:
    | { __typename: "DiscountMinimumSubtotal"; greaterThanOrEqualToSubtotal: MoneyV2 }
    | { __typename: "DiscountMinimumQuantity"; greaterThanOrEqualToQuantity: string }
    | null;
};

export type CodeDiscount = CodeDiscountFields & ({ __typename: "DiscountCodeBasic"; customerGets: DiscountCustomerGets } | { __typename: "DiscountCodeFreeShipping" });

export type DiscountNodesData = {
  discountNodes: { nodes: { id: string; discount: CodeDiscount | { __typename: string } }[] };
};
export type DiscountNodesVariables = { first: number; query?: string | null };

/**
 * Code discounts (automatic ones have no code to give a shopper), each with its first code: the one a shopper is
 * shown, while a code they name is found with the `code:` filter. Filter e.g. `status:active method:code`.
 */
export const DISCOUNT_NODES = defineOperation<DiscountNodesData, DiscountNodesVariables>(/* GraphQL */ `
  query DiscountNodes($first: Int!, $query: String) {
    discountNodes(first: $first, query: $query) {
      nodes {
        id
        discount {
          __typename
          ... on DiscountCodeBasic {
            customerGets {
              ...CustomerGets
            }
            title
            status
            summary
            startsAt
            endsAt
            usageLimit
            asyncUsageCount
            appliesOncePerCustomer
            codes(first: 1) {
              nodes {
                code
              }
            }
            context {
              ...DiscountContextFields
            }
            minimumRequirement {
              ...MinimumRequirement
            }
          }
          ... on DiscountCodeFreeShipping {
            title
            status
            summary
            startsAt
            endsAt
            usageLimit
            asyncUsageCount
            appliesOncePerCustomer
            codes(first: 1) {
              nodes {
                code
              }
            }
            context {
              ...DiscountContextFields
            }
            minimumRequirement {
              ...MinimumRequirement
            }
          }
        }
      }
    }
  }
  fragment DiscountContextFields on DiscountContext {
    __typename
    ... on DiscountBuyerSelectionAll {
      all
    }
    ... on DiscountCustomers {
      customers {
        id
      }
    }
  }
  fragment CustomerGets on DiscountCustomerGets {
    value {
      __typename
      ... on DiscountPercentage {
        percentage
      }
      ... on DiscountAmount {
        amount {
          amount
          currencyCode
        }
        appliesOnEachItem
      }
    }
    items {
      __typename
      ... on AllDiscountItems {
        allItems
      }
      ... on DiscountCollections {
        collections(first: 3) {
          nodes {
            title
          }
        }
      }
      ... on DiscountProducts {
        products(first: 3) {
          nodes {
            title
          }
        }
      }
    }
  }
  fragment MinimumRequirement on DiscountMinimumRequirement {
    __typename
    ... on DiscountMinimumSubtotal {
      greaterThanOrEqualToSubtotal {
        amount
        currencyCode
      }
    }
    ... on DiscountMinimumQuantity {
      greaterThanOrEqualToQuantity
    }
  }
`);
