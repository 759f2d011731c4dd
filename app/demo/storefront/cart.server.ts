import { createCookie } from "@remix-run/node";
import { z } from "zod";

/** The demo storefront's cart, in a cookie: what Shopify's /cart/add.js and /cart.js keep in the shop's session. */
export const demoCartCookie = createCookie("demo_cart", { path: "/", sameSite: "lax", httpOnly: true });

const CartLines = z.array(z.object({ id: z.number().int().positive(), quantity: z.number().int().positive() }));
export type CartLines = z.infer<typeof CartLines>;

export async function readCart(request: Request): Promise<CartLines> {
  const parsed = CartLines.safeParse(await demoCartCookie.parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : [];
}

/** The body of Shopify's POST /cart/add.js: `{ items: [{ id: <variant id>, quantity }] }`. */
export const CartAddBody = z.object({ items: z.array(z.object({ id: z.coerce.number().int().positive(), quantity: z.coerce.number().int().positive().default(1) })).min(1) });

export function addLines(cart: CartLines, added: CartLines): CartLines {
  const next = cart.map((line) => ({ ...line }));
  for (const line of added) {
    const existing = next.find((l) => l.id === line.id);
    if (existing) existing.quantity += line.quantity;
    else next.push({ ...line });
  }
  return next;
}
