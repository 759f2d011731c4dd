import { defineOperation } from "../operation";

export type ReturnStatus = "CANCELED" | "CLOSED" | "DECLINED" | "OPEN" | "REQUESTED";

export type OrderReturn = {
  id: string;
  name: string;
  status: ReturnStatus;
  createdAt: string;
  closedAt: string | null;
  totalQuantity: number;
  returnLineItems: {
    nodes: { quantity: number; customerNote: string | null; fulfillmentLineItem?: { lineItem: { title: string; variantTitle: string | null } } }[];
  };
};

export type OrderReturnsData = { order: { id: string; name: string; returns: { nodes: OrderReturn[] } } | null };
export type OrderReturnsVariables = { id: string };

/**
 * An order's returns with their status and items. Its own query rather than part of OrderFields: the returns cost
 * about 170 points, which would push a page of 15 orders past Shopify's 1,000-point limit.
 */
export const ORDER_RETURNS = defineOperation<OrderReturnsData, OrderReturnsVariables>(/* GraphQL */ `
  query OrderReturns($id: ID!) {
    order(id: $id) {
      id
      name
      returns(first: 5, reverse: true) {
        nodes {
          id
          name
          status
          createdAt
          closedAt
          totalQuantity
          returnLineItems(first: 10) {
            nodes {
              quantity
              customerNote
              ... on ReturnLineItem {
                fulfillmentLineItem {
                  lineItem {
                    title
                    variantTitle
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
