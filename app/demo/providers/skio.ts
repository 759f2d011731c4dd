import { buildSchema, execute, GraphQLError, parse, validate, type DocumentNode } from "graphql";
import { addInterval, tomorrow, type CalendarUnit, type Interval as CalendarInterval } from "../../lib/calendar";
import { DEMO_PROVIDER_CREDENTIALS } from "./credentials";
import { jsonResponse, type FakeWorld, type ProviderFake } from "./fake";
import { rescheduledCharge, seedSubscriptions, stableUuid } from "./subscription-seed";

/**
 * Skio's GraphQL API (code.skio.com) for the demo shop: the part of its Hasura schema a support agent uses —
 * `Subscriptions` / `SubscriptionByPk` / `StorefrontUsers` with `where` filters, `order_by`, `limit` and `offset`,
 * and the subscription mutations (skip, pause, unpause, cancel, reactivate, edit interval, next billing date).
 * Errors come as Hasura sends them: HTTP 200 with `{errors: [{message, extensions: {path, code}}]}`; a mutation on
 * an id Skio does not hold answers "Lambda policy revoked", and a refused mutation answers `ok: false`.
 */

const ENDPOINT = "https://graphql.skio.com/v1/graphql";

const SDL = /* GraphQL */ `
  scalar uuid
  scalar timestamptz
  scalar numeric

  enum order_by { asc asc_nulls_first asc_nulls_last desc desc_nulls_first desc_nulls_last }

  input String_comparison_exp {
    _eq: String _neq: String _gt: String _gte: String _lt: String _lte: String _in: [String!] _nin: [String!]
    _is_null: Boolean _like: String _nlike: String _ilike: String _nilike: String
  }
  input uuid_comparison_exp { _eq: uuid _neq: uuid _in: [uuid!] _nin: [uuid!] _is_null: Boolean }
  input timestamptz_comparison_exp {
    _eq: timestamptz _neq: timestamptz _gt: timestamptz _gte: timestamptz _lt: timestamptz _lte: timestamptz _is_null: Boolean
  }
  input Int_comparison_exp { _eq: Int _neq: Int _gt: Int _gte: Int _lt: Int _lte: Int _in: [Int!] _nin: [Int!] _is_null: Boolean }

  input StorefrontUser_bool_exp {
    _and: [StorefrontUser_bool_exp!] _or: [StorefrontUser_bool_exp!] _not: StorefrontUser_bool_exp
    id: uuid_comparison_exp email: String_comparison_exp firstName: String_comparison_exp lastName: String_comparison_exp
    phoneNumber: String_comparison_exp platformId: String_comparison_exp createdAt: timestamptz_comparison_exp
    Subscriptions: Subscription_bool_exp
  }
  input Policy_bool_exp {
    _and: [Policy_bool_exp!] _or: [Policy_bool_exp!] _not: Policy_bool_exp
    id: uuid_comparison_exp interval: String_comparison_exp intervalCount: Int_comparison_exp
  }
  input Product_bool_exp { _and: [Product_bool_exp!] _or: [Product_bool_exp!] _not: Product_bool_exp id: uuid_comparison_exp title: String_comparison_exp platformId: String_comparison_exp }
  input ProductVariant_bool_exp {
    _and: [ProductVariant_bool_exp!] _or: [ProductVariant_bool_exp!] _not: ProductVariant_bool_exp
    id: uuid_comparison_exp title: String_comparison_exp platformId: String_comparison_exp sku: String_comparison_exp Product: Product_bool_exp
  }
  input SubscriptionLine_bool_exp {
    _and: [SubscriptionLine_bool_exp!] _or: [SubscriptionLine_bool_exp!] _not: SubscriptionLine_bool_exp
    id: uuid_comparison_exp subscriptionId: uuid_comparison_exp quantity: Int_comparison_exp removedAt: timestamptz_comparison_exp
    createdAt: timestamptz_comparison_exp ProductVariant: ProductVariant_bool_exp Subscription: Subscription_bool_exp
  }
  input Subscription_bool_exp {
    _and: [Subscription_bool_exp!] _or: [Subscription_bool_exp!] _not: Subscription_bool_exp
    id: uuid_comparison_exp platformId: String_comparison_exp status: String_comparison_exp statusContext: String_comparison_exp
    nextBillingDate: timestamptz_comparison_exp cancelledAt: timestamptz_comparison_exp createdAt: timestamptz_comparison_exp
    updatedAt: timestamptz_comparison_exp storefrontUserId: uuid_comparison_exp currencyCode: String_comparison_exp
    cyclesCompleted: Int_comparison_exp StorefrontUser: StorefrontUser_bool_exp BillingPolicy: Policy_bool_exp
    DeliveryPolicy: Policy_bool_exp SubscriptionLines: SubscriptionLine_bool_exp
  }

  input Subscription_order_by {
    id: order_by createdAt: order_by updatedAt: order_by nextBillingDate: order_by cancelledAt: order_by status: order_by
    platformId: order_by cyclesCompleted: order_by
  }
  input SubscriptionLine_order_by { id: order_by createdAt: order_by quantity: order_by priceWithoutDiscount: order_by }
  input StorefrontUser_order_by { id: order_by createdAt: order_by email: order_by }

  type Product { id: uuid! title: String! platformId: String }
  type ProductVariant { id: uuid! title: String! platformId: String price: numeric sku: String productId: uuid! Product: Product! }
  type Policy { id: uuid! interval: String! intervalCount: Int! createdAt: timestamptz! updatedAt: timestamptz! }
  type SubscriptionLine {
    id: uuid! subscriptionId: uuid! productVariantId: uuid! quantity: Int! priceWithoutDiscount: numeric! isPrepaid: Boolean!
    removedAt: timestamptz createdAt: timestamptz! updatedAt: timestamptz! ProductVariant: ProductVariant! Subscription: Subscription!
  }
  type StorefrontUser {
    id: uuid! email: String! firstName: String lastName: String phoneNumber: String platformId: String! createdAt: timestamptz!
    updatedAt: timestamptz!
    Subscriptions(limit: Int, offset: Int, order_by: [Subscription_order_by!], where: Subscription_bool_exp): [Subscription!]!
  }
  type Subscription {
    id: uuid! platformId: String! status: String! statusContext: String nextBillingDate: timestamptz cancelledAt: timestamptz
    createdAt: timestamptz! updatedAt: timestamptz! currencyCode: String! cyclesCompleted: Int! storefrontUserId: uuid!
    billingPolicyId: uuid! deliveryPolicyId: uuid! BillingPolicy: Policy! DeliveryPolicy: Policy! StorefrontUser: StorefrontUser!
    SubscriptionLines(limit: Int, offset: Int, order_by: [SubscriptionLine_order_by!], where: SubscriptionLine_bool_exp): [SubscriptionLine!]!
  }

  type query_root {
    Subscriptions(limit: Int, offset: Int, order_by: [Subscription_order_by!], where: Subscription_bool_exp): [Subscription!]!
    SubscriptionByPk(id: uuid!): Subscription
    StorefrontUsers(limit: Int, offset: Int, order_by: [StorefrontUser_order_by!], where: StorefrontUser_bool_exp): [StorefrontUser!]!
    StorefrontUserByPk(id: uuid!): StorefrontUser
  }

  input SkipOption { unit: String! value: Float! }
  input SkipSubscriptionInput { subscriptionId: String! skipOption: SkipOption debugCaller: String }
  type SkipSubscriptionOutput { message: String! nextBillingDate: timestamptz ok: Boolean! }
  input pauseSubscriptionInput { subscriptionId: String! skipOption: SkipOption debugCaller: String }
  type pauseSubscriptionOutput { message: String! ok: Boolean! }
  input unpauseSubscriptionInput { subscriptionId: String! isTemporaryPause: Boolean }
  type unpauseSubscriptionOutput { message: String! ok: Boolean! }
  input CancelSubscriptionInput { cancelSessionId: String permanentlyCancel: Boolean shouldSendNotif: Boolean subscriptionId: uuid! }
  type CancelSubscriptionOutput { ok: Boolean! }
  input ReactivateSubscriptionInput { subscriptionId: String! newBillingDate: String }
  type ReactivateSubscriptionOutput { ok: Boolean! }
  input SubscriptionEditIntervalInput {
    subscriptionId: String! billingInterval: String billingIntervalCount: Int nextBillingDate: String
    prepaidDeliveryInterval: String prepaidDeliveryIntervalCount: Int debugCaller: String
  }
  type SubscriptionEditIntervalOutput { subscriptionId: uuid }
  input UpdateNextBillingDateInput { date: String! subscriptionId: uuid! debugCaller: String }
  type UpdateNextBillingDateOutput { message: String! ok: Boolean! }

  type mutation_root {
    skipSubscription(input: SkipSubscriptionInput!): SkipSubscriptionOutput
    pauseSubscription(input: pauseSubscriptionInput!): pauseSubscriptionOutput
    unpauseSubscription(input: unpauseSubscriptionInput!): unpauseSubscriptionOutput
    cancelSubscription(input: CancelSubscriptionInput!): CancelSubscriptionOutput
    reactivateSubscription(input: ReactivateSubscriptionInput!): ReactivateSubscriptionOutput
    subscriptionEditInterval(input: SubscriptionEditIntervalInput!): SubscriptionEditIntervalOutput
    updateNextBillingDate(input: UpdateNextBillingDateInput!): UpdateNextBillingDateOutput
  }

  schema { query: query_root mutation: mutation_root }
`;

