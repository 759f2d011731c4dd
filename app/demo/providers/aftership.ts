import { gidNumber } from "../gid";
import { DEMO_PROVIDER_CREDENTIALS } from "./credentials";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import { findOrderByName, portalSubdomain, samePostcode, seedReturns, stableUuid, type SeededReturn } from "./returns-seed";

/**
 * AfterShip Returns' API (version 2026-01, aftership.com/docs/returns) as the demo shop's account answers it:
 * Get returns (filters, page/limit), a return by id or RMA number, and Create Returns Page Deep Link, every answer
 * in AfterShip's `{meta, data}` envelope, behind the `as-api-key` header.
 */
const BASE_URL = "https://api.aftership.com/returns/2026-01";

const MAX_LIMIT = 50;
const DEFAULT_LIMIT = 10;
const MAX_PAGE = 200;
const HOUR_MS = 3_600_000;

const APPROVAL_STATUSES = ["submitted", "approved", "done", "rejected", "expired"];
const OUTCOMES = ["exchange", "refund", "upsell", "store_credit"];

const ok = (status: 200 | 201, data: unknown) =>
  jsonResponse(status, {
    meta:
      status === 201
        ? { code: 20100, type: "Created", message: "The request has been fulfilled and a new resource has been created." }
        : { code: 20000, type: "OK", message: "The request was successfully processed by AfterShip." },
    data,
  });
const failure = (status: number, code: number, type: string, message: string, errors?: { path: string; info: string }[]) =>
  jsonResponse(status, { meta: { code, type, message, ...(errors ? { errors } : {}) }, data: null });
const unprocessable = (path: string, info: string) => failure(422, 42200, "UnprocessableEntity", "The request params is invalid.", [{ path, info }]);
const notFound = (message: string) => failure(404, 40400, "NotFound", message);

const hex = (...parts: (string | number)[]) => stableUuid(...parts).replace(/-/g, "");
const money = (amount: number) => ({ amount: amount.toFixed(2), currency: "USD" });
const iso = (date: Date) => date.toISOString();

type AfterShipRecord = { seeded: SeededReturn; body: Record<string, unknown> };

