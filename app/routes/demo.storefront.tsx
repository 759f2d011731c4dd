import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DEMO_SHOP_DOMAIN } from "../demo/constants";
import { requireDemoMode } from "../demo-mode.server";
import { adminClientFor } from "../shopify/shop-clients.server";
import { PRODUCTS } from "../shopify/operations/products";
import { SHOP } from "../shopify/operations/shop";
import styles from "../styles/demo-storefront.css?url";

export const links = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.shopName} — demo storefront` : "Demo storefront" }];

export const loader = async (_: LoaderFunctionArgs) => {
  requireDemoMode();
  const admin = await adminClientFor(DEMO_SHOP_DOMAIN);
  const [{ shop }, { products }] = await Promise.all([
    admin.request(SHOP),
    admin.request(PRODUCTS, { first: 12, query: "status:active" }),
  ]);
  return {
    shopName: shop.name,
    products: products.nodes.map((p) => ({
      id: p.id,
      title: p.title,
      type: p.productType,
      image: p.featuredMedia?.preview?.image?.url ?? null,
      price: Number(p.priceRangeV2.minVariantPrice.amount).toLocaleString("en-US", {
        style: "currency",
        currency: p.priceRangeV2.minVariantPrice.currencyCode,
      }),
      soldOut: p.variants.nodes.every((v) => !v.availableForSale),
    })),
  };
};

/** A storefront-like page for the demo shop; the chat widget's app embed lives here. */
export default function DemoStorefront() {
  const { shopName, products } = useLoaderData<typeof loader>();
  return (
    <div className="storefront">
      <header className="storefront__header">
        <a className="storefront__logo" href="/demo/storefront">
          {shopName}
        </a>
        <nav aria-label="Main">
          <a href="/demo/storefront">Shop</a>
          <a href="/demo/storefront">About</a>
          <a href="/demo/storefront">Help</a>
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
    </div>
  );
}
