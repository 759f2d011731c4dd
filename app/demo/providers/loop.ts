import { addDays } from "../../lib/calendar";
import { gidNumber } from "../gid";
import { DEMO_PROVIDER_CREDENTIALS } from "./credentials";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import { findOrderByName, portalSubdomain, samePostcode, seedReturns, stableUuid, type SeededReturn } from "./returns-seed";

/**
 * Loop Returns' API v1 as the demo shop's Loop account answers it (docs.loopreturns.com): Get Return Details,
 * the Detailed Returns List and Create Return Deep Link, behind the `X-Authorization` key.
 */
const BASE_URL = "https://api.loopreturns.com/api/v1";

/** Detailed Returns List: at most 120 days per request, pages of up to 750. */
const MAX_RANGE_DAYS = 120;
const MAX_PAGE_SIZE = 750;
const DEFAULT_PAGE_SIZE = 100;

const UNAUTHORIZED = { error: { code: "401", http_code: "GEN-UNAUTHORIZED", message: "Unauthorized." } };
const NOT_FOUND = { error: { code: "NOT_FOUND", message: "The resource requested was not found" } };

/** Loop's times here are "YYYY-MM-DD HH:MM:SS" in UTC. */
const loopTime = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");
const money = (value: number) => value.toFixed(2);

/** Laravel's validation answer, which Loop's API sends for bad input. */
const invalid = (field: string, message: string) => jsonResponse(422, { message, errors: { [field]: [message] } });

type LoopRecord = { id: number; seeded: SeededReturn; body: Record<string, unknown> };

function loopReturn(id: number, seeded: SeededReturn, subdomain: string): LoopRecord {
  const { order, stage, createdAt, closedAt, items, tracking } = seeded;
  const exchange = items.some((item) => item.exchangeFor);
  const units = items.flatMap((item) => Array.from({ length: item.quantity }, (_, unit) => ({ ...item, unit })));
  const returnTotal = units.reduce((sum, unit) => sum + unit.unitPrice, 0);
  const exchangeTotal = units.reduce((sum, unit) => sum + (unit.exchangeFor ? Number(unit.exchangeFor.price) : 0), 0);
  const labelUpdated = stage === "closed" && closedAt ? addDays(closedAt, -1) : addDays(createdAt, 2);
  const updated = closedAt ?? labelUpdated;

  const body = {
    id,
    created_at: loopTime(createdAt),
    updated_at: loopTime(updated),
    edited_at: null,
    order_id: String(70_000_000 + order.number),
    order_name: order.name,
    order_number: String(order.number),
    provider_order_number: order.number,
    provider_order_id: gidNumber(order.id),
    total: money(exchange ? 0 : returnTotal),
    customer: order.email,
    multi_currency: false,
    state: stage === "closed" ? "closed" : "open",
    currency: order.currencyCode,
    outcome: exchange ? "exchange" : "refund",
    exchange_order_name: exchange && stage === "closed" ? `EXC-${order.number}-1` : null,
    gift_card: "0.00",
    refund: money(exchange ? 0 : returnTotal),
    return_product_total: money(returnTotal),
    return_discount_total: "0.00",
    return_tax_total: "0.00",
    return_total: money(returnTotal),
    return_credit_total: money(returnTotal),
    handling_fee: "0.00",
    exchange_product_total: money(exchangeTotal),
    exchange_total: money(exchangeTotal),
    exchange_credit_total: money(exchangeTotal),
    upsell: money(Math.max(0, exchangeTotal - returnTotal)),
    // One entry per unit, as Loop splits a line of two shirts into two returned items.
    line_items: units.map(({ lineItem, unitPrice, reason, exchangeFor, unit }, index) => ({
      line_item_id: id * 100 + index + 1,
      provider_line_item_id: gidNumber(lineItem.id),
      product_id: gidNumber(lineItem.product.id),
      variant_id: gidNumber(lineItem.variant.id),
      sku: lineItem.sku,
      line_item_title: lineItem.title,
      variant_title: lineItem.variantTitle,
      title: lineItem.title,
      image: lineItem.image.url,
      price: money(unitPrice),
      discount: "0.00",
      tax: "0.00",
      refund: money(exchangeFor ? 0 : unitPrice),
      returned_at: loopTime(new Date(createdAt.getTime() + unit * 1000)),
      exchange_variant: exchangeFor ? String(gidNumber(exchangeFor.id)) : null,
      barcode: "",
      return_reason: reason,
      parent_return_reason: reason,
      outcome: "default",
    })),
    exchanges: units.flatMap(({ exchangeFor }, index) =>
      exchangeFor
        ? [
            {
              exchange_id: String(id * 100 + 50 + index),
              product_id: String(gidNumber(exchangeFor.product.id)),
              variant_id: String(gidNumber(exchangeFor.id)),
              sku: exchangeFor.sku,
              type: "exchange",
              title: `${exchangeFor.product.title} - ${exchangeFor.title}`,
              price: exchangeFor.price,
              total: exchangeFor.price,
              out_of_stock: exchangeFor.inventoryQuantity <= 0,
            },
          ]
        : [],
    ),
    carrier: tracking.company,
    tracking_number: tracking.number,
    label_status: stage === "closed" ? "delivered" : "in_transit",
    label_url: `https://${subdomain}.loopreturns.com/label/${stableUuid("loop-label", id)}.pdf`,
    label_updated_at: loopTime(labelUpdated),
    status_page_url: `https://${subdomain}.loopreturns.com/#/return/${stableUuid("loop-return", id)}`,
    destination_id: 7001,
    return_method: "prepaid_label",
  };
  return { id, seeded, body };
}

