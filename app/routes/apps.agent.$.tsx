import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { config } from "../config.server";
import { DEMO_SHOP_DOMAIN } from "../demo/constants";
import { demoShopper } from "../demo/storefront/shopper.server";
import { requireDemoMode } from "../demo-mode.server";
import { signedAppProxyQuery } from "../shopify/app-proxy-signature";

/**
 * The demo storefront's stand-in for Shopify's app proxy: /apps/agent/* on the "shop's domain" is forwarded to the
 * app's /proxy/* with the query Shopify would add — shop, logged_in_customer_id, path_prefix, timestamp — signed with
 * the app secret exactly as Shopify signs it. The app's proxy routes cannot tell the difference.
 */
async function forward(request: Request, path: string) {
  requireDemoMode();
  const app = config();
  const incoming = new URL(request.url);
  const query = signedAppProxyQuery(
    { shop: DEMO_SHOP_DOMAIN, loggedInCustomerId: await demoShopper(request), pathPrefix: "/apps/agent", extra: incoming.searchParams },
    app.apiSecret,
  );
  const response = await fetch(`${app.appUrl}/proxy/${path}?${query}`, {
    method: request.method,
    headers: { "Content-Type": request.headers.get("Content-Type") ?? "application/json", "X-Forwarded-For": "127.0.0.1" },
    body: request.method === "GET" ? undefined : await request.text(),
  });
  return new Response(response.body, { status: response.status, headers: { "Content-Type": response.headers.get("Content-Type") ?? "application/json" } });
}

export const loader = ({ request, params }: LoaderFunctionArgs) => forward(request, params["*"] ?? "");
export const action = ({ request, params }: ActionFunctionArgs) => forward(request, params["*"] ?? "");
