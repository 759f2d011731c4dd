import { defineOperation, type MoneyV2, type PageInfo } from "../operation";

export type CustomerSummary = {
  id: string;
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  defaultEmailAddress: { emailAddress: string } | null;
  defaultPhoneNumber: { phoneNumber: string } | null;
  numberOfOrders: string;
  amountSpent: MoneyV2;
  tags: string[];
};

export type CustomersData = { customers: { nodes: CustomerSummary[]; pageInfo: PageInfo } };
export type CustomersVariables = { first: number; after?: string | null; query?: string | null };

/** Customers, optionally filtered with Shopify search syntax (e.g. `email:jane@example.com`). */
export const CUSTOMERS = defineOperation<CustomersData, CustomersVariables>(/* GraphQL */ `
  query Customers($first: Int!, $after: String, $query: String) {
    customers(first: $first, after: $after, query: $query, sortKey: NAME) {
      nodes {
        id
        displayName
        firstName
        lastName
        defaultEmailAddress {
          emailAddress
        }
        defaultPhoneNumber {
          phoneNumber
        }
        numberOfOrders
        amountSpent {
          amount
          currencyCode
        }
        tags
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
