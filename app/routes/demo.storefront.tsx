import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { DEMO_SHOP_DOMAIN } from "../demo/constants";
import { renderAppEmbed } from "../demo/storefront/app-embed.server";
import { readCart } from "../demo/storefront/cart.server";
import { demoCustomerChoices, demoShopper, demoShopperCookie } from "../demo/storefront/shopper.server";
import { requireDemoMode } from "../demo-mode.server";
import { PRODUCTS } from "../shopify/operations/products";
import { SHOP } from "../shopify/operations/shop";
import { adminClientFor } from "../shopify/shop-clients.server";
import styles from "../styles/demo-storefront.css?url";

export const links = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.shopName} — demo storefront` : "Demo storefront" }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  requireDemoMode();
  const url = new URL(request.url);
  const admin = await adminClientFor(DEMO_SHOP_DOMAIN);
  const [{ shop }, { products }, customers, shopper, cart] = await Promise.all([
    admin.request(SHOP),
    admin.request(PRODUCTS, { first: 12, query: "status:active" }),
    demoCustomerChoices(admin),
    demoShopper(request),
    readCart(request),
  ]);
  const locale = url.searchParams.get("locale") === "ko" ? "ko" : "en";
  // ?widget=off serves the same page without the app embed, to measure what the widget costs the store.
  const embed = url.searchParams.get("widget") === "off" ? null : await renderAppEmbed({ locale, shopName: shop.name });
  return {
    shopName: shop.name,
    locale,
    embed,
    shopper,
    cartCount: cart.reduce((sum, line) => sum + line.quantity, 0),
    customers,
    products: products.nodes.map((p) => ({
      id: p.id,
      title: p.title,
      type: p.productType,
      image: p.featuredMedia?.preview?.image?.url ?? null,
      price: Number(p.priceRangeV2.minVariantPrice.amount).toLocaleString("en-US", { style: "currency", currency: p.priceRangeV2.minVariantPrice.currencyCode }),
      soldOut: p.variants.nodes.every((v) => !v.availableForSale),
    })),
  };
};

/** "Log in" as a demo customer or browse as a guest: what the proxy stand-in signs as logged_in_customer_id. */
export const action = async ({ request }: ActionFunctionArgs) => {
  requireDemoMode();
  const as = String((await request.formData()).get("as") ?? "");
  return redirect(new URL(request.url).pathname + new URL(request.url).search, {
    headers: { "Set-Cookie": await demoShopperCookie.serialize(/^\d+$/.test(as) ? as : "guest") },
  });
};

function CartCount({ initial }: { initial: number }) {
  const [count, setCount] = useState(initial);
  useEffect(() => {
    const refresh = () => void fetch("/cart.js").then((r) => r.json()).then((cart: { item_count: number }) => setCount(cart.item_count));
    document.addEventListener("customer-agent:cart-updated", refresh);
    return () => document.removeEventListener("customer-agent:cart-updated", refresh);
  }, []);
  return <span aria-live="polite" data-testid="cart-count">Cart ({count})</span>;
}

/** A storefront-like page for the demo shop, with the chat's app embed rendered from the real extension files. */
export default function DemoStorefront() {
  const { shopName, products, embed, shopper, customers, cartCount, locale } = useLoaderData<typeof loader>();
  return (
    <div className="storefront" lang={locale}>
      <div className="storefront__demo-bar">
        <Form method="post" className="storefront__shopper">
          <label htmlFor="as">Demo: browsing as</label>
          <select id="as" name="as" defaultValue={shopper ?? "guest"}>
            <option value="guest">a guest (not logged in)</option>
            {customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.email})
              </option>
            ))}
          </select>
          <button type="submit">Switch</button>
        </Form>
        <a href={locale === "ko" ? "?locale=en" : "?locale=ko"}>{locale === "ko" ? "English" : "한국어"}</a>
      </div>
      <header className="storefront__header">
        <a className="storefront__logo" href="/demo/storefront">
          {shopName}
        </a>
        <nav aria-label="Main">
          <a href="/demo/storefront">Shop</a>
          <a href="/demo/storefront">Help</a>
          <CartCount initial={cartCount} />
        </nav>
      </header>
      <main>
        <section className="storefront__hero">
          <h1>Gear for the long way round</h1>
          <p>Jackets, boots and packs made to be repaired, not replaced.</p>
        </section>
        <section aria-labelledby="featured">
          <h2 id="featured">Featured products</h2>
          <ul className="storefront__grid">
            {products.map((product) => (
              <li key={product.id} className="storefront__product">
                {product.image ? <img src={product.image} alt="" width={240} height={240} loading="lazy" /> : null}
                <h3>{product.title}</h3>
                <p className="storefront__meta">
                  {product.type} · {product.soldOut ? "Sold out" : product.price}
                </p>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="storefront__footer">Demo storefront served by Customer Agent on 127.0.0.1 — not a real shop.</footer>
      {embed ? (
        <>
          {/* The app embed block's markup, as the theme renders it, and the loader Shopify adds for it. */}
          <div dangerouslySetInnerHTML={{ __html: embed.html }} />
          {embed.loaderSrc ? <script src={embed.loaderSrc} defer /> : null}
        </>
      ) : null}
    </div>
  );
}
