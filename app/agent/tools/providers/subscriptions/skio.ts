import { z } from "zod";
import { calendarDate, tomorrow } from "../../../../lib/calendar";
import { nullIfNotFound, ProviderError, providerHttp } from "../http";
import type { AdapterDeps, ShopperRef, Subscription, SubscriptionProvider, SubscriptionStatus } from "../types";
import { requireWholeFrequency } from "./shared";

/**
 * Skio over its GraphQL API (code.skio.com): a Hasura-style schema whose `Subscriptions` take `where` filters, plus
 * one mutation per action, each answering `{ok, message}` (or the subscription id). Skio mirrors Shopify: a
 * StorefrontUser's `platformId` is the Shopify customer GID.
 *
 * Skio answers `ok: true` to some mutations on ids it does not hold, so every action first reads the subscription
 * through a filter on the shopper (`Subscriptions(where: {id, StorefrontUser})`) and refuses one that is not theirs.
 *
 * What has no equivalent: Skio's cancel takes no reason (reasons belong to its own cancel flow), so the shopper's
 * reason is not sent; it stays in the conversation. Pause is Skio's open-ended pause; resume unpauses it.
 */

export const SKIO_API_URL = "https://graphql.skio.com/v1/graphql";
const NAME = "Skio";

/**
 * Skio allows 100 nodes per request. Eight subscriptions with their billing policy and up to three lines (each with
 * its variant and product) stay under it; a shopper with more sees their newest eight.
 */
const MAX_SUBSCRIPTIONS = 8;
const MAX_LINES = 3;

const SUBSCRIPTION_FIELDS = `
  id
  status
  nextBillingDate
  currencyCode
  BillingPolicy { interval intervalCount }
  SubscriptionLines(where: {removedAt: {_is_null: true}}, limit: ${MAX_LINES}) {
    quantity
    priceWithoutDiscount
    ProductVariant { title Product { title } }
  }`;

const SHOPPER_SUBSCRIPTIONS = `query ShopperSubscriptions($where: Subscription_bool_exp!) {
  Subscriptions(where: $where, order_by: {createdAt: desc}, limit: ${MAX_SUBSCRIPTIONS}) {${SUBSCRIPTION_FIELDS}
  }
}`;

const SkioStatus = z.enum(["ACTIVE", "PAUSED", "CANCELLED", "EXPIRED"]);
const STATUS: Record<z.infer<typeof SkioStatus>, SubscriptionStatus> = { ACTIVE: "active", PAUSED: "paused", CANCELLED: "cancelled", EXPIRED: "cancelled" };

const SkioSubscription = z.object({
  id: z.string(),
  status: z.string().transform((status) => status.toUpperCase()).pipe(SkioStatus),
  nextBillingDate: z.string().nullish(),
  currencyCode: z.string().nullish(),
  BillingPolicy: z.object({
    interval: z.string().transform((interval) => interval.toLowerCase()).pipe(z.enum(["day", "week", "month", "year"])),
    intervalCount: z.number().int().positive(),
  }),
  SubscriptionLines: z.array(
    z.object({
      quantity: z.number(),
      // Hasura sends numeric columns as JSON numbers, or as strings when they are long.
      priceWithoutDiscount: z.union([z.number(), z.string()]).transform(Number).pipe(z.number()),
      ProductVariant: z.object({ title: z.string().nullish(), Product: z.object({ title: z.string() }) }),
    }),
  ),
});
type SkioSubscription = z.infer<typeof SkioSubscription>;
const SubscriptionsData = z.object({ Subscriptions: z.array(SkioSubscription) });

const GraphqlError = z.object({
  message: z.string(),
  extensions: z.object({ code: z.string().nullish(), detail: z.string().nullish() }).nullish(),
});
const GraphqlBody = z.object({ data: z.unknown().nullish(), errors: z.array(GraphqlError).optional() });

