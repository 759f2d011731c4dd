import { addInterval, calendarDate, midnightUtc, parseCalendarDate, tomorrow } from "../../lib/calendar";
import { gidNumber } from "../gid";
import { DEMO_PROVIDER_CREDENTIALS } from "./credentials";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import { rescheduledCharge, seedSubscriptions } from "./subscription-seed";

/**
 * Recharge's REST API, version 2021-11, for the demo shop: customers, subscriptions and their charges, with the
 * endpoints, bodies, errors (`{"errors": …}`) and cursor pagination Recharge documents. One queued charge is kept
 * per active subscription, on its next charge date, so a skip really marks that charge skipped, moves the
 * subscription one interval on and queues the next one.
 *
 * Recharge has no paused state, so the seed's stopped subscription is cancelled here.
 */

const BASE_URL = "https://api.rechargeapps.com";
const API_VERSION = "2021-11";
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;
const MAX_INTERVAL_FREQUENCY = 1000;
const UNITS = ["day", "week", "month"] as const;
type Unit = (typeof UNITS)[number];

type RechargeCustomer = {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
  external_customer_id: { ecommerce: string };
  hash: string;
  created_at: string;
  updated_at: string;
};

type RechargeSubscription = {
  id: number;
  address_id: number;
  customer_id: number;
  status: "active" | "cancelled" | "expired";
  product_title: string;
  variant_title: string;
  sku: string;
  price: string;
  quantity: number;
  order_interval_unit: Unit;
  order_interval_frequency: number;
  charge_interval_frequency: number;
  next_charge_scheduled_at: string | null;
  cancellation_reason: string | null;
  cancellation_reason_comments: string | null;
  cancelled_at: string | null;
  external_product_id: { ecommerce: string };
  external_variant_id: { ecommerce: string };
  created_at: string;
  updated_at: string;
};

type ChargeLine = { purchase_item_id: number; title: string; variant_title: string; sku: string; quantity: number; unit_price: string; external_product_id: { ecommerce: string }; external_variant_id: { ecommerce: string } };

type RechargeCharge = {
  id: number;
  customer_id: number;
  address_id: number;
  status: "queued" | "skipped";
  scheduled_at: string;
  line_items: ChargeLine[];
  created_at: string;
  updated_at: string;
};

/** Recharge's timestamps: ISO 8601 with an explicit UTC offset, whole seconds. */
const timestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "+00:00");
const decimal = (amount: number) => amount.toFixed(2);

class RechargeError extends Error {
  constructor(
    readonly status: number,
    readonly errors: unknown,
  ) {
    super(typeof errors === "string" ? errors : JSON.stringify(errors));
  }
}
const unprocessable = (errors: unknown) => new RechargeError(422, errors);
const NOT_FOUND = () => new RechargeError(404, "Not Found");

type Sort = { field: "id" | "scheduled_at" | "updated_at" | "created_at"; direction: 1 | -1 };

function parseSort(value: string | null, allowed: Sort["field"][]): Sort {
  if (value === null) return { field: "id", direction: -1 };
  const match = /^(id|scheduled_at|updated_at|created_at)-(asc|desc)$/.exec(value);
  if (!match || !allowed.includes(match[1] as Sort["field"])) throw unprocessable({ sort_by: [`must be one of ${allowed.flatMap((field) => [`${field}-asc`, `${field}-desc`]).join(", ")}`] });
  return { field: match[1] as Sort["field"], direction: match[2] === "asc" ? 1 : -1 };
}

type Cursor = { offset: number; filters: [string, string][]; sort: string | null };
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");
function decodeCursor(value: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Cursor;
    if (Number.isInteger(cursor.offset) && cursor.offset >= 0 && Array.isArray(cursor.filters)) return cursor;
  } catch {
    // falls through to Recharge's answer for a cursor it did not issue
  }
  throw unprocessable({ cursor: ["Invalid value"] });
}

/**
 * A 2021-11 list page: `limit` (1–250, default 50), then `cursor` alone (with `limit`) for the pages after, as
 * Recharge requires; filters come back inside the cursor.
 */