/** "2026-01-02 03:04:05" (UTC) or ISO 8601. */
function parseLoopTime(value: string): Date | null {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(" ", "T")}Z` : value);
  return Number.isNaN(time) ? null : new Date(time);
}

export function createLoopFake(world: FakeWorld): ProviderFake {
  const subdomain = portalSubdomain(world);
  const records = seedReturns(world).map((seeded, index) => loopReturn(40_100_001 + index, seeded, subdomain));

  function returnDetails(query: URLSearchParams): Response {
    const returnId = query.get("return_id");
    const orderId = query.get("order_id");
    const orderName = query.get("order_name");
    if (!returnId && !orderId && !orderName) return invalid("return_id", "A return_id, order_id or order_name is required.");
    const matches = records.filter(
      (record) =>
        (returnId === null || String(record.id) === returnId) &&
        (orderId === null || String(gidNumber(record.seeded.order.id)) === orderId) &&
        (orderName === null || record.seeded.order.name === orderName),
    );
    // Loop answers one return (the latest) per lookup, and 200 with an error object when there is none.
    const latest = matches.sort((a, b) => b.seeded.createdAt.getTime() - a.seeded.createdAt.getTime())[0];
    return latest ? jsonResponse(200, latest.body) : jsonResponse(200, { error: { message: "No return found." } });
  }

  function returnsList(url: URL): Response {
    const query = url.searchParams;
    const to = query.get("to") ? parseLoopTime(query.get("to")!) : world.now();
    if (!to) return invalid("to", "The to is not a valid date.");
    const earliest = addDays(to, -MAX_RANGE_DAYS);
    const from = query.get("from") ? parseLoopTime(query.get("from")!) : earliest;
    if (!from) return invalid("from", "The from is not a valid date.");
    if (from < earliest) return invalid("to", `The date range may be at most ${MAX_RANGE_DAYS} days.`);
    const filter = query.get("filter") ?? "created_at";
    if (filter !== "created_at" && filter !== "updated_at") return invalid("filter", "The selected filter is invalid.");
    const state = query.get("state");
    if (state !== null && !["open", "closed", "cancelled", "expired", "review"].includes(state)) return invalid("state", "The selected state is invalid.");

    const inRange = records
      .filter((record) => {
        const time = parseLoopTime(String(record.body[filter]))!;
        return time >= from && time <= to && (state === null || record.body.state === state);
      })
      .map((record) => record.body);
    if (query.get("paginate") !== "true") return jsonResponse(200, inRange);

    const pageSize = Number(query.get("pageSize") ?? DEFAULT_PAGE_SIZE);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      return invalid("pageSize", `The page size must be between 1 and ${MAX_PAGE_SIZE}.`);
    }
    const offset = Number(Buffer.from(query.get("cursor") ?? "", "base64url").toString() || "0");
    const page = inRange.slice(offset, offset + pageSize);
    const pageUrl = (at: number) => {
      const next = new URL(url);
      next.searchParams.set("cursor", Buffer.from(String(at)).toString("base64url"));
      return next.toString();
    };
    return jsonResponse(200, {
      returns: page,
      nextPageUrl: offset + pageSize < inRange.length ? pageUrl(offset + pageSize) : null,
      previousPageUrl: offset > 0 ? pageUrl(Math.max(0, offset - pageSize)) : null,
    });
  }

  async function orderLink(request: Request): Promise<Response> {
    const body = (await request.json().catch(() => null)) as { name?: unknown; zip?: unknown } | null;
    if (typeof body?.name !== "string" || body.name === "") return invalid("name", "The name field is required.");
    if (typeof body.zip !== "string" || body.zip === "") return invalid("zip", "The zip field is required.");
    const order = findOrderByName(world, body.name);
    // The demo shop looks orders up by shipping postcode (Loop's default); name and postcode must both match.
    if (!order || !samePostcode(order.shippingAddress.zip, body.zip)) return jsonResponse(400, { errors: ["ORDER_NOT_FOUND"] });
    return jsonResponse(200, { url: `https://${subdomain}.loopreturns.com/#/link/${stableUuid("loop-link", order.id)}` });
  }

  return {
    id: "loop",
    baseUrl: BASE_URL,
    async handle(request) {
      const url = new URL(request.url);
      if (!url.href.startsWith(`${BASE_URL}/`)) return jsonResponse(404, NOT_FOUND);
      if (request.headers.get("X-Authorization") !== DEMO_PROVIDER_CREDENTIALS.loop.apiKey) return jsonResponse(401, UNAUTHORIZED);
      const route = `${request.method} ${url.pathname.slice(new URL(BASE_URL).pathname.length)}`;
      switch (route) {
        case "GET /warehouse/return/details":
          return returnDetails(url.searchParams);
        case "GET /warehouse/return/list":
          return returnsList(url);
        case "POST /order/link":
          return orderLink(request);
        default:
          return jsonResponse(404, NOT_FOUND);
      }
    },
  };
}
