import { z } from "zod";
import { addInterval, calendarDate, parseCalendarDate } from "../../../../lib/calendar";
import { nullIfNotFound, ProviderError, providerHttp } from "../http";
import type { AdapterDeps, Frequency, ShopperRef, Subscription, SubscriptionProvider } from "../types";
import { requireWholeFrequency } from "./shared";

/**
 * Recharge over its REST API, version 2021-11 (developer.rechargepayments.com/2021-11): customers, subscriptions and
 * charges, with cursor pagination (`limit` up to 250, then only `cursor` + `limit`, following `next_cursor`).
 *
 * The shopper is found by the email on their Shopify customer record, or by the Shopify customer id Recharge keeps
 * as `external_customer_id.ecommerce`; a Recharge customer that names another Shopify customer is never taken for
 * them. Every action re-reads the subscription and refuses one whose `customer_id` is not the shopper's.
 */

export const RECHARGE_API_BASE_URL = "https://api.rechargeapps.com";
export const RECHARGE_API_VERSION = "2021-11";
const NAME = "Recharge";

/**
 * Recharge has no paused state (a subscription is active, cancelled or expired). Its documented way to pause
 * ("Pausing or delaying orders" in Recharge's help centre) is to move the upcoming charge date, which is what pause
 * does: the next charge moves out by this much and the subscription resumes on its own. It stays "active".
 */
export const RECHARGE_PAUSE: Frequency = { unit: "month", count: 1 };

const PAGE_LIMIT = 250;
/** A shopper has a handful of subscriptions and charges; more pages than this means something is wrong. */
const MAX_PAGES = 20;

const Cursor = z.string().nullish();
const Count = z.union([z.number(), z.string()]).transform(Number).pipe(z.number().int().positive());
const Lowercase = z.string().transform((value) => value.toLowerCase());

const RechargeCustomer = z.object({
  id: z.number(),
  email: z.string(),
  external_customer_id: z.object({ ecommerce: z.string().nullish() }).nullish(),
});
type RechargeCustomer = z.infer<typeof RechargeCustomer>;
const CustomersPage = z.object({ next_cursor: Cursor, customers: z.array(RechargeCustomer) });

const RechargeSubscription = z.object({
  id: z.number(),
  customer_id: z.number(),
  status: Lowercase.pipe(z.enum(["active", "cancelled", "expired"])),
  product_title: z.string(),
  price: z.union([z.string(), z.number()]).transform(String),
  presentment_currency: z.string().nullish(),
  quantity: z.number(),
  // Documented as day | week | month; older records say "days", "Months".
  order_interval_unit: Lowercase.transform((unit) => unit.replace(/s$/, "")).pipe(z.enum(["day", "week", "month"])),
  order_interval_frequency: Count,
  charge_interval_frequency: Count,
  next_charge_scheduled_at: z.string().nullish(),
  is_prepaid: z.boolean().optional(),
});
type RechargeSubscription = z.infer<typeof RechargeSubscription>;
const SubscriptionEnvelope = z.object({ subscription: RechargeSubscription });
const SubscriptionsPage = z.object({ next_cursor: Cursor, subscriptions: z.array(RechargeSubscription) });

const RechargeCharge = z.object({
  id: z.number(),
  scheduled_at: z.string().nullish(),
  line_items: z.array(z.object({ purchase_item_id: z.number().nullish() })),
});
const ChargesPage = z.object({ next_cursor: Cursor, charges: z.array(RechargeCharge) });
const ChargeEnvelope = z.object({ charge: z.object({ id: z.number() }) });

type Query = Record<string, string | number | undefined>;

/** The number in a Shopify customer GID (gid://shopify/Customer/123 → "123"), which Recharge stores as text. */
function shopifyCustomerNumber(customerId: string): string | null {
  return /^(?:gid:\/\/shopify\/Customer\/)?(\d+)$/.exec(customerId)?.[1] ?? null;
}