function listPage<T extends { id: number }>(
  key: string,
  params: URLSearchParams,
  filterNames: string[],
  sortFields: Sort["field"][],
  select: (filters: Map<string, string>, sort: Sort) => T[],
  render: (item: T) => unknown,
): Response {
  const limitText = params.get("limit");
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw unprocessable({ limit: [`must be between 1 and ${MAX_LIMIT}`] });

  const cursorText = params.get("cursor");
  let cursor: Cursor;
  if (cursorText !== null) {
    const others = [...params.keys()].filter((name) => name !== "cursor" && name !== "limit");
    if (others.length > 0) throw unprocessable({ cursor: [`cannot be combined with ${others.join(", ")}; the cursor keeps the filters of the first page`] });
    cursor = decodeCursor(cursorText);
  } else {
    const filters = filterNames.flatMap((name): [string, string][] => (params.has(name) ? [[name, params.get(name) ?? ""]] : []));
    cursor = { offset: 0, filters, sort: params.get("sort_by") };
  }

  const items = select(new Map(cursor.filters), parseSort(cursor.sort, sortFields));
  const page = items.slice(cursor.offset, cursor.offset + limit);
  const next = cursor.offset + limit < items.length ? encodeCursor({ ...cursor, offset: cursor.offset + limit }) : null;
  const previous = cursor.offset > 0 ? encodeCursor({ ...cursor, offset: Math.max(0, cursor.offset - limit) }) : null;
  return jsonResponse(200, { next_cursor: next, previous_cursor: previous, [key]: page.map(render) });
}

function sorted<T extends { id: number }>(items: T[], sort: Sort, value: (item: T) => string | number): T[] {
  return [...items].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    return (x < y ? -1 : x > y ? 1 : a.id - b.id) * sort.direction;
  });
}

const positiveInteger = (value: unknown) => {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 1 && number <= MAX_INTERVAL_FREQUENCY ? number : null;
};