function afterShipReturn(seeded: SeededReturn, subdomain: string): AfterShipRecord {
  const { order, stage, createdAt, closedAt, items, tracking } = seeded;
  const id = hex("aftership-return", order.id, createdAt.getTime());
  const closed = stage === "closed";
  const exchange = items.some((item) => item.exchangeFor);
  const total = items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
  const approvedAt = new Date(createdAt.getTime() + HOUR_MS);
  const shipmentUpdated = closed && closedAt ? new Date(closedAt.getTime() - 24 * HOUR_MS) : new Date(createdAt.getTime() + 48 * HOUR_MS);

  const body = {
    id,
    organization: { id: hex("aftership-organization", subdomain) },
    rma_number: id.slice(0, 8).toUpperCase(),
    contact_email: order.email,
    filed_by: "shopper",
    approval_status: closed ? "done" : "approved",
    approved_at: iso(approvedAt),
    auto_approved: true,
    rejected_at: null,
    reject_reason: null,
    auto_rejected: null,
    resolved_at: closed && closedAt ? iso(closedAt) : null,
    auto_resolved: closed ? false : null,
    refunded_at: closed && !exchange && closedAt ? iso(closedAt) : null,
    auto_refunded: closed && !exchange ? false : null,
    expired_at: null,
    shop_now: false,
    merchant_note: null,
    return_total_including_tax: money(total),
    refund_destination: exchange ? null : "original_payment",
    refunded_total: closed && !exchange ? money(total) : null,
    estimated_refund_total: money(exchange ? 0 : total),
    order: {
      id: hex("aftership-order", order.id),
      external_id: String(gidNumber(order.id)),
      order_number: String(order.number),
      order_name: order.name,
      customer: { emails: [order.email], locale: order.customerLocale },
      store: { platform: "shopify", external_id: subdomain },
      placed_at: order.processedAt,
    },
    return_items: items.map(({ lineItem, quantity, unitPrice, reason, exchangeFor }) => ({
      id: String(gidNumber(lineItem.id)),
      external_order_item_id: String(gidNumber(lineItem.id)),
      external_product_id: String(gidNumber(lineItem.product.id)),
      external_variant_id: String(gidNumber(lineItem.variant.id)),
      sku: lineItem.sku,
      product_title: lineItem.title,
      variant_title: lineItem.variantTitle,
      intended_return_quantity: quantity,
      return_reason: reason,
      return_reason_comment: reason,
      ordered_quantity: lineItem.quantity,
      refund_quantity: exchangeFor ? 0 : quantity,
      return_quantity: quantity,
      received_quantity: closed ? quantity : 0,
      restocked_quantity: closed ? quantity : 0,
      removed_quantity: 0,
      unit_display_price: money(unitPrice),
      product_image_urls: [lineItem.image.url],
      exchange_variant: exchangeFor
        ? {
            external_product_id: String(gidNumber(exchangeFor.product.id)),
            external_variant_id: String(gidNumber(exchangeFor.id)),
            sku: exchangeFor.sku,
            product_title: exchangeFor.product.title,
            title: exchangeFor.title,
            unit_display_price: money(Number(exchangeFor.price)),
          }
        : null,
      green_return: false,
    })),
    return_method: { type: "retailer_label", name: "Prepaid USPS label" },
    exchange: exchange
      ? {
          order: null,
          items: items.flatMap(({ exchangeFor, quantity }) =>
            exchangeFor
              ? [
                  {
                    external_product_id: String(gidNumber(exchangeFor.product.id)),
                    external_variant_id: String(gidNumber(exchangeFor.id)),
                    sku: exchangeFor.sku,
                    title: exchangeFor.product.title,
                    quantity,
                    unit_display_price: money(Number(exchangeFor.price)),
                    product_title: exchangeFor.product.title,
                    variant_title: exchangeFor.title,
                  },
                ]
              : [],
          ),
          charge_by: "aftership",
        }
      : null,
    shipments: [
      {
        id: hex("aftership-shipment", id),
        tracking_number: tracking.number,
        tracking_status: closed ? "Delivered" : "InTransit",
        slug: "usps",
        items: items.map(({ lineItem, quantity }) => ({ external_order_item_id: String(gidNumber(lineItem.id)), quantity })),
        label: { url: `https://${subdomain}.returnscenter.com/labels/${hex("aftership-label", id)}.pdf`, aftership_shipping_slug: "usps", slug: "usps" },
        source: "merchant_generate",
        created_at: iso(approvedAt),
        tracking_status_updated_at: iso(shipmentUpdated),
      },
    ],
    outcomes: [exchange ? "exchange" : "refund"],
    created_at: iso(createdAt),
    shipping_status: closed ? "received" : "in_transit",
    exceptions: [],
    is_gift_return: false,
  };
  return { seeded, body };
}

/** A positive whole number within [1, max], or the default when absent; null when out of range. */
function boundedInt(value: string | null, fallback: number, max: number): number | null {
  if (value === null) return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= max ? number : null;
}