/** Recharge dates are calendar dates (YYYY-MM-DD, sometimes with a time); null when there is none. */
function chargeDate(value: string | null | undefined): Date | null {
  return value ? parseCalendarDate(value.slice(0, 10)) : null;
}

function toSubscription(subscription: RechargeSubscription): Subscription {
  const active = subscription.status === "active";
  const next = chargeDate(subscription.next_charge_scheduled_at);
  return {
    id: String(subscription.id),
    productTitle: subscription.product_title,
    status: active ? "active" : "cancelled",
    frequency: { unit: subscription.order_interval_unit, count: subscription.order_interval_frequency },
    nextChargeAt: active && next ? next.toISOString() : null,
    // Without a currency the amount means nothing to the shopper, so it is left out rather than assumed.
    price: subscription.presentment_currency ? { amount: subscription.price, currencyCode: subscription.presentment_currency } : null,
    quantity: subscription.quantity,
  };
}

/** Recharge intervals are day, week or month; a yearly frequency is sent as twelve months per year. */
function rechargeInterval({ unit, count }: Frequency): { unit: "day" | "week" | "month"; count: number } {
  return unit === "year" ? { unit: "month", count: 12 * count } : { unit, count };
}

export function createRecharge(credentials: Record<string, string>, deps: AdapterDeps = {}): SubscriptionProvider {
  const http = providerHttp({
    provider: NAME,
    baseUrl: RECHARGE_API_BASE_URL,
    headers: { "X-Recharge-Access-Token": credentials.accessToken ?? "", "X-Recharge-Version": RECHARGE_API_VERSION },
    ...deps,
  });
  const notFound = (id: string) => new ProviderError(NAME, "not_found", `no subscription ${id} for this shopper`, 404);
  const rejected = (message: string) => new ProviderError(NAME, "rejected", message);

  /** Every page of a list; after the first page Recharge takes only the cursor and the limit. */
  async function listAll<P extends { next_cursor?: string | null }, T>(path: string, filters: Query, schema: z.ZodType<P>, items: (page: P) => T[]): Promise<T[]> {
    const all: T[] = [];
    let query: Query = { ...filters, limit: PAGE_LIMIT };
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = await http.request("GET", path, { query, schema });
      all.push(...items(body));
      if (!body.next_cursor) return all;
      query = { cursor: body.next_cursor, limit: PAGE_LIMIT };
    }
    throw new ProviderError(NAME, "bad_response", `more than ${MAX_PAGES} pages of ${path}`);
  }

  async function findCustomers(query: Query): Promise<RechargeCustomer[]> {
    return (await http.request("GET", "/customers", { query, schema: CustomersPage })).customers;
  }

  async function rechargeCustomer(shopper: ShopperRef): Promise<RechargeCustomer | null> {
    const shopifyId = shopifyCustomerNumber(shopper.customerId);
    const linkedTo = (customer: RechargeCustomer) => customer.external_customer_id?.ecommerce ?? null;
    if (shopper.email) {
      const email = shopper.email.toLowerCase();
      const byEmail = (await findCustomers({ email: shopper.email })).find(
        (customer) => customer.email.toLowerCase() === email && (linkedTo(customer) === null || linkedTo(customer) === shopifyId),
      );
      if (byEmail) return byEmail;
    }
    if (!shopifyId) return null;
    return (await findCustomers({ external_customer_id: shopifyId })).find((customer) => linkedTo(customer) === shopifyId) ?? null;
  }

  /** The subscription, read fresh, if it is the shopper's; otherwise not_found, so a guessed id learns nothing. */
  async function owned(shopper: ShopperRef, id: string): Promise<RechargeSubscription> {
    if (!/^\d+$/.test(id)) throw notFound(id);
    const customer = await rechargeCustomer(shopper);
    if (!customer) throw notFound(id);
    const { subscription } = await http.request("GET", `/subscriptions/${id}`, { schema: SubscriptionEnvelope });
    if (subscription.customer_id !== customer.id) throw notFound(id);
    return subscription;
  }

  function requireActive(subscription: RechargeSubscription, action: string): void {
    if (subscription.status !== "active") throw rejected(`subscription ${subscription.id} is ${subscription.status}; only an active one can ${action}`);
  }

  return {
    id: "recharge",
    name: NAME,
    pausing: { kind: "delay", by: RECHARGE_PAUSE },

    async verifyCredentials() {
      await http.request("GET", "/customers", { query: { limit: 1 }, schema: CustomersPage });
    },

    async subscriptions(shopper) {
      const customer = await rechargeCustomer(shopper);
      if (!customer) return [];
      const subscriptions = await listAll("/subscriptions", { customer_id: customer.id }, SubscriptionsPage, (page) => page.subscriptions);
      return subscriptions.map(toSubscription);
    },

    async subscription(shopper, id) {
      return nullIfNotFound(owned(shopper, id).then(toSubscription));
    },

    async skipNextCharge(shopper, id) {
      const subscription = await owned(shopper, id);
      requireActive(subscription, "skip a charge");
      const queued = await listAll("/charges", { customer_id: subscription.customer_id, status: "queued" }, ChargesPage, (page) => page.charges);
      const next = queued
        .filter((charge) => charge.line_items.some((item) => item.purchase_item_id === subscription.id))
        .sort((a, b) => (a.scheduled_at ?? "").localeCompare(b.scheduled_at ?? ""))[0];
      if (!next) throw rejected(`subscription ${id} has no upcoming charge to skip`);
      // 2021-11 skips by purchase item: only this subscription's line, even when the charge carries others too.
      await http.request("POST", `/charges/${next.id}/skip`, { body: { purchase_item_ids: [subscription.id] }, schema: ChargeEnvelope });
    },

    async pause(shopper, id) {
      const subscription = await owned(shopper, id);
      requireActive(subscription, "be paused");
      const next = chargeDate(subscription.next_charge_scheduled_at);
      if (!next) throw rejected(`subscription ${id} has no next charge to move`);
      await http.request("POST", `/subscriptions/${id}/set_next_charge_date`, {
        body: { date: calendarDate(addInterval(next, RECHARGE_PAUSE)) },
        schema: SubscriptionEnvelope,
      });
    },

    async resume(shopper, id) {
      const subscription = await owned(shopper, id);
      // An active subscription has nothing to resume: Recharge has no paused state, and a charge moved out by pause
      // keeps its date rather than being brought forward to one nobody chose.
      if (subscription.status === "active") return;
      await http.request("POST", `/subscriptions/${id}/activate`, { body: {}, schema: SubscriptionEnvelope });
    },

    async cancel(shopper, id, reason) {
      const subscription = await owned(shopper, id);
      // Cancelled or expired already: nothing is left to cancel.
      if (subscription.status !== "active") return;
      await http.request("POST", `/subscriptions/${id}/cancel`, {
        body: { cancellation_reason: reason.trim() || "Requested by the customer" },
        schema: SubscriptionEnvelope,
      });
    },

    async changeFrequency(shopper, id, frequency) {
      requireWholeFrequency(NAME, frequency);
      const subscription = await owned(shopper, id);
      requireActive(subscription, "change its frequency");
      // A prepaid plan charges for several deliveries at once; setting both intervals alike would break it.
      if (subscription.is_prepaid) throw rejected(`subscription ${id} is prepaid; its frequency is changed by the merchant`);
      const interval = rechargeInterval(frequency);
      await http.request("PUT", `/subscriptions/${id}`, {
        body: { order_interval_unit: interval.unit, order_interval_frequency: interval.count, charge_interval_frequency: interval.count },
        schema: SubscriptionEnvelope,
      });
    },
  };
}
