import { authenticate } from "./shopify.server";

export type ProxyShopper = { shop: string; customerId: string | null; installed: boolean; clientKey: string };

/**
 * Every storefront request through the app proxy starts here. Shopify signs the query (shop, timestamp,
 * logged_in_customer_id); a missing, stale (over 90 s) or tampered signature is refused (400) before anything is read.
 * The shopper's identity comes only from the signed logged_in_customer_id, never from the body.
 */
export async function authenticateProxy(request: Request): Promise<ProxyShopper> {
  // Throws a 400 response for an unsigned, stale or tampered query.
  const { session } = await authenticate.public.appProxy(request);
  const query = new URL(request.url).searchParams;
  const shop = query.get("shop")!;
  const customer = query.get("logged_in_customer_id");
  return {
    shop,
    customerId: customer && /^\d+$/.test(customer) ? `gid://shopify/Customer/${customer}` : null,
    installed: Boolean(session),
    // The client address as Shopify forwards it; used only to rate-limit guest order lookups.
    clientKey: request.headers.get("X-Forwarded-For")?.split(",")[0]?.trim() || "unknown",
  };
}

export const appUnavailable = () => Response.json({ unavailable: true }, { status: 503 });
