import { orderFrom, type Order } from "../../models/order";
import type { AdminClient } from "../../shopify/admin-client";
import { CUSTOMER_CONTACT } from "../../shopify/operations/customer-contact";
import { DISCOUNT_NODES, type CodeDiscount } from "../../shopify/operations/discount-nodes";
import { ORDER } from "../../shopify/operations/order";
import { ORDER_CANCEL } from "../../shopify/operations/order-cancel";
import { ORDER_RETURNS, type ReturnStatus } from "../../shopify/operations/order-returns";
import { ORDER_UPDATE_SHIPPING_ADDRESS, type MailingAddressInput } from "../../shopify/operations/order-update-shipping-address";
import { ORDERS } from "../../shopify/operations/orders";
import { PRODUCT_VARIANTS } from "../../shopify/operations/product-variants";
import { PRODUCTS } from "../../shopify/operations/products";
import { RETURN_REQUEST, type ReturnReason } from "../../shopify/operations/return-request";
import { RETURNABLE_FULFILLMENTS } from "../../shopify/operations/returnable-fulfillments";
import { STOREFRONT_URL } from "../../shopify/operations/storefront-url";

/** The numeric part of a GID: Shopify's search syntax filters by it (`customer_id:123`). */
export const numericId = (gid: string) => gid.slice(gid.lastIndexOf("/") + 1);

/** Quotes a value for Shopify search syntax so shopper text cannot add filters of its own. */
const searchValue = (value: string) => `"${value.replace(/["\\]/g, "")}"`;

/** One item of an order that can still be returned, with what a return request and an exchange need. */
export type ReturnableItem = {
  fulfillmentLineItemId: string;
  lineItemId: string;
  title: string;
  variantTitle: string | null;
  variantId: string | null;
  productId: string | null;
  quantity: number;
};

/** An item to send back; `exchangeVariantId` asks for another variant of the same product instead of a refund. */
export type ReturnRequestItem = {
  fulfillmentLineItemId: string;
  quantity: number;
  reason: ReturnReason;
  note?: string | null;
  exchangeVariantId?: string | null;
};

export type RequestedReturn = { id: string; name: string; status: "REQUESTED"; totalQuantity: number };

export type OrderReturnSummary = {
  id: string;
  name: string;
  status: ReturnStatus;
  createdAt: string;
  closedAt: string | null;
  items: { title: string; variantTitle: string | null; quantity: number }[];
};

/** A new shipping address; names and phone left out are kept from the order's current address. */
export type ShippingAddressInput = MailingAddressInput;

/** Code discounts matching a discountNodes search (automatic discounts have no code to give a shopper). */
async function codeDiscountsMatching(admin: AdminClient, query: string, first = 50): Promise<(CodeDiscount & { id: string })[]> {
  const { discountNodes } = await admin.request(DISCOUNT_NODES, { first, query });
  return discountNodes.nodes.flatMap((node) => ("codes" in node.discount ? [{ ...node.discount, id: node.id }] : []));
}

