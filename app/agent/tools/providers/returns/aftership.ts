import { z } from "zod";
import { providerHttp } from "../http";
import type { AdapterDeps, ProviderReturn, ProviderReturnStatus, ReturnsProvider } from "../types";
import { isoTime, itemTitle, linkOrNull, newestFirst, returnType, sameOrderName, type Resolution } from "./shared";

/**
 * AfterShip Returns (aftership.com/docs/returns), pinned to API version 2026-01: the version is part of the base
 * URL, and every answer is an envelope `{meta: {code, type, message}, data}`. The key goes in `as-api-key`.
 */
export const AFTERSHIP_RETURNS_API_BASE_URL = "https://api.aftership.com/returns/2026-01";
const PROVIDER = "AfterShip Returns";

/** Get returns pages with `page` (1–200) and `limit` (1–50). */
const PAGE_LIMIT = 50;
const MAX_PAGES = 200;

const envelope = <T extends z.ZodType>(data: T) => z.object({ meta: z.object({ code: z.number() }), data });

const ApprovalStatus = z.enum(["submitted", "approved", "done", "rejected", "expired"]);

/** What we read of AfterShip's Return resource (it has many more fields). */
const AfterShipReturn = z.object({
  id: z.string(),
  approval_status: ApprovalStatus,
  created_at: z.string(),
  order: z.object({ order_name: z.string().nullish(), order_number: z.string() }),
  return_items: z.array(
    z.object({
      product_title: z.string(),
      variant_title: z.string().nullish(),
      intended_return_quantity: z.number(),
      // Lower than intended when the merchant removed items from the return.
      return_quantity: z.number().nullish(),
    }),
  ),
  // The return's expected results; exchange and upsell (exchange for a dearer item) send an item back.
  outcomes: z.array(z.enum(["exchange", "refund", "upsell", "store_credit"])).default([]),
  shipping_status: z.string().nullish(),
  shipments: z
    .array(z.object({ tracking_number: z.string().nullish(), slug: z.string().nullish(), label: z.object({ url: z.string().nullish() }).nullish() }))
    .default([]),
});
type AfterShipReturn = z.infer<typeof AfterShipReturn>;

const ReturnsPage = z.object({
  returns: z.array(AfterShipReturn),
  pagination: z.object({ has_next_page: z.boolean() }).nullish(),
});

/** The approval status says where the merchant is; once approved, the return-level shipping status says where the parcel is. */
function afterShipStatus(approval: z.infer<typeof ApprovalStatus>, shipping: string | null | undefined): ProviderReturnStatus {
  switch (approval) {
    case "submitted":
      return "requested";
    case "rejected":
      return "declined";
    case "expired":
      // The shopper did not send the items within the return window.
      return "cancelled";
    case "done":
      return "closed";
    case "approved":
      if (shipping === "in_transit" || shipping === "dropped" || shipping === "partially_dropped") return "in_transit";
      return shipping === "delivered" || shipping === "received" || shipping === "partially_received" ? "received" : "open";
  }
}

function toProviderReturn(found: AfterShipReturn): ProviderReturn {
  const shipment = found.shipments.find((candidate) => linkOrNull(candidate.label?.url)) ?? found.shipments[0];
  const resolutions = found.outcomes.map((outcome): Resolution => (outcome === "exchange" || outcome === "upsell" ? "exchange" : "refund"));
  return {
    id: found.id,
    orderName: found.order.order_name ?? `#${found.order.order_number}`,
    type: returnType(resolutions),
    status: afterShipStatus(found.approval_status, found.shipping_status),
    createdAt: isoTime(PROVIDER, found.created_at),
    items: found.return_items
      .map((item) => ({ title: itemTitle(item.product_title, item.variant_title), quantity: item.return_quantity ?? item.intended_return_quantity }))
      .filter((item) => item.quantity > 0),
    labelUrl: linkOrNull(shipment?.label?.url),
    // AfterShip's public tracking page for the courier (slug) and number; the API itself returns no link.
    trackingUrl:
      shipment?.slug && shipment.tracking_number
        ? `https://track.aftership.com/${encodeURIComponent(shipment.slug)}/${encodeURIComponent(shipment.tracking_number)}`
        : null,
  };
}

export function createAfterShipReturns(credentials: Record<string, string>, deps: AdapterDeps = {}): ReturnsProvider {
  const http = providerHttp({ provider: PROVIDER, baseUrl: AFTERSHIP_RETURNS_API_BASE_URL, headers: { "as-api-key": credentials.apiKey ?? "" }, ...deps });

  return {
    id: "aftership",
    name: PROVIDER,

    async verifyCredentials() {
      await http.request("GET", "/returns", { query: { limit: 1 }, schema: envelope(ReturnsPage) });
    },

    async portalLink(order) {
      const { data } = await http.request("POST", "/returns/link", {
        // AfterShip's order number is the order name without Shopify's "#" prefix.
        body: { order_number: order.name.replace(/^#/, ""), customer_email: order.email ?? undefined, postal_code: order.zip ?? undefined },
        schema: envelope(z.object({ url: z.string().url() })),
        // Creating the same link twice changes nothing, so a slow answer may be retried.
        idempotent: true,
      });
      return data.url;
    },

    async returnsFor(order) {
      const found: AfterShipReturn[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await http.request("GET", "/returns", { query: { order_name: order.name, limit: PAGE_LIMIT, page }, schema: envelope(ReturnsPage) });
        found.push(...data.returns);
        if (!data.pagination?.has_next_page) break;
      }
      return newestFirst(found.map(toProviderReturn).filter((candidate) => sameOrderName(candidate.orderName, order.name)));
    },
  };
}
