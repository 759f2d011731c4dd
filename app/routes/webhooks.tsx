import type { ActionFunctionArgs } from "@remix-run/node";
import { db } from "../db.server";
import { handleShopWebhook } from "../services/shop-data.server";
import { authenticate } from "../shopify.server";

// app/uninstalled and the three privacy topics all arrive here (shopify.app.toml). authenticate.webhook answers a bad
// HMAC with 401 before anything is read or changed.
export const action = async ({ request }: ActionFunctionArgs) => {
  const { topic, shop, payload } = await authenticate.webhook(request);
  console.log(`webhook ${topic} ${shop}: ${await handleShopWebhook(db, String(topic), shop, payload)}`);
  return new Response(null, { status: 200 });
};