export function shopifyTools(admin: AdminClient) {
  async function returnableItems(orderId: string): Promise<ReturnableItem[]> {
    const { returnableFulfillments } = await admin.request(RETURNABLE_FULFILLMENTS, { orderId });
    return returnableFulfillments.nodes.flatMap((fulfillment) =>
      fulfillment.returnableFulfillmentLineItems.nodes.map(({ fulfillmentLineItem: { id, lineItem }, quantity }) => ({
        fulfillmentLineItemId: id,
        lineItemId: lineItem.id,
        title: lineItem.title,
        variantTitle: lineItem.variantTitle,
        variantId: lineItem.variant?.id ?? null,
        productId: lineItem.product?.id ?? null,
        quantity,
      })),
    );
  }

  /** The other variants of a product, for an exchange (another size or colour); only those for sale. */
  async function exchangeVariants(productId: string) {
    const { product } = await admin.request(PRODUCT_VARIANTS, { id: productId });
    if (!product) return [];
    return product.variants.nodes.filter((variant) => variant.availableForSale).map((variant) => ({ ...variant, productTitle: product.title }));
  }

  /**
   * The customer note of one returned item. Shopify's return request has no exchange items (only the merchant's
   * returnCreate does), so a wanted exchange is written for the merchant, after checking it is a variant of the
   * same product that is for sale.
   */
  async function customerNote(item: ReturnRequestItem, returnable: ReturnableItem[]): Promise<string | null> {
    if (!item.exchangeVariantId) return item.note ?? null;
    const original = returnable.find((candidate) => candidate.fulfillmentLineItemId === item.fulfillmentLineItemId);
    const variants = original?.productId ? await exchangeVariants(original.productId) : [];
    const variant = variants.find((candidate) => candidate.id === item.exchangeVariantId && candidate.id !== original?.variantId);
    if (!variant) {
      throw new Error(`cannot exchange ${item.fulfillmentLineItemId} for ${item.exchangeVariantId}: not another variant of the same product that is for sale`);
    }
    return [`Exchange for ${variant.productTitle} – ${variant.title}`, item.note].filter(Boolean).join(". ");
  }

  return {
    async findOrderByNumber(orderNumber: string): Promise<Order | null> {
      const { orders } = await admin.request(ORDERS, { first: 1, query: `name:${searchValue(`#${orderNumber}`)}` });
      return orders.nodes[0] ? orderFrom(orders.nodes[0]) : null;
    },
    /** A customer's orders, newest first. */
    async recentOrders(customerId: string, first = 5): Promise<Order[]> {
      const { orders } = await admin.request(ORDERS, { first, query: `customer_id:${numericId(customerId)}` });
      return orders.nodes.map(orderFrom);
    },
    async order(id: string): Promise<Order | null> {
      const { order } = await admin.request(ORDER, { id });
      return order ? orderFrom(order) : null;
    },
    /**
     * Shopify's customer-account login page on the shop's storefront (`<storefront>/account/login`): the one address
     * every reply that asks a guest to log in links to.
     */
    async loginUrl(): Promise<string> {
      const { shop } = await admin.request(STOREFRONT_URL);
      return new URL("account/login", shop.url.endsWith("/") ? shop.url : `${shop.url}/`).href;
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
    returnableItems,
    exchangeVariants,
    /** Asks the merchant to take items back (a return with status REQUESTED, for them to approve), after a "yes". */
    async requestReturn(orderId: string, items: ReturnRequestItem[]): Promise<RequestedReturn> {
      const returnable = items.some((item) => item.exchangeVariantId) ? await returnableItems(orderId) : [];
      const returnLineItems = await Promise.all(
        items.map(async (item) => ({
          fulfillmentLineItemId: item.fulfillmentLineItemId,
          quantity: item.quantity,
          returnReason: item.reason,
          customerNote: await customerNote(item, returnable),
        })),
      );
      const payload = await admin.mutate(RETURN_REQUEST, { input: { orderId, returnLineItems } }, (data) => data.returnRequest);
      if (!payload.return) throw new Error(`returnRequest for ${orderId} returned no return`);
      return payload.return;
    },
    /** An order's returns, newest first: their status and what is in them. */
    async orderReturns(orderId: string): Promise<OrderReturnSummary[]> {
      const { order } = await admin.request(ORDER_RETURNS, { id: orderId });
      return (order?.returns.nodes ?? []).map((ret) => ({
        id: ret.id,
        name: ret.name,
        status: ret.status,
        createdAt: ret.createdAt,
        closedAt: ret.closedAt,
        items: ret.returnLineItems.nodes.map((item) => ({
          title: item.fulfillmentLineItem?.lineItem.title ?? "",
          variantTitle: item.fulfillmentLineItem?.lineItem.variantTitle ?? null,
          quantity: item.quantity,
        })),
      }));
    },
    /**
     * Changes where an unfulfilled order ships, after a "yes". The whole address is sent, the recipient's name and
     * phone kept from the current one unless given, so nothing rests on how Shopify treats fields left out.
     */
    async updateShippingAddress(orderId: string, address: ShippingAddressInput): Promise<void> {
      const current = (await admin.request(ORDER, { id: orderId })).order?.shippingAddress;
      const shippingAddress: MailingAddressInput = {
        firstName: current?.firstName ?? null,
        lastName: current?.lastName ?? null,
        phone: current?.phone ?? null,
        ...address,
      };
      await admin.mutate(ORDER_UPDATE_SHIPPING_ADDRESS, { input: { id: orderId, shippingAddress } }, (data) => data.orderUpdate);
    },
    async codeDiscounts(): Promise<(CodeDiscount & { id: string })[]> {
      return codeDiscountsMatching(admin, "status:active method:code");
    },
    /** The discount with this code, whatever its status: a code the shopper names is checked, ended or not. */
    async discountByCode(code: string): Promise<(CodeDiscount & { id: string }) | null> {
      // Only a code's letters, digits, - and _ reach the search, so a shopper's text cannot change the query.
      const name = code.replace(/[^\p{L}\p{N}_-]/gu, "");
      return name ? ((await codeDiscountsMatching(admin, `method:code code:${name}`, 1))[0] ?? null) : null;
    },
    async searchProducts(query: string, first = 20) {
      return (await admin.request(PRODUCTS, { first, query })).products.nodes;
    },
  };
}
export type ShopifyTools = ReturnType<typeof shopifyTools>;
