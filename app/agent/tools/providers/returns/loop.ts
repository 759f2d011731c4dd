import { z } from "zod";
import { addDays } from "../../../../lib/calendar";
import { ProviderError, providerHttp } from "../http";
import type { AdapterDeps, ProviderReturn, ProviderReturnStatus, ReturnsProvider } from "../types";
import { idLike, isoTime, itemTitle, linkOrNull, returnType, sameOrderName } from "./shared";

/**
 * Loop Returns (docs.loopreturns.com, API v1). One API key, sent as `X-Authorization`, with the Returns and
 * Orders scopes: Returns for return data (`GET /warehouse/return/...`), Orders for portal deep links
 * (`POST /order/link`).
 */
export const LOOP_API_BASE_URL = "https://api.loopreturns.com/api/v1";
const PROVIDER = "Loop Returns";

/** Loop's return states; "needs review" is how webhook documentation spells "review". */
export const LoopReturnState = z.enum(["open", "closed", "cancelled", "expired", "review", "needs review"]);
export type LoopReturnState = z.infer<typeof LoopReturnState>;

/**
 * Loop's state says whether it still works on a return; while it is open, the label's carrier status (EasyPost's:
 * new, pre_transit, in_transit, out_for_delivery, delivered, …) says where the parcel is.
 */
export function loopReturnStatus(state: LoopReturnState, labelStatus: string | null | undefined): ProviderReturnStatus {
  switch (state) {
    case "review":
    case "needs review":
      // Held for the merchant to approve (flagged, out of stock, insufficient funds).
      return "requested";
    case "closed":
      return "closed";
    // Expired: nothing was sent back before the label lapsed, so the return no longer stands.
    case "cancelled":
    case "expired":
      return "cancelled";
    case "open":
      if (labelStatus === "delivered") return "received";
      return labelStatus === "in_transit" || labelStatus === "out_for_delivery" ? "in_transit" : "open";
  }
}

const LoopLabel = z.object({ status: z.string().nullish(), url: z.string().nullish() });

/** What we read of Get Return Details (Loop adds fields freely, so the rest is ignored). */
const LoopReturnDetails = z.object({
  id: idLike,
  state: LoopReturnState,
  created_at: z.string(),
  order_name: z.string(),
  // One entry per returned unit: a line of two shirts is two line items with the same title.
  line_items: z.array(
    z.object({
      title: z.string(),
      variant_title: z.string().nullish(),
      // The variant sent in exchange; empty when the item is refunded or credited.
      exchange_variant: idLike.nullish(),
    }),
  ),
  label_status: z.string().nullish(),
  label_url: z.string().nullish(),
  labels: z.array(LoopLabel).nullish(),
  status_page_url: z.string().nullish(),
});
type LoopReturnDetails = z.infer<typeof LoopReturnDetails>;

/** Loop answers an order without returns with 200 and an error object instead of a return. */
const NoReturn = z.object({ error: z.object({ message: z.string().optional() }) });

/** Loop's own time format here is "YYYY-MM-DD HH:MM:SS" in UTC. */
const loopTime = (value: Date) => value.toISOString().slice(0, 19).replace("T", " ");

function toProviderReturn(details: LoopReturnDetails): ProviderReturn {
  const quantities = new Map<string, number>();
  for (const item of details.line_items) {
    const title = itemTitle(item.title, item.variant_title);
    quantities.set(title, (quantities.get(title) ?? 0) + 1);
  }
  const label = details.labels?.find((candidate) => linkOrNull(candidate.url)) ?? details.labels?.[0];
  return {
    id: details.id,
    orderName: details.order_name,
    type: returnType(details.line_items.map((item) => (item.exchange_variant ? "exchange" : "refund"))),
    status: loopReturnStatus(details.state, label?.status ?? details.label_status),
    createdAt: isoTime(PROVIDER, details.created_at),
    items: [...quantities].map(([title, quantity]) => ({ title, quantity })),
    labelUrl: linkOrNull(label?.url ?? details.label_url),
    // Loop gives no carrier link; its return status page follows the parcel back.
    trackingUrl: linkOrNull(details.status_page_url),
  };
}

export function createLoopReturns(credentials: Record<string, string>, deps: AdapterDeps = {}): ReturnsProvider {
  const http = providerHttp({ provider: PROVIDER, baseUrl: LOOP_API_BASE_URL, headers: { "X-Authorization": credentials.apiKey ?? "" }, ...deps });

  return {
    id: "loop",
    name: PROVIDER,

    async verifyCredentials() {
      // The cheapest read under the Returns scope: one page of one return from the last day.
      const now = new Date();
      await http.request("GET", "/warehouse/return/list", {
        query: { paginate: "true", pageSize: 1, from: loopTime(addDays(now, -1)), to: loopTime(now) },
        schema: z.object({ returns: z.array(z.unknown()) }),
      });
    },

    async portalLink(order) {
      // Loop finds the order by name plus "zip": the shipping postcode by default, the email on some shops.
      const zip = order.zip ?? order.email;
      if (!zip) throw new ProviderError(PROVIDER, "rejected", `needs the postcode or email of ${order.name} to open its return portal`);
      try {
        const { url } = await http.request("POST", "/order/link", {
          body: { name: order.name, zip },
          schema: z.object({ url: z.string().url() }),
          // Asking for the same link twice changes nothing, so a slow answer may be retried.
          idempotent: true,
        });
        return url;
      } catch (error) {
        // Loop answers 400 when no order has that name and postcode.
        if (error instanceof ProviderError && error.status === 400) {
          throw new ProviderError(PROVIDER, "not_found", `has no order ${order.name} with that postcode`, 400);
        }
        throw error;
      }
    },

    async returnsFor(order) {
      let body: LoopReturnDetails | z.infer<typeof NoReturn>;
      try {
        body = await http.request("GET", "/warehouse/return/details", { query: { order_name: order.name }, schema: z.union([LoopReturnDetails, NoReturn]) });
      } catch (error) {
        if (error instanceof ProviderError && error.reason === "not_found") return [];
        throw error;
      }
      // One return per lookup: Loop's details endpoint answers a single return for an order name.
      if ("error" in body || !sameOrderName(body.order_name, order.name)) return [];
      return [toProviderReturn(body)];
    },
  };
}
