import type { ActionFunctionArgs } from "@remix-run/node";
import { addLines, CartAddBody, demoCartCookie, readCart } from "../demo/storefront/cart.server";
import { requireDemoMode } from "../demo-mode.server";

// The demo storefront's /cart/add.js, answering like Shopify's (422 with a description for a bad request).
export const action = async ({ request }: ActionFunctionArgs) => {
  requireDemoMode();
  const body = CartAddBody.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ status: 422, message: "Cart Error", description: "Invalid items" }, { status: 422 });
  const cart = addLines(await readCart(request), body.data.items);
  return Response.json({ items: body.data.items }, { headers: { "Set-Cookie": await demoCartCookie.serialize(cart) } });
};
