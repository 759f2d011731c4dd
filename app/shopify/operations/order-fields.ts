import type { MoneyV2 } from "../operation";

/**
 * The order fields the agent reads, shared by every order query so an order looks the same wherever it comes from.
 * Fragments keep one definition; each operation document includes this text once. The list sizes keep an order at
 * about 57 cost points, so a page of 15 stays under Shopify's 1,000-point limit per query.
 */
export const ORDER_FIELDS = /* GraphQL */ `
  fragment OrderFields on Order {
    id
    name
    email
    createdAt
    processedAt
    cancelledAt
    cancelReason
    closed
    displayFinancialStatus
    displayFulfillmentStatus
    returnStatus
    statusPageUrl
    customer {
      id
      displayName
    }
    totalPriceSet {
      shopMoney {
        amount
        currencyCode
      }
    }
    shippingAddress {
      name
      firstName
      lastName
      phone
      address1
      address2
      city
      provinceCode
      zip
      countryCodeV2
    }
    lineItems(first: 10) {
      nodes {
        id
        title
        variantTitle
        quantity
        currentQuantity
        unfulfilledQuantity
        sku
        image {
          url
          altText
        }
        originalUnitPriceSet {
          shopMoney {
            amount
            currencyCode
          }
        }
      }
    }
    fulfillments(first: 3) {
      id
      status
      displayStatus
      createdAt
      estimatedDeliveryAt
      deliveredAt
      trackingInfo(first: 1) {
        company
        number
        url
      }
      fulfillmentLineItems(first: 6) {
        nodes {
          quantity
          lineItem {
            id
          }
        }
      }
    }
    fulfillmentOrders(first: 3, displayable: true) {
      nodes {
        status
        fulfillBy
        fulfillmentHolds {
          reason
          reasonNotes
        }
      }
    }
  }
`;

export type FulfillmentDisplayStatus =
  | "ATTEMPTED_DELIVERY" | "CANCELED" | "CONFIRMED" | "DELAYED" | "DELIVERED" | "FAILURE" | "FULFILLED"
  | "IN_TRANSIT" | "LABEL_PRINTED" | "LABEL_PURCHASED" | "LABEL_VOIDED" | "MARKED_AS_FULFILLED" | "NOT_DELIVERED"
  | "OUT_FOR_DELIVERY" | "PICKED_UP" | "READY_FOR_PICKUP" | "SUBMITTED" | "CARRIER_PICKED_UP";

export type OrderDisplayFulfillmentStatus =
  | "FULFILLED" | "IN_PROGRESS" | "ON_HOLD" | "OPEN" | "PARTIALLY_FULFILLED" | "PENDING_FULFILLMENT"
  | "REQUEST_DECLINED" | "RESTOCKED" | "SCHEDULED" | "UNFULFILLED";

export type FulfillmentHoldReason =
  | "AWAITING_PAYMENT" | "AWAITING_RETURN_ITEMS" | "HIGH_RISK_OF_FRAUD" | "INCORRECT_ADDRESS" | "INVENTORY_OUT_OF_STOCK"
  | "ONLINE_STORE_POST_PURCHASE_CROSS_SELL" | "OTHER" | "UNKNOWN_DELIVERY_DATE";

export type FulfillmentOrderStatus = "CANCELLED" | "CLOSED" | "INCOMPLETE" | "IN_PROGRESS" | "ON_HOLD" | "OPEN" | "SCHEDULED";

export type OrderReturnStatus = "INSPECTION_COMPLETE" | "IN_PROGRESS" | "NO_RETURN" | "RETURNED" | "RETURN_FAILED" | "RETURN_REQUESTED";

export type OrderDetails = {
  id: string;
  name: string;
  email: string | null;
  createdAt: string;
  processedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  closed: boolean;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: OrderDisplayFulfillmentStatus;
  returnStatus: OrderReturnStatus;
  statusPageUrl: string;
  customer: { id: string; displayName: string } | null;
  totalPriceSet: { shopMoney: MoneyV2 };
  shippingAddress: {
    name: string | null;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    address1: string | null;
    address2: string | null;
    city: string | null;
    provinceCode: string | null;
    zip: string | null;
    countryCodeV2: string | null;
  } | null;
  lineItems: {
    nodes: {
      id: string;
      title: string;
      variantTitle: string | null;
      quantity: number;
      /** The quantity after removals and refunds. */
      currentQuantity: number;
      /** How many have not shipped yet. */
      unfulfilledQuantity: number;
      sku: string | null;
      image: { url: string; altText: string | null } | null;
      originalUnitPriceSet: { shopMoney: MoneyV2 };
    }[];
  };
  fulfillments: {
    id: string;
    status: string;
    displayStatus: FulfillmentDisplayStatus | null;
    createdAt: string;
    estimatedDeliveryAt: string | null;
    deliveredAt: string | null;
    trackingInfo: { company: string | null; number: string | null; url: string | null }[];
    fulfillmentLineItems: { nodes: { quantity: number; lineItem: { id: string } }[] };
  }[];
  /** Where the unshipped items stand: waiting, in progress, or held — with the hold's reason. */
  fulfillmentOrders: {
    nodes: {
      status: FulfillmentOrderStatus;
      fulfillBy: string | null;
      fulfillmentHolds: { reason: FulfillmentHoldReason; reasonNotes: string | null }[];
    }[];
  };
};
