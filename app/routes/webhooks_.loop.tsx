import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { config } from "../config.server";
import { db } from "../db.server";
import { receiveLoopWebhook } from "../services/provider-webhooks.server";

/** The merchant points Loop's return webhooks at /webhooks/loop?shop=<shop>.myshopify.com (shown on Integrations). */
const ShopParam = z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/);

export const action = async ({ request }: ActionFunctionArgs) => {
  const shop = ShopParam.safeParse(new URL(request.url).searchParams.get("shop"));
  if (!shop.success) return new Response("shop: a myshopify.com domain is required", { status: 400 });
  const verdict = await receiveLoopWebhook(db, config().encryptionKey, shop.data, request);
  console.log(`webhook loop ${shop.data}: ${verdict.status} ${verdict.message}`);
  return new Response(null, { status: verdict.status });
};
