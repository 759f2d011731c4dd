import type { AdminClient } from "../../shopify/admin-client";
import { CUSTOMER_CONTACT } from "../../shopify/operations/customer-contact";
import { DISCOUNT_NODES, type CodeDiscount } from "../../shopify/operations/discount-nodes";
import { ORDER } from "../../shopify/operations/order";
import { ORDER_CANCEL } from "../../shopify/operations/order-cancel";
import type { OrderDetails } from "../../shopify/operations/order-fields";
import { ORDERS } from "../../shopify/operations/orders";
import { PRODUCTS } from "../../shopify/operations/products";
import { RETURNABLE_FULFILLMENTS } from "../../shopify/operations/returnable-fulfillments";

/** The numeric part of a GID: Shopify's search syntax filters by it (`customer_id:123`). */
export const numericId = (gid: string) => gid.slice(gid.lastIndexOf("/") + 1);

/** Quotes a value for Shopify search syntax so shopper text cannot add filters of its own. */
const searchValue = (value: string) => `"${value.replace(/["\\]/g, "")}"`;

export function shopifyTools(admin: AdminClient) {
  return {
    async findOrderByNumber(orderNumber: string): Promise<OrderDetails | null> {
      const { orders } = await admin.request(ORDERS, { first: 1, query: `name:${searchValue(`#${orderNumber}`)}` });
      return orders.nodes[0] ?? null;
    },
    async recentOrders(customerId: string, first = 5): Promise<OrderDetails[]> {
      const { orders } = await admin.request(ORDERS, { first, query: `customer_id:${numericId(customerId)}` });
      return orders.nodes;
    },
    async order(id: string): Promise<OrderDetails | null> {
      return (await admin.request(ORDER, { id })).order;
    },
    /** The email on the proven customer's Shopify record: how providers know the shopper. */
    async customerEmail(customerId: string): Promise<string | null> {
      return (await admin.request(CUSTOMER_CONTACT, { id: customerId })).customer?.defaultEmailAddress?.emailAddress ?? null;
    },
    async cancelOrder(orderId: string): Promise<void> {
      await admin.mutate(
        ORDER_CANCEL,
        { orderId, reason: "CUSTOMER", restock: true, notifyCustomer: true, refundMethod: { originalPaymentMethodsRefund: true } },
        (data) => data.orderCancel,
      );
    },
    async returnableItems(orderId: string) {
      const { returnableFulfillments } = await admin.request(RETURNABLE_FULFILLMENTS, { orderId });
      return returnableFulfillments.nodes.flatMap((fulfillment) =>
        fulfillment.returnableFulfillmentLineItems.nodes.map((item) => ({
          title: item.fulfillmentLineItem.lineItem.title,
          quantity: item.quantity,
        })),
      );
    },
    async codeDiscounts(): Promise<(CodeDiscount & { id: string })[]> {
      const { discountNodes } = await admin.request(DISCOUNT_NODES, { first: 50, query: "status:active method:code" });
      return discountNodes.nodes.flatMap((node) => ("codes" in node.discount ? [{ ...node.discount, id: node.id }] : []));
    },
    async searchProducts(query: string, first = 20) {
      return (await admin.request(PRODUCTS, { first, query })).products.nodes;
    },
  };
}
export type ShopifyTools = ReturnType<typeof shopifyTools>;
