import { describe, expect, it } from "vitest";
import { action } from "../app/routes/webhooks";
import { db, testShop } from "./support/db";
import { shopifyWebhook } from "./support/webhooks";

const JANE = { id: 7001, email: "jane@example.com" };
const MINSU = { id: 7002, email: "minsu@example.com" };

async function seedShop(shop: string) {
  await db.session.create({ data: { id: `offline_${shop}`, shop, state: "", accessToken: "shpat_x", isOnline: false } });
  await db.integration.create({ data: { shop, kind: "loyalty", provider: "smile", credentials: "ciphertext" } });
  for (const customer of [JANE, MINSU]) {
    const conversation = await db.conversation.create({
      data: {
        shop,
        channel: "webchat",
        customerId: `gid://shopify/Customer/${customer.id}`,
        customerEmail: customer.email,
        messages: { create: [{ role: "shopper", text: `Where is my order? (${customer.email})` }] },
      },
    });
    await db.handoff.create({ data: { shop, conversationId: conversation.id, reason: "asked for a person", transcript: "[]" } });
    await db.analyticsEvent.create({ data: { shop, conversationId: conversation.id, channel: "webchat", skill: "order_tracking", outcome: "resolved", latencyMs: 12 } });
  }
}

const send = (request: Request) => action({ request, params: {}, context: {} });
const conversationsOf = (shop: string, email: string) => db.conversation.count({ where: { shop, customerEmail: email } });

describe("Shopify webhooks", () => {
  it("answers a bad HMAC with 401 and changes nothing", async () => {
    const shop = testShop();
    await seedShop(shop);
    const forged = shopifyWebhook("shop/redact", shop, { shop_domain: shop }, "not-the-app-secret");
    const response = await send(forged).catch((thrown: unknown) => thrown as Response);
    expect(response.status).toBe(401);
    expect(await db.conversation.count({ where: { shop } })).toBe(2);
  });

  it("acknowledges and ignores a webhook for an unknown shop", async () => {
    const shop = testShop();
    const response = await send(shopifyWebhook("customers/redact", shop, { shop_domain: shop, customer: JANE }));
    expect(response.status).toBe(200);
    expect(await db.customerDataExport.count({ where: { shop } })).toBe(0);
  });

  it("customers/redact deletes that customer's conversations, messages, handoffs and analytics only", async () => {
    const shop = testShop();
    const otherShop = testShop();
    await seedShop(shop);
    await seedShop(otherShop);
    const response = await send(shopifyWebhook("customers/redact", shop, { shop_domain: shop, customer: JANE, orders_to_redact: [] }));
    expect(response.status).toBe(200);
    expect(await conversationsOf(shop, JANE.email)).toBe(0);
    expect(await db.message.count({ where: { conversation: { shop, customerEmail: JANE.email } } })).toBe(0);
    expect(await db.handoff.count({ where: { shop } })).toBe(1);
    expect(await db.analyticsEvent.count({ where: { shop } })).toBe(1);
    expect(await conversationsOf(shop, MINSU.email)).toBe(1);
    expect(await conversationsOf(otherShop, JANE.email)).toBe(1);
  });

  it("customers/data_request stores an export of that customer's conversations", async () => {
    const shop = testShop();
    await seedShop(shop);
    await send(shopifyWebhook("customers/data_request", shop, { shop_domain: shop, customer: MINSU, data_request: { id: 1 } }));
    const exported = await db.customerDataExport.findFirstOrThrow({ where: { shop } });
    const payload = JSON.parse(exported.payload) as { conversations: { customerEmail: string; messages: { text: string }[] }[] };
    expect(payload.conversations.map((c) => c.customerEmail)).toEqual([MINSU.email]);
    expect(payload.conversations[0]!.messages[0]!.text).toContain("Where is my order?");
  });

  it("shop/redact deletes everything stored for the shop and nothing of another shop", async () => {
    const shop = testShop();
    const otherShop = testShop();
    await seedShop(shop);
    await seedShop(otherShop);
    await send(shopifyWebhook("shop/redact", shop, { shop_id: 1, shop_domain: shop }));
    const left = await Promise.all([
      db.conversation.count({ where: { shop } }),
      db.message.count({ where: { conversation: { shop } } }),
      db.handoff.count({ where: { shop } }),
      db.analyticsEvent.count({ where: { shop } }),
      db.integration.count({ where: { shop } }),
      db.session.count({ where: { shop } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await db.conversation.count({ where: { shop: otherShop } })).toBe(2);
  });

  it("app/uninstalled removes sessions and provider credentials but keeps history until shop/redact", async () => {
    const shop = testShop();
    await seedShop(shop);
    await send(shopifyWebhook("app/uninstalled", shop, { id: 1, domain: shop }));
    expect(await db.session.count({ where: { shop } })).toBe(0);
    expect(await db.integration.count({ where: { shop } })).toBe(0);
    expect(await db.conversation.count({ where: { shop } })).toBe(2);
  });
});
