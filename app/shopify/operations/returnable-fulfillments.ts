import { defineOperation } from "../operation";

export type ReturnableLineItem = {
  quantity: number;
  fulfillmentLineItem: {
    id: string;
    lineItem: {
      id: string;
      title: string;
      variantTitle: string | null;
      variant: { id: string } | null;
      product: { id: string } | null;
    };
  };
};

export type ReturnableFulfillmentsData = {
  returnableFulfillments: {
    nodes: { id: string; fulfillment: { id: string }; returnableFulfillmentLineItems: { nodes: ReturnableLineItem[] } }[];
  };
};
export type ReturnableFulfillmentsVariables = { orderId: string };

/**
 * What of an order can still be returned, item by item (Shopify decides eligibility), with the fulfillment line
 * item a return request names and the product an exchange must stay within. About 520 cost points.
 */
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
                variantTitle
                variant {
                  id
                }
                product {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);