export function createRechargeFake(world: FakeWorld): ProviderFake {
  const customers: RechargeCustomer[] = [];
  const subscriptions: RechargeSubscription[] = [];
  const charges: RechargeCharge[] = [];
  let nextChargeId = 562_300_001;

  const customerOf = (id: number) => customers.find((customer) => customer.id === id);
  const queuedChargeOf = (subscription: RechargeSubscription) =>
    charges.find((charge) => charge.status === "queued" && charge.line_items.some((line) => line.purchase_item_id === subscription.id));

  /** Recharge regenerates the queued charge whenever a subscription's date or status changes; so does the fake. */
  function syncQueuedCharge(subscription: RechargeSubscription, at: Date): void {
    const queued = queuedChargeOf(subscription);
    if (subscription.status !== "active" || !subscription.next_charge_scheduled_at) {
      if (queued) charges.splice(charges.indexOf(queued), 1);
      return;
    }
    if (queued) {
      queued.scheduled_at = subscription.next_charge_scheduled_at;
      queued.line_items = [chargeLine(subscription)];
      queued.updated_at = timestamp(at);
      return;
    }
    charges.push({
      id: nextChargeId++,
      customer_id: subscription.customer_id,
      address_id: subscription.address_id,
      status: "queued",
      scheduled_at: subscription.next_charge_scheduled_at,
      line_items: [chargeLine(subscription)],
      created_at: timestamp(at),
      updated_at: timestamp(at),
    });
  }

  function chargeLine(subscription: RechargeSubscription): ChargeLine {
    return {
      purchase_item_id: subscription.id,
      title: subscription.product_title,
      variant_title: subscription.variant_title,
      sku: subscription.sku,
      quantity: subscription.quantity,
      unit_price: subscription.price,
      external_product_id: subscription.external_product_id,
      external_variant_id: subscription.external_variant_id,
    };
  }

  // Recharge holds only the shop's subscribers; their ids derive from the demo customers' order, so they are stable.
  for (const [index, seed] of seedSubscriptions(world).entries()) {
    const shopifyId = String(gidNumber(seed.customer.id));
    const customerIndex = world.data.customers.indexOf(seed.customer);
    let customer = customers.find((candidate) => candidate.external_customer_id.ecommerce === shopifyId);
    if (!customer) {
      customer = {
        id: 83_410_000 + customerIndex,
        email: seed.customer.email,
        first_name: seed.customer.firstName,
        last_name: seed.customer.lastName,
        external_customer_id: { ecommerce: shopifyId },
        hash: Buffer.from(`customer-${shopifyId}`).toString("hex").slice(0, 30),
        created_at: timestamp(seed.createdAt),
        updated_at: timestamp(seed.createdAt),
      };
      customers.push(customer);
    }
    const unit = seed.interval.unit === "year" ? "month" : seed.interval.unit;
    const count = seed.interval.unit === "year" ? 12 * seed.interval.count : seed.interval.count;
    const subscription: RechargeSubscription = {
      id: 301_720_000 + index,
      address_id: 92_150_000 + customerIndex,
      customer_id: customer.id,
      status: seed.state === "active" ? "active" : "cancelled",
      product_title: seed.product.title,
      variant_title: seed.variant.title,
      sku: seed.variant.sku,
      price: seed.price,
      quantity: 1,
      order_interval_unit: unit,
      order_interval_frequency: count,
      charge_interval_frequency: count,
      next_charge_scheduled_at: seed.nextChargeAt ? calendarDate(seed.nextChargeAt) : null,
      cancellation_reason: seed.state === "active" ? null : "I have too much coffee right now",
      cancellation_reason_comments: null,
      cancelled_at: seed.stoppedAt ? timestamp(seed.stoppedAt) : null,
      external_product_id: { ecommerce: String(gidNumber(seed.product.id)) },
      external_variant_id: { ecommerce: String(gidNumber(seed.variant.id)) },
      created_at: timestamp(seed.createdAt),
      updated_at: timestamp(seed.stoppedAt ?? seed.createdAt),
    };
    subscriptions.push(subscription);
    syncQueuedCharge(subscription, seed.createdAt);
  }

  const renderCustomer = (customer: RechargeCustomer) => ({
    ...customer,
    analytics_data: { utm_params: [] },
    first_charge_processed_at: customer.created_at,
    has_payment_method_in_dunning: false,
    has_valid_payment_method: true,
    subscriptions_active_count: subscriptions.filter((s) => s.customer_id === customer.id && s.status === "active").length,
    subscriptions_total_count: subscriptions.filter((s) => s.customer_id === customer.id).length,
    tax_exempt: false,
  });

  const renderSubscription = (subscription: RechargeSubscription) => ({
    ...subscription,
    analytics_data: { utm_params: [] },
    expire_after_specific_number_of_charges: null,
    has_queued_charges: queuedChargeOf(subscription) !== undefined,
    is_prepaid: subscription.charge_interval_frequency !== subscription.order_interval_frequency,
    is_skippable: true,
    is_swappable: false,
    max_retries_reached: false,
    order_day_of_month: null,
    order_day_of_week: null,
    presentment_currency: "USD",
    properties: [],
    sku_override: false,
  });

  function renderCharge(charge: RechargeCharge) {
    const customer = customerOf(charge.customer_id);
    const lines = charge.line_items.map((line) => {
      const total = decimal(Number(line.unit_price) * line.quantity);
      return {
        ...line,
        grams: 340,
        images: {},
        original_price: line.unit_price,
        properties: [],
        purchase_item_type: "subscription",
        tax_due: "0.00",
        tax_lines: [],
        taxable: true,
        taxable_amount: total,
        total_price: total,
        unit_price_includes_tax: false,
      };
    });
    const subtotal = decimal(lines.reduce((sum, line) => sum + Number(line.total_price), 0));
    return {
      id: charge.id,
      address_id: charge.address_id,
      analytics_data: { utm_params: [] },
      charge_attempts: 0,
      created_at: charge.created_at,
      currency: "USD",
      customer: customer && { id: customer.id, email: customer.email, external_customer_id: customer.external_customer_id, hash: customer.hash },
      discounts: [],
      error: null,
      error_type: null,
      external_order_id: { ecommerce: null },
      has_uncommitted_changes: false,
      line_items: lines,
      note: null,
      order_attributes: [],
      orders_count: 0,
      processed_at: null,
      retry_date: null,
      scheduled_at: charge.scheduled_at,
      shipping_lines: [],
      status: charge.status,
      subtotal_price: subtotal,
      tags: "Subscription, Subscription Recurring Order",
      tax_lines: [],
      taxable: true,
      taxes_included: false,
      total_discounts: "0.00",
      total_line_items_price: subtotal,
      total_price: subtotal,
      total_refunds: "0.00",
      total_tax: "0.00",
      total_weight_grams: 340 * lines.reduce((sum, line) => sum + line.quantity, 0),
      type: "recurring",
      updated_at: charge.updated_at,
    };
  }

  const findSubscription = (id: string) => subscriptions.find((subscription) => subscription.id === Number(id)) ?? throwNotFound();
  const findCharge = (id: string) => charges.find((charge) => charge.id === Number(id)) ?? throwNotFound();
  function throwNotFound(): never {
    throw NOT_FOUND();
  }
  const statusFilter = (value: string | undefined) => value?.toLowerCase();

  type Handler = (match: RegExpExecArray, params: URLSearchParams, body: Record<string, unknown>) => Response;
  const routes: { method: string; path: RegExp; handle: Handler }[] = [
    {
      method: "GET",
      path: /^\/customers$/,
      handle: (_, params) =>
        listPage("customers", params, ["email", "external_customer_id"], ["id", "created_at", "updated_at"], (filters, sort) => {
          const email = filters.get("email")?.toLowerCase();
          const external = filters.get("external_customer_id");
          const matching = customers.filter((customer) => (email === undefined || customer.email.toLowerCase() === email) && (external === undefined || customer.external_customer_id.ecommerce === external));
          return sorted(matching, sort, (customer) => (sort.field === "id" ? customer.id : customer[sort.field as "created_at" | "updated_at"]));
        }, renderCustomer),
    },
    {
      method: "GET",
      path: /^\/customers\/(\d+)$/,
      handle: (match) => jsonResponse(200, { customer: renderCustomer(customers.find((customer) => customer.id === Number(match[1])) ?? throwNotFound()) }),
    },
    {
      method: "GET",
      path: /^\/subscriptions$/,
      handle: (_, params) =>
        listPage("subscriptions", params, ["customer_id", "address_id", "status"], ["id", "created_at", "updated_at"], (filters, sort) => {
          const [customerId, addressId, status] = [filters.get("customer_id"), filters.get("address_id"), statusFilter(filters.get("status"))];
          const matching = subscriptions.filter(
            (subscription) =>
              (customerId === undefined || subscription.customer_id === Number(customerId)) &&
              (addressId === undefined || subscription.address_id === Number(addressId)) &&
              (status === undefined || subscription.status === status),
          );
          return sorted(matching, sort, (subscription) => (sort.field === "id" ? subscription.id : subscription[sort.field as "created_at" | "updated_at"]));
        }, renderSubscription),
    },
    {
      method: "GET",
      path: /^\/subscriptions\/(\d+)$/,
      handle: (match) => jsonResponse(200, { subscription: renderSubscription(findSubscription(match[1] ?? "")) }),
    },
    {
      method: "PUT",
      path: /^\/subscriptions\/(\d+)$/,
      handle: (match, _, body) => {
        const subscription = findSubscription(match[1] ?? "");
        const now = world.now();
        if ("order_interval_unit" in body || "order_interval_frequency" in body || "charge_interval_frequency" in body) {
          if (!("order_interval_unit" in body && "order_interval_frequency" in body && "charge_interval_frequency" in body)) {
            throw unprocessable({ charge_interval_unit_type: "when passing order_interval_unit provide charge_interval_frequency and order_interval_frequency to update the interval information" });
          }
          const unit = body.order_interval_unit;
          if (typeof unit !== "string" || !(UNITS as readonly string[]).includes(unit)) throw unprocessable({ order_interval_unit: [`must be one of ${UNITS.join(", ")}`] });
          const order = positiveInteger(body.order_interval_frequency);
          const charge = positiveInteger(body.charge_interval_frequency);
          if (order === null) throw unprocessable({ order_interval_frequency: [`must be a whole number from 1 to ${MAX_INTERVAL_FREQUENCY}`] });
          if (charge === null) throw unprocessable({ charge_interval_frequency: [`must be a whole number from 1 to ${MAX_INTERVAL_FREQUENCY}`] });
          if (charge % order !== 0) throw unprocessable({ charge_interval_frequency: ["must be a multiple of order_interval_frequency"] });
          if (subscription.status === "active" && subscription.next_charge_scheduled_at) {
            const moved = rescheduledCharge(
              midnightUtc(subscription.next_charge_scheduled_at),
              { unit: subscription.order_interval_unit, count: subscription.charge_interval_frequency },
              { unit: unit as Unit, count: charge },
              now,
            );
            subscription.next_charge_scheduled_at = calendarDate(moved);
          }
          subscription.order_interval_unit = unit as Unit;
          subscription.order_interval_frequency = order;
          subscription.charge_interval_frequency = charge;
        }
        if ("quantity" in body) {
          const quantity = positiveInteger(body.quantity);
          if (quantity === null) throw unprocessable({ quantity: ["must be a whole number of one or more"] });
          subscription.quantity = quantity;
        }
        subscription.updated_at = timestamp(now);
        syncQueuedCharge(subscription, now);
        return jsonResponse(200, { subscription: renderSubscription(subscription) });
      },
    },
    {
      method: "POST",
      path: /^\/subscriptions\/(\d+)\/cancel$/,
      handle: (match, _, body) => {
        const subscription = findSubscription(match[1] ?? "");
        const reason = body.cancellation_reason;
        if (typeof reason !== "string" || reason.trim() === "") throw unprocessable({ cancellation_reason: ["cancellation_reason is required"] });
        if (subscription.status !== "active") throw unprocessable(`Subscription is already ${subscription.status}`);
        const now = world.now();
        Object.assign(subscription, {
          status: "cancelled",
          cancellation_reason: reason,
          cancellation_reason_comments: typeof body.cancellation_reason_comments === "string" ? body.cancellation_reason_comments : null,
          cancelled_at: timestamp(now),
          next_charge_scheduled_at: null,
          updated_at: timestamp(now),
        });
        syncQueuedCharge(subscription, now);
        return jsonResponse(200, { subscription: renderSubscription(subscription) });
      },
    },
    {
      method: "POST",
      path: /^\/subscriptions\/(\d+)\/activate$/,
      handle: (match) => {
        const subscription = findSubscription(match[1] ?? "");
        if (subscription.status === "active") throw unprocessable("Subscription is already active");
        const now = world.now();
        // A reactivated subscription is charged again from the next day Recharge can schedule: tomorrow.
        Object.assign(subscription, {
          status: "active",
          cancellation_reason: null,
          cancellation_reason_comments: null,
          cancelled_at: null,
          next_charge_scheduled_at: calendarDate(tomorrow(now)),
          updated_at: timestamp(now),
        });
        syncQueuedCharge(subscription, now);
        return jsonResponse(200, { subscription: renderSubscription(subscription) });
      },
    },
    {
      method: "POST",
      path: /^\/subscriptions\/(\d+)\/set_next_charge_date$/,
      handle: (match, _, body) => {
        const subscription = findSubscription(match[1] ?? "");
        const date = typeof body.date === "string" && parseCalendarDate(body.date) ? body.date : null;
        if (date === null) throw unprocessable({ date: ["date must be formatted YYYY-MM-DD"] });
        const now = world.now();
        if (date <= calendarDate(now)) throw unprocessable({ date: ["date is not far enough in the future"] });
        if (subscription.status !== "active") throw unprocessable(`Subscription is ${subscription.status}; activate it before setting a charge date`);
        subscription.next_charge_scheduled_at = date;
        subscription.updated_at = timestamp(now);
        syncQueuedCharge(subscription, now);
        return jsonResponse(200, { subscription: renderSubscription(subscription) });
      },
    },
    {
      method: "GET",
      path: /^\/charges$/,
      handle: (_, params) =>
        listPage("charges", params, ["customer_id", "address_id", "status", "purchase_item_id"], ["id", "scheduled_at", "created_at", "updated_at"], (filters, sort) => {
          const [customerId, addressId, status, item] = [filters.get("customer_id"), filters.get("address_id"), statusFilter(filters.get("status")), filters.get("purchase_item_id")];
          const matching = charges.filter(
            (charge) =>
              (customerId === undefined || charge.customer_id === Number(customerId)) &&
              (addressId === undefined || charge.address_id === Number(addressId)) &&
              (status === undefined || charge.status === status) &&
              (item === undefined || charge.line_items.some((line) => line.purchase_item_id === Number(item))),
          );
          return sorted(matching, sort, (charge) => (sort.field === "id" ? charge.id : charge[sort.field]));
        }, renderCharge),
    },
    {
      method: "GET",
      path: /^\/charges\/(\d+)$/,
      handle: (match) => jsonResponse(200, { charge: renderCharge(findCharge(match[1] ?? "")) }),
    },
    {
      method: "POST",
      path: /^\/charges\/(\d+)\/skip$/,
      handle: (match, _, body) => {
        const charge = findCharge(match[1] ?? "");
        const ids = body.purchase_item_ids;
        if (!Array.isArray(ids) || ids.length === 0) throw unprocessable({ purchase_item_ids: ["is required"] });
        const skipping = charge.line_items.filter((line) => ids.map(Number).includes(line.purchase_item_id));
        if (skipping.length !== ids.length) throw unprocessable({ purchase_item_ids: ["must be purchase items on this charge"] });
        if (charge.status !== "queued") throw unprocessable(`Charge is ${charge.status}; only a queued charge can be skipped`);
        const now = world.now();
        // Skipping some lines of a charge splits them off into a skipped charge of their own.
        const remaining = charge.line_items.filter((line) => !skipping.includes(line));
        const skipped: RechargeCharge = remaining.length === 0 ? charge : { ...charge, id: nextChargeId++, line_items: skipping, created_at: timestamp(now) };
        if (skipped !== charge) {
          charge.line_items = remaining;
          charges.push(skipped);
        }
        Object.assign(skipped, { status: "skipped", updated_at: timestamp(now) });
        for (const line of skipping) {
          const subscription = subscriptions.find((candidate) => candidate.id === line.purchase_item_id);
          if (!subscription?.next_charge_scheduled_at) continue;
          const after = addInterval(midnightUtc(charge.scheduled_at), { unit: subscription.order_interval_unit, count: subscription.charge_interval_frequency });
          subscription.next_charge_scheduled_at = calendarDate(after);
          subscription.updated_at = timestamp(now);
          syncQueuedCharge(subscription, now);
        }
        return jsonResponse(200, { charge: renderCharge(skipped) });
      },
    },
  ];

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.headers.get("X-Recharge-Access-Token") !== DEMO_PROVIDER_CREDENTIALS.recharge.accessToken) {
      return jsonResponse(401, { errors: "Invalid API Token" });
    }
    // Other versions answer in other shapes (2021-01 pages with Link headers and names fields differently).
    if (request.headers.get("X-Recharge-Version") !== API_VERSION) {
      return jsonResponse(426, { errors: `This store answers X-Recharge-Version ${API_VERSION} only` });
    }
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const matching = routes.filter((route) => route.path.test(path));
    if (matching.length === 0) return jsonResponse(404, { error: "endpoint not found" });
    const route = matching.find((candidate) => candidate.method === request.method);
    if (!route) return jsonResponse(405, { errors: "Method Not Allowed" });

    let body: Record<string, unknown> = {};
    if (request.method === "POST" || request.method === "PUT") {
      const text = await request.text();
      if (text.trim() !== "") {
        try {
          const parsed: unknown = JSON.parse(text);
          if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
          body = parsed as Record<string, unknown>;
        } catch {
          return jsonResponse(415, { errors: "The request body must be a JSON object" });
        }
      }
    }
    try {
      return route.handle(route.path.exec(path) as RegExpExecArray, url.searchParams, body);
    } catch (error) {
      if (error instanceof RechargeError) return jsonResponse(error.status, { errors: error.errors });
      throw error;
    }
  }

  return { id: "recharge", baseUrl: BASE_URL, handle };
}
