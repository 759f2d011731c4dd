import { defineOperation, type PageInfo } from "../operation";
import { ORDER_FIELDS, type OrderDetails } from "./order-fields";

export type OrdersData = { orders: { nodes: OrderDetails[]; pageInfo: PageInfo } };
export type OrdersVariables = { first: number; after?: string | null; query?: string | null };

/**
 * Orders newest first, filtered with Shopify search syntax: `name:#1001`, `customer_id:123`, `email:…`.
 * Orders older than 60 days also need read_all_orders.
 */
export const ORDERS = defineOperation<OrdersData, OrdersVariables>(/* GraphQL */ `
  query Orders($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query, sortKey: PROCESSED_AT, reverse: true) {
      nodes {
        ...OrderFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ORDER_FIELDS}
`);
