import { gidNumber } from "../gid";
import type { Customer, DiscountNode, Order, Product } from "../model";
import type { SearchProfile } from "./match";

/**
 * Per resource, the search filters Shopify documents on the `query` argument (see the schema's description of
 * e.g. QueryRoot.orders) that are not simply a property of the same name, what free text searches, and where
 * sort keys are read.
 */

const amount = (money: { amount: string }) => Number(money.amount);
const words = (text: string) => text.split(/\s+/);

// Shopify's fulfillment_status filter values, per displayFulfillmentStatus.
const FULFILLMENT_FILTER: Record<Order["displayFulfillmentStatus"], string[]> = {
  UNFULFILLED: ["unfulfilled", "unshipped"],
  IN_PROGRESS: ["in_progress", "unshipped"],
  ON_HOLD: ["on_hold", "unshipped"],
  PARTIALLY_FULFILLED: ["partial", "partially_fulfilled"],
  FULFILLED: ["fulfilled", "shipped"],
};

const order: SearchProfile<Order> = {
  fields: {
    // `name:#1001` and `name:1001` both find order #1001.
    name: (o) => [o.name, o.name.replace(/^#/, "")],
    financial_status: (o) => o.displayFinancialStatus,
    fulfillment_status: (o) => FULFILLMENT_FILTER[o.displayFulfillmentStatus],
    status: (o) => [o.cancelledAt ? "cancelled" : null, o.closed ? "closed" : "open", o.closed ? null : "not_closed"],
    sku: (o) => o.lineItems.map((item) => item.sku),
    discount_code: (o) => o.discountCodes,
    gateway: (o) => o.paymentGatewayNames,
    current_total_price: (o) => amount(o.currentTotalPriceSet.shopMoney),
    delivery_method: (o) => (o.requiresShipping ? "shipping" : "none"),
  },
  text: (o) => [
    o.name,
    o.email,
    o.customer.displayName,
    o.confirmationNumber,
    o.shippingAddress.name,
    ...o.tags,
    ...o.lineItems.flatMap((item) => [item.title, item.sku]),
  ],
};

const customer: SearchProfile<Customer> = {
  fields: {
    phone: (c) => [c.phone, c.phone?.replace(/\D/g, "")],
    orders_count: (c) => Number(c.numberOfOrders),
    total_spent: (c) => amount(c.amountSpent),
    country: (c) => [c.defaultAddress.country, c.defaultAddress.countryCodeV2],
    accepts_marketing: (c) => c.defaultEmailAddress.marketingState === "SUBSCRIBED",
    customer_date: (c) => c.createdAt,
    order_date: (c) => c.orders.map((o) => o.processedAt),
  },
  text: (c) => [c.displayName, c.firstName, c.lastName, c.email, c.phone, c.note, ...c.tags],
};

const product: SearchProfile<Product> = {
  fields: {
    // Shopify matches title words, not only the whole title.
    title: (p) => [p.title, ...words(p.title)],
    sku: (p) => p.variants.map((v) => v.sku),
    variant_title: (p) => p.variants.map((v) => v.title),
    variant_id: (p) => p.variants.map((v) => gidNumber(v.id)),
    price: (p) => p.variants.map((v) => Number(v.price)),
    inventory_total: (p) => p.totalInventory,
    gift_card: (p) => p.isGiftCard,
    out_of_stock_somewhere: (p) => p.hasOutOfStockVariants,
    published_status: (p) => (p.status === "ACTIVE" && p.publishedAt ? "published" : "unpublished"),
  },
  text: (p) => [p.title, p.description, p.productType, p.vendor, p.handle, ...p.tags, ...p.variants.map((v) => v.sku)],
};

const discountNode: SearchProfile<DiscountNode> = {
  fields: {
    title: ({ discount }) => discount.title,
    status: ({ discount }) => discount.status,
    code: ({ discount }) => ("codes" in discount ? discount.codes.map((c) => c.code) : []),
    method: ({ discount }) => (discount.__typename.startsWith("DiscountCode") ? "code" : "automatic"),
    type: ({ discount }) => ["all", discount.valueType],
    discount_type: ({ discount }) => discount.valueType,
    starts_at: ({ discount }) => discount.startsAt,
    ends_at: ({ discount }) => discount.endsAt,
    created_at: ({ discount }) => discount.createdAt,
    updated_at: ({ discount }) => discount.updatedAt,
    times_used: ({ discount }) => discount.asyncUsageCount,
    tag: ({ discount }) => discount.tags,
    customer_ids: ({ discount }) =>
      "customerSelection" in discount && discount.customerSelection.__typename === "DiscountCustomers"
        ? discount.customerSelection.customers.map((c) => gidNumber(c.id))
        : [],
    context: ({ discount }) =>
      "customerSelection" in discount && discount.customerSelection.__typename === "DiscountCustomers" ? "customer" : "all",
  },
  text: ({ discount }) => [discount.title, discount.summary, ...("codes" in discount ? discount.codes.map((c) => c.code) : [])],
  // STARTS_AT, TITLE… are the discount's, not the node's.
  sortSource: (node) => node.discount,
};

/** Keyed by the GraphQL type of the connection's nodes. */
export const SEARCH_PROFILES: Record<string, SearchProfile<Record<string, unknown>>> = {
  Order: order,
  Customer: customer,
  Product: product,
  DiscountNode: discountNode,
} as unknown as Record<string, SearchProfile<Record<string, unknown>>>;
