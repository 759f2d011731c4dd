import { createHmac, randomUUID } from "node:crypto";
import { DEMO_API_SECRET } from "../../app/config.server";

/** A webhook request signed exactly as Shopify signs it (base64 HMAC-SHA256 of the raw body with the app secret). */
export function shopifyWebhook(topic: string, shop: string, payload: object, secret: string = DEMO_API_SECRET): Request {
  const body = JSON.stringify(payload);
  return new Request("http://127.0.0.1:3000/webhooks", {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Topic": topic,
      "X-Shopify-Shop-Domain": shop,
      "X-Shopify-API-Version": "2026-10",
      "X-Shopify-Webhook-Id": randomUUID(),
      "X-Shopify-Hmac-Sha256": createHmac("sha256", secret).update(body).digest("base64"),
    },
  });
}
