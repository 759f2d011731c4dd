import { createHmac } from "node:crypto";

/**
 * Signs an app proxy query exactly as Shopify does: every parameter but `signature`, sorted by name, joined as
 * `name=value` with nothing between them (repeated values comma-joined), HMAC-SHA256 with the app secret, in hex.
 * The demo storefront's proxy stand-in and the tests use it; real requests are signed by Shopify.
 */
export function appProxySignature(params: URLSearchParams, secret: string): string {
  const values = new Map<string, string[]>();
  for (const [name, value] of params) if (name !== "signature") values.set(name, [...(values.get(name) ?? []), value]);
  const message = [...values.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => `${name}=${list.join(",")}`)
    .join("");
  return createHmac("sha256", secret).update(message).digest("hex");
}

/** The query Shopify adds when it forwards a storefront request to the app proxy URL. */
export function signedAppProxyQuery(
  input: { shop: string; loggedInCustomerId: string | null; pathPrefix: string; timestamp?: number; extra?: URLSearchParams },
  secret: string,
): URLSearchParams {
  const params = new URLSearchParams(input.extra);
  params.set("shop", input.shop);
  params.set("logged_in_customer_id", input.loggedInCustomerId ?? "");
  params.set("path_prefix", input.pathPrefix);
  params.set("timestamp", String(input.timestamp ?? Math.floor(Date.now() / 1000)));
  params.set("signature", appProxySignature(params, secret));
  return params;
}
