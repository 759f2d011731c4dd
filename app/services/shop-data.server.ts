import { z } from "zod";
import type { Db } from "../db/client";

/**
 * What Shopify's privacy webhooks ask of us, done for real: export or delete a customer's data, delete a shop's.
 * Every query is scoped by shop.
 */

const CustomerPayload = z.object({
  customer: z.object({ id: z.union([z.number(), z.string()]).optional(), email: z.string().nullish() }),
});

type CustomerRef = { customerId?: string; email?: string };

function customerRef(payload: unknown): CustomerRef {
  const { customer } = CustomerPayload.parse(payload);
  return {
    customerId: customer.id === undefined ? undefined : `gid://shopify/Customer/${customer.id}`,
    email: customer.email ?? undefined,
  };
}

function customerConversations(shop: string, ref: CustomerRef) {
  const or = [
    ...(ref.customerId ? [{ customerId: ref.customerId }] : []),
    ...(ref.email ? [{ customerEmail: ref.email }] : []),
  ];
  // No identity in the payload must match nothing, never everything.
  return or.length ? { shop, OR: or } : { shop, id: "" };
}

/** A shop we have never stored anything for (e.g. a webhook from a shop that never installed) is ignored. */
export async function isKnownShop(db: Db, shop: string): Promise<boolean> {
  const [sessions, conversations, settings] = await Promise.all([
    db.session.count({ where: { shop } }),
    db.conversation.count({ where: { shop } }),
    db.shopSettings.count({ where: { shop } }),
  ]);
  return sessions + conversations + settings > 0;
}

/** customers/data_request: the customer's conversations (with the actions the agent took), stored for the merchant to hand over. */
export async function exportCustomerData(db: Db, shop: string, payload: unknown) {
  const ref = customerRef(payload);
  const conversations = await db.conversation.findMany({
    where: customerConversations(shop, ref),
    include: { messages: { orderBy: { createdAt: "asc" } }, handoffs: true, actions: { orderBy: { createdAt: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
  return db.customerDataExport.create({
    data: { shop, customerId: ref.customerId, email: ref.email, payload: JSON.stringify({ conversations }) },
  });
}

/** customers/redact: the customer's conversations, messages, handoffs, actions, analytics and exports are deleted. */
export async function redactCustomer(db: Db, shop: string, payload: unknown) {
  const ref = customerRef(payload);
  const where = customerConversations(shop, ref);
  const ids = (await db.conversation.findMany({ where, select: { id: true } })).map((c) => c.id);
  const [events, exports, conversations] = await db.$transaction([
    db.analyticsEvent.deleteMany({ where: { shop, conversationId: { in: ids } } }),
    db.customerDataExport.deleteMany({
      where: { shop, OR: [{ customerId: ref.customerId ?? "" }, { email: ref.email ?? "" }] },
    }),
    // Messages, handoffs and actions go with their conversation (onDelete: Cascade).
    db.conversation.deleteMany({ where: { shop, id: { in: ids } } }),
  ]);
  return { conversations: conversations.count, events: events.count, exports: exports.count };
}

/** shop/redact (48 hours after uninstall): everything stored for the shop is deleted. */
export async function redactShop(db: Db, shop: string) {
  const where = { shop };
  const counts = await db.$transaction([
    db.conversation.deleteMany({ where }),
    db.handoff.deleteMany({ where }),
    db.analyticsEvent.deleteMany({ where }),
    db.knowledgeDocument.deleteMany({ where }),
    db.integration.deleteMany({ where }),
    db.skillRequest.deleteMany({ where }),
    db.customerDataExport.deleteMany({ where }),
    db.shopSettings.deleteMany({ where }),
    db.session.deleteMany({ where }),
  ]);
  return counts.reduce((sum, c) => sum + c.count, 0);
}

/**
 * app/uninstalled: the shop's sessions and provider credentials go at once (nothing may act for the shop any more);
 * conversations stay until shop/redact so a reinstall within 48 hours keeps its history, as Shopify intends.
 */
export async function uninstallShop(db: Db, shop: string) {
  const [sessions, integrations] = await db.$transaction([
    db.session.deleteMany({ where: { shop } }),
    db.integration.deleteMany({ where: { shop } }),
  ]);
  return { sessions: sessions.count, integrations: integrations.count };
}

export type WebhookTopic = "APP_UNINSTALLED" | "CUSTOMERS_DATA_REQUEST" | "CUSTOMERS_REDACT" | "SHOP_REDACT";

/** Dispatches an authenticated webhook; returns what was done, for the log. */
export async function handleShopWebhook(db: Db, topic: string, shop: string, payload: unknown): Promise<string> {
  if (!(await isKnownShop(db, shop))) return `ignored ${topic} for unknown shop ${shop}`;
  switch (topic as WebhookTopic) {
    case "APP_UNINSTALLED":
      return `uninstalled: ${JSON.stringify(await uninstallShop(db, shop))}`;
    case "CUSTOMERS_DATA_REQUEST":
      return `exported customer data ${(await exportCustomerData(db, shop, payload)).id}`;
    case "CUSTOMERS_REDACT":
      return `redacted customer: ${JSON.stringify(await redactCustomer(db, shop, payload))}`;
    case "SHOP_REDACT":
      return `redacted shop: ${await redactShop(db, shop)} rows`;
    default:
      return `ignored unexpected topic ${topic}`;
  }
}
