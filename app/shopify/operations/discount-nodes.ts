import { defineOperation, type MoneyV2 } from "../operation";

/** Who may use a code: everyone, listed customers, or segments/markets (which the agent treats as not-for-everyone). */
export type DiscountContext =
  | { __typename: "DiscountBuyerSelectionAll"; all: string }
  | { __typename: "DiscountCustomers"; customers: { id: string }[] }
  | { __typename: "DiscountCustomerSegments" | "DiscountMarkets" };

export type CodeDiscount = {
  __typename: "DiscountCodeBasic" | "DiscountCodeFreeShipping" | "DiscountCodeBxgy";
  title: string;
  status: "ACTIVE" | "EXPIRED" | "SCHEDULED";
  summary: string;
  startsAt: string;
  endsAt: string | null;
  codes: { nodes: { code: string }[] };
  context: DiscountContext;
  minimumRequirement?:
    | { __typename: "DiscountMinimumSubtotal"; greaterThanOrEqualToSubtotal: MoneyV2 }
    | { __typename: "DiscountMinimumQuantity"; greaterThanOrEqualToQuantity: string }
    | null;
};

export type DiscountNodesData = {
  discountNodes: { nodes: { id: string; discount: CodeDiscount | { __typename: string } }[] };
};
export type DiscountNodesVariables = { first: number; query?: string | null };

/** Code discounts (automatic ones have no code to give a shopper). Filter e.g. `status:active method:code`. */
export const DISCOUNT_NODES = defineOperation<DiscountNodesData, DiscountNodesVariables>(/* GraphQL */ `
  query DiscountNodes($first: Int!, $query: String) {
    discountNodes(first: $first, query: $query) {
      nodes {
        id
        discount {
          __typename
          ... on DiscountCodeBasic {
            title
            status
            summary
            startsAt
            endsAt
            codes(first: 5) {
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
            codes(first: 5) {
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
