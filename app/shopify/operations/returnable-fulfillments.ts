import { defineOperation } from "../operation";

export type ReturnableFulfillmentsData = {
  returnableFulfillments: {
    nodes: {
      id: string;
      fulfillment: { id: string };
      returnableFulfillmentLineItems: {
        nodes: { quantity: number; fulfillmentLineItem: { id: string; lineItem: { id: string; title: string } } }[];
      };
    }[];
  };
};
export type ReturnableFulfillmentsVariables = { orderId: string };

/** What of an order can still be returned, item by item (Shopify decides eligibility). */
export const RETURNABLE_FULFILLMENTS = defineOperation<ReturnableFulfillmentsData, ReturnableFulfillmentsVariables>(/* GraphQL */ `
  query ReturnableFulfillments($orderId: ID!) {
    returnableFulfillments(orderId: $orderId, first: 5) {
      nodes {
        id
        fulfillment {
          id
        }
        returnableFulfillmentLineItems(first: 20) {
          nodes {
            quantity
            fulfillmentLineItem {
              id
              lineItem {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);
