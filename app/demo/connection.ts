import { GraphQLError } from "graphql";
import { gidNumber } from "./gid";
import { matchesSearch, type SearchProfile } from "./search/match";
import { SEARCH_PROFILES } from "./search/profiles";
import { parseSearchQuery } from "./search/query-syntax";

/** The arguments Shopify's connection fields take (each field declares a subset). */
export type ConnectionArgs = {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  reverse?: boolean | null;
  sortKey?: string | null;
  query?: string | null;
};

export type Connection<T> = {
  nodes: T[];
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};

type Node = Record<string, unknown>;
type SortValue = string | number | boolean | null | undefined;
/** Sort value, then a tie-break unique within the list: what a cursor records. */
type Key = { value: SortValue; tie: number };

const MAX_PAGE_SIZE = 250;

// Sort keys that are not the camel-cased property of the same name.
const SORT_VALUES: Record<string, (node: Node) => SortValue> = {
  ID: (node) => gidNumber(node.id),
  RELEVANCE: () => null,
  NAME: (node) => (node.displayName ?? node.name ?? node.title) as SortValue,
  CUSTOMER_NAME: (node) => (node.customer as Node | null)?.displayName as SortValue,
  TOTAL_PRICE: (node) => moneyValue(node.totalPriceSet),
  CURRENT_TOTAL_PRICE: (node) => moneyValue(node.currentTotalPriceSet),
  INVENTORY_TOTAL: (node) => node.totalInventory as SortValue,
  ORDER_NUMBER: (node) => node.number as SortValue,
  FINANCIAL_STATUS: (node) => node.displayFinancialStatus as SortValue,
  FULFILLMENT_STATUS: (node) => node.displayFulfillmentStatus as SortValue,
  TOTAL_ITEMS_QUANTITY: (node) => node.subtotalLineItemsQuantity as SortValue,
};

function moneyValue(bag: unknown): number | undefined {
  const amount = (bag as { shopMoney?: { amount?: string } } | undefined)?.shopMoney?.amount;
  return amount === undefined ? undefined : Number(amount);
}

function sortValue(node: Node, sortKey: string, profile: SearchProfile<Node> | undefined): SortValue {
  const special = SORT_VALUES[sortKey];
  if (special) return special(node);
  const property = sortKey.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return (profile?.sortSource?.(node) ?? node)[property as keyof object] as SortValue;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en", { sensitivity: "base" }) || (String(a) < String(b) ? -1 : 1);
}

const compareKeys = (a: Key, b: Key) => compareValues(a.value, b.value) || a.tie - b.tie;

// Shaped like Shopify's cursors (base64 of {"last_id":…,"last_value":…}); opaque to clients all the same.
function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify({ last_id: key.tie, last_value: key.value ?? null })).toString("base64url");
}

function decodeCursor(cursor: string): Key {
  try {
    const { last_id, last_value } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { last_id: unknown; last_value: SortValue };
    if (typeof last_id === "number") return { value: last_value, tie: last_id };
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError(`Invalid cursor: ${cursor}`, { extensions: { code: "BAD_REQUEST" } });
}

function checkPageSize(args: ConnectionArgs): void {
  for (const name of ["first", "last"] as const) {
    const size = args[name];
    if (size !== null && size !== undefined && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw new GraphQLError(`The '${name}' argument must be between 0 and ${MAX_PAGE_SIZE}.`, { extensions: { code: "BAD_REQUEST" } });
    }
  }
  if ((args.first === null || args.first === undefined) && (args.last === null || args.last === undefined)) {
    throw new GraphQLError("you must provide one of first or last", { extensions: { code: "BAD_REQUEST" } });
  }
}

/** The items a `query` argument selects, in Shopify's search syntax; all of them without one. */
export function searchItems<T extends object>(items: readonly T[], query: string | null | undefined, nodeType: string, now: Date): T[] {
  const expression = query ? parseSearchQuery(query) : null;
  if (!expression) return [...items];
  const profile = SEARCH_PROFILES[nodeType];
  return items.filter((item) => matchesSearch(item as Node, expression, profile, now));
}

/** One page of a list as a Relay connection, after search, sort and the cursor window. */
export function toConnection<T extends object>(items: readonly T[], args: ConnectionArgs, nodeType: string, now: Date): Connection<T> {
  checkPageSize(args);
  const profile = SEARCH_PROFILES[nodeType];
  const direction = args.reverse ? -1 : 1;
  const selected = new Set<T>(searchItems(items, args.query, nodeType, now));
  const keyed = items
    .map((node, index) => ({
      node,
      // Without a sort key the list keeps its own order.
      key: { value: args.sortKey ? sortValue(node as Node, args.sortKey, profile) : index, tie: gidNumber((node as Node).id) ?? index },
    }))
    .filter(({ node }) => selected.has(node))
    .sort((a, b) => compareKeys(a.key, b.key) * direction);

  // Where the list passes a cursor: the first entry after it (or at it, for `before`, whose window excludes it).
  const boundary = (cursor: string, orAt: boolean) => {
    const key = decodeCursor(cursor);
    const index = keyed.findIndex((entry) => compareKeys(entry.key, key) * direction > (orAt ? -1 : 0));
    return index === -1 ? keyed.length : index;
  };
  let start = args.after ? boundary(args.after, false) : 0;
  let end = args.before ? boundary(args.before, true) : keyed.length;
  if (args.first !== null && args.first !== undefined) end = Math.min(end, start + args.first);
  if (args.last !== null && args.last !== undefined) start = Math.max(start, end - args.last);
  end = Math.max(start, end);

  const edges = keyed.slice(start, end).map(({ node, key }) => ({ node, cursor: encodeCursor(key) }));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < keyed.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