const schema = buildSchema(SDL);

/** Skio's SellingPlanInterval values, the units its policies and skip windows take. */
const INTERVALS = ["DAY", "WEEK", "MONTH", "YEAR"] as const;
type Interval = (typeof INTERVALS)[number];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Columns of type uuid: comparing them with anything else is a database error in Hasura, not a miss. */
const UUID_COLUMNS = new Set(["id", "storefrontUserId", "subscriptionId", "productVariantId", "productId"]);

type Policy = { id: string; interval: Interval; intervalCount: number; createdAt: string; updatedAt: string };
type Product = { id: string; title: string; platformId: string };
type Variant = { id: string; title: string; platformId: string; price: number; sku: string; productId: string; Product: Product };
type Line = { id: string; subscriptionId: string; productVariantId: string; quantity: number; priceWithoutDiscount: number; isPrepaid: boolean; removedAt: string | null; createdAt: string; updatedAt: string; ProductVariant: Variant };
type User = { id: string; email: string; firstName: string; lastName: string; phoneNumber: string | null; platformId: string; createdAt: string; updatedAt: string };
type Status = "ACTIVE" | "PAUSED" | "CANCELLED";
type SkioSubscription = {
  id: string;
  platformId: string;
  status: Status;
  statusContext: string | null;
  nextBillingDate: string | null;
  cancelledAt: string | null;
  createdAt: string;
  updatedAt: string;
  currencyCode: string;
  cyclesCompleted: number;
  storefrontUserId: string;
  BillingPolicy: Policy;
  DeliveryPolicy: Policy;
  lines: Line[];
};

