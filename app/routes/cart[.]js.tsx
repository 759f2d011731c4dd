import type { LoaderFunctionArgs } from "@remix-run/node";
import { readCart } from "../demo/storefront/cart.server";
import { requireDemoMode } from "../demo-mode.server";

// The demo storefront's /cart.js: the cart's lines and item count, as Shopify answers it.
export const loader = async ({ request }: LoaderFunctionArgs) => {
  requireDemoMode();
  const items = await readCart(request);
  return Response.json({ item_count: items.reduce((sum, line) => sum + line.quantity, 0), items });
};
