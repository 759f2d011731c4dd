import { config } from "./config.server";
import { DEMO_SHOP_DOMAIN } from "./demo/constants";
import { adminClientFor } from "./shopify/shop-clients.server";
import { authenticate } from "./shopify.server";
import type { AdminClient } from "./shopify/admin-client";

export type AdminContext = { shop: string; admin: AdminClient; demo: boolean };

/**
 * Every admin loader and action starts here: the shop comes from Shopify's session token (never from the request
 * body), so a forged post cannot reach another shop. Demo mode opens the demo shop without Shopify login; config
 * refuses demo mode whenever real credentials are set.
 */
export async function requireAdmin(request: Request): Promise<AdminContext> {
  if (config().mode === "demo") {
    return { shop: DEMO_SHOP_DOMAIN, admin: await adminClientFor(DEMO_SHOP_DOMAIN), demo: true };
  }
  const { session } = await authenticate.admin(request);
  return { shop: session.shop, admin: await adminClientFor(session.shop, session.accessToken), demo: false };
}
