import type { AdminClient } from "../shopify/admin-client";
import { CUSTOMERS, type CustomerSummary } from "../shopify/operations/customers";
import type { OrderDetails } from "../shopify/operations/order-fields";
import { ORDERS } from "../shopify/operations/orders";

/** Reads every page of a connection. */
async function allPages<T>(page: (after: string | null) => Promise<{ nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>) {
  const items: T[] = [];
  for (let after: string | null = null; ; ) {
    const { nodes, pageInfo } = await page(after);
    items.push(...nodes);
    if (!pageInfo.hasNextPage) return items;
    after = pageInfo.endCursor;
  }
}

/**
 * The demo store's customers and orders, read through the Admin API like any shop's — the JSON that
 * `script/agent demo-data` prints and other tools rely on (keep the shape stable).
 */
export async function demoData(admin: AdminClient) {
  const [customers, orders] = await Promise.all([
    allPages<CustomerSummary>(async (after) => (await admin.request(CUSTOMERS, { first: 50, after })).customers),
    allPages<OrderDetails>(async (after) => (await admin.request(ORDERS, { first: 8, after })).orders),
  ]);
  return {
    shop: admin.shop,
    customers: customers.map((c) => ({ id: c.id, name: c.displayName, email: c.defaultEmailAddress?.emailAddress ?? null, phone: c.defaultPhoneNumber?.phoneNumber ?? null, tags: c.tags })),
    orders: orders.map((o) => ({
      id: o.id,
      name: o.name,
      customerId: o.customer?.id ?? null,
      customerEmail: o.email,
      processedAt: o.processedAt,
      financialStatus: o.displayFinancialStatus,
      fulfillmentStatus: o.displayFulfillmentStatus,
      cancelled: o.cancelledAt !== null,
      total: o.totalPriceSet.shopMoney,
      items: o.lineItems.nodes.map((item) => ({ title: item.title, variant: item.variantTitle, quantity: item.quantity })),
      shipments: o.fulfillments.map((f) => ({
        status: f.displayStatus,
        estimatedDeliveryAt: f.estimatedDeliveryAt,
        deliveredAt: f.deliveredAt,
        tracking: f.trackingInfo,
      })),
    })),
  };
}
