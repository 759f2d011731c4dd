import type { FetchLike } from "../shopify/admin-client";
import { ADMIN_API_VERSION } from "../shopify/api-version";
import { DEMO_ACCESS_TOKEN } from "./constants";
import { createAdminExecutor, type GraphqlRequest } from "./executor";
import type { DemoShopData } from "./model";
import { indexNodes, mutationRoot, queryRoot } from "./roots";
import { seedDemoShop } from "./seed";

export { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "./constants";

/** Where the app serves the demo store; the store itself answers any path ending in the Admin API's. */
export const DEMO_ADMIN_API_PATH = `/demo/admin/api/${ADMIN_API_VERSION}/graphql.json`;
const ADMIN_API_SUFFIX = `/admin/api/${ADMIN_API_VERSION}/graphql.json`;

export type DemoStore = {
  /** Answers an HTTP request like Shopify's Admin GraphQL endpoint does. */
  handle(request: Request): Promise<Response>;
  /** `handle` as a fetch, so an AdminClient reaches the store in-process. */
  fetch: FetchLike;
  endpoint: string;
  /** The live data (mutations change it); read it to pick test subjects, write through GraphQL. */
  data: DemoShopData;
  /** Every object by GID, for node(id:); the providers' fakes add what they create in the shop (reward codes). */
  nodes: Map<string, object>;
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8" } });

function graphqlRequest(body: unknown): GraphqlRequest | undefined {
  if (body === null || typeof body !== "object") return undefined;
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== "string") return undefined;
  return {
    query,
    variables: variables !== null && typeof variables === "object" ? (variables as Record<string, unknown>) : null,
    operationName: typeof operationName === "string" ? operationName : null,
  };
}

/**
 * A Shopify shop that runs in memory: the real Admin schema over a seeded outdoor brand. Each store has its own
 * state, so tests can start fresh. `now` anchors the seed's dates (default: the current time) and the store's
 * clock runs on from it.
 */
export function createDemoStore(options: { baseUrl: string; now?: Date }): DemoStore {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const anchor = options.now ?? new Date();
  const startedAt = Date.now();
  const data = seedDemoShop({ baseUrl, now: anchor });
  const context = { now: () => new Date(anchor.getTime() + (Date.now() - startedAt)), nodes: indexNodes(data) };
  const run = createAdminExecutor({ query: queryRoot(data), mutation: mutationRoot }, context);

  async function handle(request: Request): Promise<Response> {
    if (!new URL(request.url).pathname.endsWith(ADMIN_API_SUFFIX)) return json(404, { errors: "Not Found" });
    if (request.method !== "POST") return json(405, { errors: "Method Not Allowed" });
    if (request.headers.get("X-Shopify-Access-Token") !== DEMO_ACCESS_TOKEN) {
      return json(401, { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" });
    }
    const body = graphqlRequest(await request.json().catch(() => undefined));
    if (!body) return json(400, { errors: { query: "Required parameter missing or invalid" } });
    return json(200, await run(body));
  }

  return {
    handle,
    fetch: (input, init) => handle(new Request(input, init)),
    endpoint: `${baseUrl}${DEMO_ADMIN_API_PATH}`,
    data,
    nodes: context.nodes,
  };
}
