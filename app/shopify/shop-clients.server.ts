import { config } from "../config.server";
import { DEMO_SHOP_DOMAIN } from "../demo/constants";
import { demoAdminClient } from "../demo/client";
import { sessionStorage } from "../shopify.server";
import { AdminClient } from "./admin-client";

export class ShopNotInstalledError extends Error {
  override name = "ShopNotInstalledError";
}

/**
 * The Admin client for a shop: the demo store in demo mode, otherwise real Shopify with the session's token
 * (or the shop's offline token, for work outside an admin request such as the storefront chat).
 */
export async function adminClientFor(shop: string, accessToken?: string): Promise<AdminClient> {
  const app = config();
  if (app.mode === "demo") {
    if (shop !== DEMO_SHOP_DOMAIN) throw new ShopNotInstalledError(`${shop} is not the demo shop`);
    return demoAdminClient(app.appUrl);
  }
  const token = accessToken ?? (await sessionStorage.loadSession(`offline_${shop}`))?.accessToken;
  if (!token) throw new ShopNotInstalledError(`${shop} has no offline session; the app is not installed there`);
  return new AdminClient({ shop, accessToken: token });
}