export function createAfterShipFake(world: FakeWorld): ProviderFake {
  const subdomain = portalSubdomain(world);
  const records = seedReturns(world)
    .map((seeded) => afterShipReturn(seeded, subdomain))
    .sort((a, b) => b.seeded.createdAt.getTime() - a.seeded.createdAt.getTime());

  function listReturns(query: URLSearchParams): Response {
    const limit = boundedInt(query.get("limit"), DEFAULT_LIMIT, MAX_LIMIT);
    if (limit === null) return unprocessable("limit", `limit must be between 1 and ${MAX_LIMIT}`);
    const page = boundedInt(query.get("page"), 1, MAX_PAGE);
    if (page === null) return unprocessable("page", `page must be between 1 and ${MAX_PAGE}`);
    const approvalStatus = query.get("approval_status");
    if (approvalStatus !== null && !APPROVAL_STATUSES.includes(approvalStatus)) return unprocessable("approval_status", "approval_status is invalid");
    const outcome = query.get("outcome");
    if (outcome !== null && !OUTCOMES.includes(outcome)) return unprocessable("outcome", "outcome is invalid");
    const createdMax = query.get("created_at_max") ? Date.parse(query.get("created_at_max")!) : world.now().getTime();
    // AfterShip answers at most the past 365 days.
    const createdMin = query.get("created_at_min") ? Date.parse(query.get("created_at_min")!) : createdMax - 365 * 24 * HOUR_MS;
    if (Number.isNaN(createdMax) || Number.isNaN(createdMin)) return unprocessable("created_at_min", "created_at_min and created_at_max must be ISO 8601 date-times");
    const orderName = query.get("order_name");
    const email = query.get("customer_email")?.toLowerCase() ?? null;

    const matching = records.filter(({ seeded, body }) => {
      const created = seeded.createdAt.getTime();
      return (
        created >= createdMin &&
        created <= createdMax &&
        (orderName === null || seeded.order.name === orderName) &&
        (email === null || seeded.order.email.toLowerCase() === email) &&
        (approvalStatus === null || body.approval_status === approvalStatus) &&
        (outcome === null || (body.outcomes as string[]).includes(outcome))
      );
    });
    const start = (page - 1) * limit;
    return ok(200, {
      returns: matching.slice(start, start + limit).map((record) => record.body),
      pagination: { total: matching.length, page, limit, has_next_page: start + limit < matching.length },
    });
  }

  function oneReturn(found: AfterShipRecord | undefined): Response {
    return found ? ok(200, found.body) : notFound("Return not found");
  }

  async function returnsPageLink(request: Request): Promise<Response> {
    const body = (await request.json().catch(() => null)) as { order_number?: unknown; customer_email?: unknown; postal_code?: unknown } | null;
    if (typeof body?.order_number !== "string" || body.order_number === "") return unprocessable("order_number", "order_number is required");
    const order = findOrderByName(world, `#${body.order_number}`);
    if (!order) return notFound("Order not found");
    const emailMatches = typeof body.customer_email !== "string" || body.customer_email.toLowerCase() === order.email.toLowerCase();
    const postcodeMatches = typeof body.postal_code !== "string" || samePostcode(body.postal_code, order.shippingAddress.zip);
    if (!emailMatches || !postcodeMatches) {
      return failure(422, 42200, "UnprocessableEntity", "The order details do not match.", [
        { path: emailMatches ? "postal_code" : "customer_email", info: "does not match the order" },
      ]);
    }
    return ok(201, { url: `https://${subdomain}.returnscenter.com/link/${stableUuid("aftership-link", order.id)}` });
  }

  return {
    id: "aftership",
    baseUrl: BASE_URL,
    async handle(request) {
      const url = new URL(request.url);
      if (!url.href.startsWith(`${BASE_URL}/`)) return notFound("The request path is not found in the server.");
      if (request.headers.get("as-api-key") !== DEMO_PROVIDER_CREDENTIALS.aftership.apiKey) return failure(401, 401, "Unauthorized", "Invalid API Key.");
      const path = url.pathname.slice(new URL(BASE_URL).pathname.length);
      const byRma = /^\/returns\/rma\/([^/]+)$/.exec(path);
      const byId = /^\/returns\/([^/]+)$/.exec(path);

      if (request.method === "GET" && path === "/returns") return listReturns(url.searchParams);
      if (request.method === "POST" && path === "/returns/link") return returnsPageLink(request);
      if (request.method === "GET" && byRma) return oneReturn(records.find((record) => record.body.rma_number === decodeURIComponent(byRma[1]!)));
      if (request.method === "GET" && byId) return oneReturn(records.find((record) => record.body.id === decodeURIComponent(byId[1]!)));
      return notFound("The request path is not found in the server.");
    },
  };
}
