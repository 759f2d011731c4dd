import { AdminClient } from "../shopify/admin-client";
import { createDemoStore, DEMO_ACCESS_TOKEN } from "./admin-api";
import { DEMO_SHOP_DOMAIN } from "./constants";

let store: ReturnType<typeof createDemoStore> | undefined;

/** The demo store for this process (its state, e.g. a cancelled order, lives as long as the process). */
export function demoStore(baseUrl: string) {
  store ??= createDemoStore({ baseUrl });
  return store;
}

/** The same AdminClient the app uses with real Shopify, pointed at the demo store in-process. */
export function demoAdminClient(baseUrl: string): AdminClient {
  const demo = demoStore(baseUrl);
  return new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: demo.endpoint, fetch: demo.fetch });
}
