import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { redirect } from "@remix-run/node";
import { config } from "../config.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  // Shopify opens the app with ?shop=…: go straight to the embedded admin.
  if (url.searchParams.get("shop")) throw redirect(`/app?${url.searchParams.toString()}`);
  return { demo: config().mode === "demo" };
};

export default function Landing() {
  const { demo } = useLoaderData<typeof loader>();
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "4rem auto", padding: "0 1rem", lineHeight: 1.5 }}>
      <h1>Customer Agent</h1>
      <p>An AI customer agent for Shopify stores: order tracking, returns, order edits, subscriptions, loyalty, coupons, answers from your knowledge base and product recommendations, with a soft handoff to your team.</p>
      {demo ? (
        <ul>
          <li>
            <a href="/demo/storefront">The demo storefront</a> — where shoppers meet the chat.
          </li>
          <li>
            <a href="/app">The admin</a> — what the merchant sees inside Shopify, opened for the demo shop.
          </li>
        </ul>
      ) : (
        <Form method="post" action="/auth/login">
          <label>
            Shop domain <input type="text" name="shop" placeholder="my-shop.myshopify.com" />
          </label>{" "}
          <button type="submit">Log in</button>
        </Form>
      )}
    </main>
  );
}
