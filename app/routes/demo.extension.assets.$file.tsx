import type { LoaderFunctionArgs } from "@remix-run/node";
import { extensionAsset } from "../demo/storefront/app-embed.server";
import { requireDemoMode } from "../demo-mode.server";

// The theme app extension's assets, served as Shopify's CDN would serve them to the demo storefront.
export const loader = ({ params }: LoaderFunctionArgs) => {
  requireDemoMode();
  const asset = extensionAsset(params.file ?? "");
  if (!asset) throw new Response("Not found", { status: 404 });
  return new Response(asset.body, { headers: { "Content-Type": asset.contentType, "Cache-Control": "no-cache" } });
};
