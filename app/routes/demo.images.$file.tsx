import type { LoaderFunctionArgs } from "@remix-run/node";
import { productImageSvg } from "../demo/seed/product-images";
import { requireDemoMode } from "../demo-mode.server";

export const loader = ({ params }: LoaderFunctionArgs) => {
  requireDemoMode();
  const svg = productImageSvg((params.file ?? "").replace(/\.svg$/, ""));
  if (!svg) throw new Response("Not found", { status: 404 });
  return new Response(svg, {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" },
  });
};