const MutationResult = z.object({ ok: z.boolean(), message: z.string().nullish() });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Matches the shopper's StorefrontUser by Shopify customer GID, or by their email in any letter case. */
function ownerFilter(shopper: ShopperRef) {
  const byGid = { platformId: { _eq: shopper.customerId } };
  if (!shopper.email) return byGid;
  // _ilike is a pattern: the email's own % and _ must match literally.
  const email = shopper.email.replace(/[\\%_]/g, (character) => `\\${character}`);
  return { _or: [byGid, { email: { _ilike: email } }] };
}

function toSubscription(subscription: SkioSubscription): Subscription {
  const status = STATUS[subscription.status];
  const lines = subscription.SubscriptionLines;
  const [only] = lines.length === 1 ? lines : [];
  return {
    id: subscription.id,
    productTitle: lines.map((line) => line.ProductVariant.Product.title).join(", ") || "Subscription",
    status,
    frequency: { unit: subscription.BillingPolicy.interval, count: subscription.BillingPolicy.intervalCount },
    nextChargeAt: status === "active" && subscription.nextBillingDate ? new Date(subscription.nextBillingDate).toISOString() : null,
    // One line has one price; several lines have no single unit price to show.
    price: only && subscription.currencyCode ? { amount: only.priceWithoutDiscount.toFixed(2), currencyCode: subscription.currencyCode } : null,
    quantity: lines.reduce((sum, line) => sum + line.quantity, 0),
  };
}

