import { createCookie, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireDemoMode } from "../demo-mode.server";

const discountCookie = createCookie("discount_code", { path: "/", sameSite: "lax" });

// The demo storefront's /discount/CODE: like Shopify, it remembers the code for checkout and redirects.
export const loader = async ({ params, request }: LoaderFunctionArgs) => {
  requireDemoMode();
  const to = new URL(request.url).searchParams.get("redirect");
  return redirect(to?.startsWith("/") ? to : "/demo/storefront", { headers: { "Set-Cookie": await discountCookie.serialize(params.code ?? "") } });
};
