import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { config } from "../app/config.server";
import { action } from "../app/routes/webhooks_.loop";
import { integrationsOverview, saveIntegration } from "../app/services/integrations.server";
import { db, testShop } from "./support/db";

const SECRET = "loop_webhook_secret_0123456789";
const RETURN_EVENT = JSON.stringify({ topic: "return", trigger: "return.updated", shop_id: 42, id: 9001, state: "open", order_name: "#1018", label_status: "in_transit" });
const sign = (body: string, secret = SECRET) => createHmac("sha256", secret).update(body).digest("base64");

async function deliver(shop: string, body: string, signature: string | null) {
  const headers = new Headers({ "Content-Type": "application/json" });
  if (signature) headers.set("X-Loop-Signature", signature);
  const request = new Request(`http://127.0.0.1:3000/webhooks/loop?shop=${shop}`, { method: "POST", body, headers });
  return (await action({ request, params: {}, context: {} })).status;
}

async function connectLoop(shop: string) {
  await saveIntegration(db, config().encryptionKey, { shop, kind: "returns", provider: "loop", credentials: { apiKey: "loop_key_0123456789abcdef", webhookSecret: SECRET } });
}
const lastEvent = async (shop: string) =>
  (await integrationsOverview(db, config().encryptionKey, shop, "http://127.0.0.1:3000")).find((kind) => kind.kind === "returns")!.connected!.webhook;

describe("Loop webhooks", () => {
  it("are recorded only when Loop's signature over the raw body verifies with the shop's secret", async () => {
    const shop = testShop();
    await connectLoop(shop);
    expect(await deliver(shop, RETURN_EVENT, sign(RETURN_EVENT, "someone-elses-secret"))).toBe(401);
    expect(await deliver(shop, RETURN_EVENT, null)).toBe(401);
    // The signed body with one byte changed: the signature no longer holds.
    expect(await deliver(shop, RETURN_EVENT.replace("#1018", "#1019"), sign(RETURN_EVENT))).toBe(401);
    expect((await lastEvent(shop))?.lastEvent).toBeNull();

    expect(await deliver(shop, RETURN_EVENT, sign(RETURN_EVENT))).toBe(200);
    const webhook = await lastEvent(shop);
    expect(webhook?.url).toBe(`http://127.0.0.1:3000/webhooks/loop?shop=${encodeURIComponent(shop)}`);
    expect(webhook?.lastEvent?.summary).toBe("return.updated: #1018 in_transit");
  });

  it("refuse a shop without Loop, a malformed shop and a signed body that is not a return event", async () => {
    const shop = testShop();
    expect(await deliver(shop, RETURN_EVENT, sign(RETURN_EVENT))).toBe(404);
    expect(await deliver("not a shop", RETURN_EVENT, sign(RETURN_EVENT))).toBe(400);
    await connectLoop(shop);
    const other = JSON.stringify({ topic: "label", trigger: "label.created" });
    expect(await deliver(shop, other, sign(other))).toBe(400);
  });

  it("are refused when the merchant saved no webhook secret", async () => {
    const shop = testShop();
    await saveIntegration(db, config().encryptionKey, { shop, kind: "returns", provider: "loop", credentials: { apiKey: "loop_key_0123456789abcdef" } });
    expect(await deliver(shop, RETURN_EVENT, sign(RETURN_EVENT, ""))).toBe(401);
  });
});
