import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DEMO_SHOP_DOMAIN } from "../demo/constants";
import { demoCustomerChoices, demoShopper } from "../demo/storefront/shopper.server";
import { requireDemoMode } from "../demo-mode.server";
import { SHOP } from "../shopify/operations/shop";
import { adminClientFor } from "../shopify/shop-clients.server";
import styles from "../styles/demo-storefront.css?url";

export const links = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Log in — ${data.shopName}` : "Log in" }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  requireDemoMode();
  const admin = await adminClientFor(DEMO_SHOP_DOMAIN);
  const [{ shop }, customers, shopper] = await Promise.all([admin.request(SHOP), demoCustomerChoices(admin), demoShopper(request)]);
  return { shopName: shop.name, customers, shopper };
};

/**
 * The demo store's `/account/login`, the page the agent links a guest to (Shopify's customer account login on a real
 * store). Instead of an email and a code, the visitor picks a demo customer; the storefront's own form keeps the
 * choice and takes them back to the shop, where the chat knows them.
 */
export default function DemoLogin() {
  const { shopName, customers, shopper } = useLoaderData<typeof loader>();
  return (
    <div className="storefront">
      <header className="storefront__header">
        <a className="storefront__logo" href="/demo/storefront">
          {shopName}
        </a>
      </header>
      <main className="storefront__login">
        <h1>Log in</h1>
        <p>This is the demo store: log in as one of its customers. A real store asks for your email here.</p>
        {/* A full page load, so the storefront comes back with its chat embed (a client-side navigation skips its script). */}
        <Form method="post" action="/demo/storefront" reloadDocument className="storefront__shopper">
          <label htmlFor="as">Customer</label>
          <select id="as" name="as" defaultValue={shopper ?? customers[0]?.id}>
            {customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.email})
              </option>
            ))}
          </select>
          <button type="submit">Log in</button>
        </Form>
      </main>
    </div>
  );
}