/** Hasura's timestamptz: ISO 8601 with an explicit UTC offset. */
const timestamptz = (date: Date) => date.toISOString().replace(/Z$/, "+00:00");

type Expression = Record<string, unknown>;
/** A row as `where` sees it: its columns, and the rows its relationships point to (undefined: no such relationship). */
type Row = { column(name: string): unknown; related(name: string): Row | Row[] | null | undefined };

const fail = (message: string, code: string) => new GraphQLError(message, { extensions: { code, path: "$" } });

/** SQL LIKE as a regular expression: % any run, _ one character, a backslash escapes the next. */
function likePattern(pattern: string, flags: string): RegExp {
  let source = "";
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index] ?? "";
    if (character === "\\" && index + 1 < pattern.length) source += (pattern[++index] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (character === "%") source += ".*";
    else if (character === "_") source += ".";
    else source += character.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, flags);
}

function assertUuid(value: unknown): void {
  if (typeof value !== "string" || !UUID.test(value)) throw fail(`invalid input syntax for type uuid: ${JSON.stringify(value)}`, "data-exception");
}

function compare(column: string, value: unknown, comparison: Expression): boolean {
  return Object.entries(comparison).every(([operator, operand]) => {
    if (UUID_COLUMNS.has(column) && operator !== "_is_null") (Array.isArray(operand) ? operand : [operand]).forEach(assertUuid);
    const ordered = (a: unknown, b: unknown) => {
      const [x, y] = [typeof a === "string" && Date.parse(a) ? Date.parse(a) : a, typeof b === "string" && Date.parse(b) ? Date.parse(b) : b];
      return (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
    };
    switch (operator) {
      case "_eq":
        return value === operand;
      case "_neq":
        return value !== operand;
      case "_in":
        return (operand as unknown[]).includes(value);
      case "_nin":
        return !(operand as unknown[]).includes(value);
      case "_is_null":
        return (value === null || value === undefined) === operand;
      case "_gt":
        return value !== null && ordered(value, operand) > 0;
      case "_gte":
        return value !== null && ordered(value, operand) >= 0;
      case "_lt":
        return value !== null && ordered(value, operand) < 0;
      case "_lte":
        return value !== null && ordered(value, operand) <= 0;
      case "_like":
      case "_nlike":
      case "_ilike":
      case "_nilike": {
        const matched = typeof value === "string" && likePattern(String(operand), operator.includes("i") ? "i" : "").test(value);
        return operator.startsWith("_n") ? !matched : matched;
      }
      default:
        return false;
    }
  });
}

/** Hasura's bool_exp: fields AND together; _and, _or, _not; an array relationship matches when any row does. */
function matches(row: Row, expression: Expression): boolean {
  return Object.entries(expression).every(([key, value]) => {
    if (key === "_and") return (value as Expression[]).every((part) => matches(row, part));
    if (key === "_or") return (value as Expression[]).some((part) => matches(row, part));
    if (key === "_not") return !matches(row, value as Expression);
    const related = row.related(key);
    if (related === null) return false;
    if (Array.isArray(related)) return related.some((item) => matches(item, value as Expression));
    if (related !== undefined) return matches(related, value as Expression);
    return compare(key, row.column(key), value as Expression);
  });
}

type ListArgs = { where?: Expression | null; order_by?: Record<string, string>[] | null; limit?: number | null; offset?: number | null };

function list<T>(items: T[], args: ListArgs, row: (item: T) => Row): T[] {
  const filtered = args.where ? items.filter((item) => matches(row(item), args.where as Expression)) : items;
  const orders = (args.order_by ?? []).flatMap((order) => Object.entries(order));
  const sorted = [...filtered].sort((a, b) => {
    for (const [column, direction] of orders) {
      const [x, y] = [row(a).column(column), row(b).column(column)] as [string | number | null, string | number | null];
      if (x === y) continue;
      // Hasura: asc puts nulls last, desc first, unless the direction says otherwise.
      const nullsFirst = direction === "desc" || direction.endsWith("_nulls_first");
      if (x === null) return nullsFirst ? -1 : 1;
      if (y === null) return nullsFirst ? 1 : -1;
      return (x < y ? -1 : 1) * (direction.startsWith("desc") ? -1 : 1);
    }
    return 0;
  });
  const offset = args.offset ?? 0;
  return sorted.slice(offset, args.limit === null || args.limit === undefined ? undefined : offset + args.limit);
}

export function createSkioFake(world: FakeWorld): ProviderFake {
  const users: User[] = [];
  const subscriptions: SkioSubscription[] = [];

  const policy = (interval: Interval, intervalCount: number, at: Date, name: string): Policy => ({
    id: stableUuid(`skio-policy:${name}`),
    interval,
    intervalCount,
    createdAt: timestamptz(at),
    updatedAt: timestamptz(at),
  });

  for (const [index, seed] of seedSubscriptions(world).entries()) {
    let user = users.find((candidate) => candidate.platformId === seed.customer.id);
    if (!user) {
      user = {
        id: stableUuid(`skio-user:${seed.customer.id}`),
        email: seed.customer.email,
        firstName: seed.customer.firstName,
        lastName: seed.customer.lastName,
        phoneNumber: seed.customer.phone,
        platformId: seed.customer.id,
        createdAt: timestamptz(seed.createdAt),
        updatedAt: timestamptz(seed.createdAt),
      };
      users.push(user);
    }
    const id = stableUuid(`skio-subscription:${seed.customer.id}:${index}`);
    const interval = seed.interval.unit.toUpperCase() as Interval;
    const created = timestamptz(seed.createdAt);
    const product: Product = { id: stableUuid(`skio-product:${seed.product.id}`), title: seed.product.title, platformId: seed.product.id };
    const variantId = stableUuid(`skio-variant:${seed.variant.id}`);
    const cycleMs = addInterval(seed.createdAt, seed.interval).getTime() - seed.createdAt.getTime();
    subscriptions.push({
      id,
      platformId: `gid://shopify/SubscriptionContract/${71_000 + index}`,
      // Skio can pause, so the seed's stopped subscription is paused here.
      status: seed.state === "active" ? "ACTIVE" : "PAUSED",
      statusContext: null,
      nextBillingDate: seed.nextChargeAt ? timestamptz(seed.nextChargeAt) : null,
      cancelledAt: null,
      createdAt: created,
      updatedAt: timestamptz(seed.stoppedAt ?? seed.createdAt),
      currencyCode: "USD",
      cyclesCompleted: Math.max(1, Math.floor(((seed.stoppedAt ?? world.now()).getTime() - seed.createdAt.getTime()) / cycleMs)),
      storefrontUserId: user.id,
      BillingPolicy: policy(interval, seed.interval.count, seed.createdAt, `${id}:billing`),
      DeliveryPolicy: policy(interval, seed.interval.count, seed.createdAt, `${id}:delivery`),
      lines: [
        {
          id: stableUuid(`skio-line:${id}`),
          subscriptionId: id,
          productVariantId: variantId,
          quantity: 1,
          priceWithoutDiscount: Number(seed.price),
          isPrepaid: false,
          removedAt: null,
          createdAt: created,
          updatedAt: created,
          ProductVariant: { id: variantId, title: seed.variant.title, platformId: seed.variant.id, price: Number(seed.variant.price), sku: seed.variant.sku, productId: product.id, Product: product },
        },
      ],
    });
  }

  const userById = (id: string) => users.find((user) => user.id === id);

  // Rows for `where`, and objects for graphql-js: relationships with arguments are functions of those arguments.
  const plainRow = (item: object): Row => ({ column: (name) => (item as Record<string, unknown>)[name], related: () => undefined });
  const variantRow = (variant: Variant): Row => ({ column: (name) => (variant as Record<string, unknown>)[name], related: (name) => (name === "Product" ? plainRow(variant.Product) : undefined) });
  function lineRow(line: Line): Row {
    return {
      column: (name) => (line as Record<string, unknown>)[name],
      related: (name) => {
        if (name === "ProductVariant") return variantRow(line.ProductVariant);
        if (name === "Subscription") {
          const parent = subscriptions.find((subscription) => subscription.id === line.subscriptionId);
          return parent ? subscriptionRow(parent) : null;
        }
        return undefined;
      },
    };
  }
  function userRow(user: User): Row {
    return {
      column: (name) => (user as Record<string, unknown>)[name],
      related: (name) => (name === "Subscriptions" ? subscriptions.filter((subscription) => subscription.storefrontUserId === user.id).map(subscriptionRow) : undefined),
    };
  }
  function subscriptionRow(subscription: SkioSubscription): Row {
    return {
      column: (name) => (subscription as Record<string, unknown>)[name],
      related: (name) => {
        if (name === "StorefrontUser") {
          const user = userById(subscription.storefrontUserId);
          return user ? userRow(user) : null;
        }
        if (name === "BillingPolicy") return plainRow(subscription.BillingPolicy);
        if (name === "DeliveryPolicy") return plainRow(subscription.DeliveryPolicy);
        if (name === "SubscriptionLines") return subscription.lines.map(lineRow);
        return undefined;
      },
    };
  }

  function lineView(line: Line) {
    const parent = subscriptions.find((subscription) => subscription.id === line.subscriptionId);
    return { ...line, Subscription: () => (parent ? subscriptionView(parent) : null) };
  }
  function userView(user: User) {
    return { ...user, Subscriptions: (args: ListArgs) => list(subscriptions.filter((s) => s.storefrontUserId === user.id), args, subscriptionRow).map(subscriptionView) };
  }
  function subscriptionView(subscription: SkioSubscription) {
    const { lines, ...columns } = subscription;
    return {
      ...columns,
      billingPolicyId: subscription.BillingPolicy.id,
      deliveryPolicyId: subscription.DeliveryPolicy.id,
      StorefrontUser: () => {
        const user = userById(subscription.storefrontUserId);
        return user ? userView(user) : null;
      },
      SubscriptionLines: (args: ListArgs) => list(lines, args, lineRow).map(lineView),
    };
  }

  /** Mutations name a subscription Skio must hold; for any other id it answers this. */
  function held(id: string): SkioSubscription {
    const subscription = subscriptions.find((candidate) => candidate.id === id);
    if (!subscription) throw fail("Lambda policy revoked", "unexpected");
    return subscription;
  }

  const touch = (subscription: SkioSubscription) => {
    subscription.updatedAt = timestamptz(world.now());
  };
  const billingEvery = (subscription: SkioSubscription): CalendarInterval => ({ unit: subscription.BillingPolicy.interval.toLowerCase() as CalendarUnit, count: subscription.BillingPolicy.intervalCount });

  function skipWindow(option: { unit: string; value: number } | null | undefined): CalendarInterval | null {
    if (!option) return null;
    if (!(INTERVALS as readonly string[]).includes(option.unit)) throw fail("unit must be a valid SellingPlanInterval or SkipOptionRelative", "bad-request");
    if (!Number.isInteger(option.value) || option.value < 1) throw fail("value must be a whole number of one or more", "bad-request");
    return { unit: option.unit.toLowerCase() as CalendarUnit, count: option.value };
  }

  /** A YYYY-MM-DD or ISO date in the future, as a billing date; null when it is not one. */
  function futureDate(text: string | null | undefined): Date | null {
    if (!text) return null;
    const at = Date.parse(text);
    return Number.isNaN(at) || at < tomorrow(world.now()).getTime() ? null : new Date(at);
  }

  type Input<T> = { input: T };
  const root = {
    Subscriptions: (args: ListArgs) => list(subscriptions, args, subscriptionRow).map(subscriptionView),
    SubscriptionByPk: ({ id }: { id: string }) => {
      assertUuid(id);
      const subscription = subscriptions.find((candidate) => candidate.id === id);
      return subscription ? subscriptionView(subscription) : null;
    },
    StorefrontUsers: (args: ListArgs) => list(users, args, userRow).map(userView),
    StorefrontUserByPk: ({ id }: { id: string }) => {
      assertUuid(id);
      const user = userById(id);
      return user ? userView(user) : null;
    },

    skipSubscription: ({ input }: Input<{ subscriptionId: string; skipOption?: { unit: string; value: number } | null }>) => {
      const subscription = held(input.subscriptionId);
      const skipBy = skipWindow(input.skipOption);
      if (subscription.status !== "ACTIVE" || !subscription.nextBillingDate) return { ok: false, message: `Subscription is ${subscription.status.toLowerCase()}; only active subscriptions can be skipped`, nextBillingDate: null };
      const every = skipBy ?? billingEvery(subscription);
      subscription.nextBillingDate = timestamptz(addInterval(new Date(subscription.nextBillingDate), every));
      touch(subscription);
      return { ok: true, message: `Subscription skipped to ${subscription.nextBillingDate.slice(0, 10)}`, nextBillingDate: subscription.nextBillingDate };
    },

    pauseSubscription: ({ input }: Input<{ subscriptionId: string; skipOption?: { unit: string; value: number } | null }>) => {
      const subscription = held(input.subscriptionId);
      const pauseFor = skipWindow(input.skipOption);
      if (subscription.status === "PAUSED") return { ok: true, message: "Subscription is already paused" };
      if (subscription.status !== "ACTIVE") return { ok: false, message: `Cannot pause a ${subscription.status.toLowerCase()} subscription` };
      subscription.status = "PAUSED";
      // A pause with a window resumes by itself at its end: that becomes the next billing date.
      if (pauseFor) subscription.nextBillingDate = timestamptz(addInterval(tomorrow(world.now()), pauseFor));
      touch(subscription);
      return { ok: true, message: `Subscription ${subscription.id} paused by PublicAPI user: unknown at ${subscription.updatedAt}` };
    },

    unpauseSubscription: ({ input }: Input<{ subscriptionId: string }>) => {
      const subscription = held(input.subscriptionId);
      if (subscription.status !== "PAUSED") return { ok: false, message: "Subscription is not paused" };
      subscription.status = "ACTIVE";
      // A billing date that passed while paused becomes the next possible one.
      const next = subscription.nextBillingDate ? new Date(subscription.nextBillingDate) : null;
      if (!next || next.getTime() < tomorrow(world.now()).getTime()) subscription.nextBillingDate = timestamptz(tomorrow(world.now()));
      touch(subscription);
      return { ok: true, message: "Subscription unpaused" };
    },

    cancelSubscription: ({ input }: Input<{ subscriptionId: string; permanentlyCancel?: boolean | null }>) => {
      const subscription = held(input.subscriptionId);
      if (subscription.status === "CANCELLED") return { ok: true };
      Object.assign(subscription, {
        status: "CANCELLED",
        statusContext: input.permanentlyCancel ? "PERMANENTLY_CANCELLED" : null,
        cancelledAt: timestamptz(world.now()),
        nextBillingDate: null,
      });
      touch(subscription);
      return { ok: true };
    },

    reactivateSubscription: ({ input }: Input<{ subscriptionId: string; newBillingDate?: string | null }>) => {
      const subscription = held(input.subscriptionId);
      if (subscription.status !== "CANCELLED" || subscription.statusContext === "PERMANENTLY_CANCELLED") return { ok: false };
      const date = input.newBillingDate ? futureDate(input.newBillingDate) : tomorrow(world.now());
      if (!date) return { ok: false };
      Object.assign(subscription, { status: "ACTIVE", statusContext: null, cancelledAt: null, nextBillingDate: timestamptz(date) });
      touch(subscription);
      return { ok: true };
    },

    subscriptionEditInterval: ({ input }: Input<{ subscriptionId: string; billingInterval?: string | null; billingIntervalCount?: number | null; nextBillingDate?: string | null }>) => {
      const subscription = held(input.subscriptionId);
      const { billingInterval, billingIntervalCount } = input;
      if ((billingInterval == null) !== (billingIntervalCount == null)) throw fail("billingInterval and billingIntervalCount must be given together", "bad-request");
      if (billingInterval != null && !(INTERVALS as readonly string[]).includes(billingInterval)) throw fail(`billingInterval must be one of ${INTERVALS.join(", ")}`, "bad-request");
      if (billingIntervalCount != null && billingIntervalCount < 1) throw fail("billingIntervalCount must be at least 1", "bad-request");
      if (subscription.status === "CANCELLED") throw fail("Cannot edit the interval of a cancelled subscription", "bad-request");
      const now = world.now();
      if (billingInterval != null && billingIntervalCount != null) {
        const before = billingEvery(subscription);
        const interval = billingInterval as Interval;
        subscription.BillingPolicy = policy(interval, billingIntervalCount, now, `${subscription.id}:billing:${now.getTime()}`);
        subscription.DeliveryPolicy = policy(interval, billingIntervalCount, now, `${subscription.id}:delivery:${now.getTime()}`);
        if (subscription.status === "ACTIVE" && subscription.nextBillingDate) {
          subscription.nextBillingDate = timestamptz(rescheduledCharge(new Date(subscription.nextBillingDate), before, billingEvery(subscription), now));
        }
      }
      if (input.nextBillingDate) {
        const date = futureDate(input.nextBillingDate);
        if (!date) throw fail("nextBillingDate must be a date in the future", "bad-request");
        subscription.nextBillingDate = timestamptz(date);
      }
      touch(subscription);
      return { subscriptionId: subscription.id };
    },

    updateNextBillingDate: ({ input }: Input<{ subscriptionId: string; date: string }>) => {
      const subscription = held(input.subscriptionId);
      const date = futureDate(input.date);
      if (!date) return { ok: false, message: "Date must be in the future" };
      if (subscription.status === "CANCELLED") return { ok: false, message: "Subscription is cancelled" };
      subscription.nextBillingDate = timestamptz(date);
      touch(subscription);
      return { ok: true, message: `Next billing date updated to ${input.date}` };
    },
  };

  /** Hasura's error shape: the message, and where and why in `extensions`. */
  const hasuraError = (error: GraphQLError, code: string) => ({
    message: error.message,
    extensions: { path: (error.extensions.path as string | undefined) ?? "$", code: (error.extensions.code as string | undefined) ?? code },
  });

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (`${url.origin}${url.pathname.replace(/\/+$/, "")}` !== ENDPOINT) return jsonResponse(404, { message: "Not Found" });
    if (request.method !== "POST") return jsonResponse(405, { message: "Method Not Allowed" });
    if (request.headers.get("authorization") !== `API ${DEMO_PROVIDER_CREDENTIALS.skio.apiToken}`) {
      return jsonResponse(401, { errors: [{ message: "Unauthorized", extensions: { code: "access-denied", path: "$", detail: "Send a valid API token as: authorization: API <token>" } }] });
    }

    // Skio documents raw documents (application/graphql); GraphQL clients send {query, variables} as JSON.
    const text = await request.text();
    let body: { query?: unknown; variables?: unknown; operationName?: unknown };
    if ((request.headers.get("Content-Type") ?? "").includes("application/graphql")) body = { query: text };
    else {
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        return jsonResponse(200, { errors: [{ message: "Error in $: Failed reading: not a valid json value", extensions: { path: "$", code: "invalid-json" } }] });
      }
    }
    if (typeof body?.query !== "string") {
      return jsonResponse(200, { errors: [{ message: "the key 'query' was not present", extensions: { path: "$", code: "parse-failed" } }] });
    }

    let document: DocumentNode;
    try {
      document = parse(body.query);
    } catch (error) {
      return jsonResponse(200, { errors: [hasuraError(error as GraphQLError, "validation-failed")] });
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return jsonResponse(200, { errors: invalid.map((error) => hasuraError(error, "validation-failed")) });

    const variables = body.variables !== null && typeof body.variables === "object" ? (body.variables as Record<string, unknown>) : {};
    const result = await execute({
      schema,
      document,
      rootValue: root,
      variableValues: variables,
      operationName: typeof body.operationName === "string" ? body.operationName : undefined,
    });
    // Hasura answers all or nothing: any error, and the response is only the errors.
    if (result.errors?.length) return jsonResponse(200, { errors: result.errors.map((error) => hasuraError(error, error.originalError ? "unexpected" : "validation-failed")) });
    return jsonResponse(200, { data: result.data });
  }

  return { id: "skio", baseUrl: ENDPOINT, handle };
}
