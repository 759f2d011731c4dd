import { createDemoStore, DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../../app/demo/admin-api";
import { AdminClient } from "../../app/shopify/admin-client";

/** A fresh demo store (its own state and cost bucket) and the AdminClient the app would use on it. */
export function openDemoStore(now: Date, accessToken = DEMO_ACCESS_TOKEN) {
  const store = createDemoStore({ baseUrl: "http://demo.test", now });
  const client = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken, endpoint: store.endpoint, fetch: store.fetch, sleep: async () => {} });
  return { store, client };
}
