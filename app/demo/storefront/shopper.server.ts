import { createCookie } from "@remix-run/node";
import type { AdminClient } from "../../shopify/admin-client";
import { CUSTOMERS } from "../../shopify/operations/customers";

/**
 * Who is browsing the demo storefront: a demo customer (as if logged in to the shop) or a guest. Shopify knows this
 * from its own session; the demo keeps it in a cookie and its proxy stand-in signs it into the query.
 */
export const demoShopperCookie = createCookie("demo_shopper", { path: "/", sameSite: "lax", httpOnly: true });

/** The numeric customer id ("3001"), or null for a guest. */
export async function demoShopper(request: Request): Promise<string | null> {
  const value: unknown = await demoShopperCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^\d+$/.test(value) ? value : null;
}

/** The demo customers a visitor can browse as (the storefront's bar and its login page), with the id the cookie keeps. */
export async function demoCustomerChoices(admin: AdminClient) {
  const { customers } = await admin.request(CUSTOMERS, { first: 50 });
  return customers.nodes.map((c) => ({ id: c.id.split("/").pop()!, name: c.displayName, email: c.defaultEmailAddress?.emailAddress ?? "" }));
}