export function createSkio(credentials: Record<string, string>, deps: AdapterDeps = {}): SubscriptionProvider {
  const http = providerHttp({ provider: NAME, baseUrl: SKIO_API_URL, headers: { authorization: `API ${credentials.apiToken ?? ""}` }, ...deps });
  const notFound = (id: string) => new ProviderError(NAME, "not_found", `no subscription ${id} for this shopper`, 404);
  const rejected = (message: string) => new ProviderError(NAME, "rejected", message);

  /** Skio reports refusals inside a 200: a GraphQL `errors` list, mapped to what it means for the shopper. */
  function graphqlFailure(errors: z.infer<typeof GraphqlError>[]): ProviderError {
    const first = errors[0];
    const detail = first?.extensions?.detail || first?.message || "unknown error";
    const code = first?.extensions?.code ?? "";
    // Skio's answer for an id it does not hold; it reads like a permissions failure but is not one.
    if (/lambda policy revoked/i.test(detail)) return new ProviderError(NAME, "not_found", "Skio holds no such subscription", 404);
    if (code === "access-denied" || /unauthori[sz]ed/i.test(first?.message ?? "")) return new ProviderError(NAME, "unauthorized", detail.slice(0, 200), 401);
    return rejected(detail.slice(0, 200));
  }

  async function graphql<T>(query: string, variables: Record<string, unknown>, data: z.ZodType<T>, idempotent: boolean): Promise<T> {
    const body = await http.request("POST", "", { body: { query, variables }, schema: GraphqlBody, idempotent });
    if (body.errors?.length) throw graphqlFailure(body.errors);
    const parsed = data.safeParse(body.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ProviderError(NAME, "bad_response", `answered in an unexpected shape (${issue?.path.join(".") || "data"} ${issue?.message ?? ""})`);
    }
    return parsed.data;
  }

  const read = (where: Record<string, unknown>) => graphql(SHOPPER_SUBSCRIPTIONS, { where }, SubscriptionsData, true);

  /** The subscription, read fresh through a filter on the shopper, or not_found. */
  async function owned(shopper: ShopperRef, id: string): Promise<SkioSubscription> {
    // Skio ids are UUIDs; anything else would come back as an "internal error" rather than a miss.
    if (!UUID.test(id)) throw notFound(id);
    const [subscription] = (await read({ id: { _eq: id }, StorefrontUser: ownerFilter(shopper) })).Subscriptions;
    if (!subscription) throw notFound(id);
    return subscription;
  }

  /**
   * Runs one mutation that answers `ok` (most also a `message`); ok: false is Skio refusing it. `fields` is what the
   * mutation's output type has: cancel and reactivate answer `ok` alone.
   */
  async function mutate(name: string, inputType: string, input: Record<string, unknown>, fields = "ok message"): Promise<void> {
    const query = `mutation ${name}($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`;
    const result = await graphql(query, { input }, z.object({ [name]: MutationResult }), false);
    const outcome = result[name];
    if (!outcome?.ok) throw rejected(outcome?.message || `${name} was refused`);
  }

  return {
    id: "skio",
    name: NAME,
    pausing: { kind: "until_resumed" },

    async verifyCredentials() {
      await graphql("query VerifyCredentials { Subscriptions(limit: 1) { id } }", {}, z.object({ Subscriptions: z.array(z.object({ id: z.string() })) }), true);
    },

    async subscriptions(shopper) {
      return (await read({ StorefrontUser: ownerFilter(shopper) })).Subscriptions.map(toSubscription);
    },

    async subscription(shopper, id) {
      return nullIfNotFound(owned(shopper, id).then(toSubscription));
    },

    async skipNextCharge(shopper, id) {
      const subscription = await owned(shopper, id);
      if (subscription.status !== "ACTIVE") throw rejected(`subscription ${id} is ${subscription.status.toLowerCase()}; only an active one can skip`);
      // Without a skipOption Skio skips exactly one billing cycle.
      await mutate("skipSubscription", "SkipSubscriptionInput", { subscriptionId: id });
    },

    async pause(shopper, id) {
      const subscription = await owned(shopper, id);
      if (subscription.status === "PAUSED") return;
      if (subscription.status !== "ACTIVE") throw rejected(`subscription ${id} is ${subscription.status.toLowerCase()}; only an active one can be paused`);
      // No skipOption: an open-ended pause, until the shopper resumes.
      await mutate("pauseSubscription", "pauseSubscriptionInput", { subscriptionId: id });
    },

    async resume(shopper, id) {
      const subscription = await owned(shopper, id);
      if (subscription.status === "PAUSED") return mutate("unpauseSubscription", "unpauseSubscriptionInput", { subscriptionId: id });
      if (subscription.status === "ACTIVE") return;
      // A cancelled subscription comes back through reactivation, which needs a billing date: the earliest, tomorrow.
      const newBillingDate = calendarDate(tomorrow(new Date()));
      await mutate("reactivateSubscription", "ReactivateSubscriptionInput", { subscriptionId: id, newBillingDate }, "ok");
    },

    async cancel(shopper, id) {
      // The reason has no field in Skio's CancelSubscriptionInput (see the header); shouldSendNotif lets Skio
      // confirm the cancellation to the shopper as the store has set it up.
      const subscription = await owned(shopper, id);
      if (subscription.status === "CANCELLED" || subscription.status === "EXPIRED") return;
      await mutate("cancelSubscription", "CancelSubscriptionInput", { subscriptionId: id, shouldSendNotif: true }, "ok");
    },

    async changeFrequency(shopper, id, frequency) {
      requireWholeFrequency(NAME, frequency);
      const subscription = await owned(shopper, id);
      if (subscription.status === "CANCELLED" || subscription.status === "EXPIRED") throw rejected(`subscription ${id} is ${subscription.status.toLowerCase()}`);
      const query = "mutation subscriptionEditInterval($input: SubscriptionEditIntervalInput!) { subscriptionEditInterval(input: $input) { subscriptionId } }";
      const input = { subscriptionId: id, billingInterval: frequency.unit.toUpperCase(), billingIntervalCount: frequency.count };
      const result = await graphql(query, { input }, z.object({ subscriptionEditInterval: z.object({ subscriptionId: z.string().nullish() }).nullish() }), false);
      if (!result.subscriptionEditInterval?.subscriptionId) throw rejected(`Skio did not change the frequency of subscription ${id}`);
    },
  };
}
