import { ADMIN_API_VERSION } from "./api-version";
import { AdminApiError, AdminThrottledError, AdminUserErrors } from "./errors";
import type { Operation, UserError } from "./operation";

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type AdminClientOptions = {
  shop: string;
  accessToken: string;
  /** Defaults to the shop's own Admin endpoint; the demo store passes its local one. */
  endpoint?: string;
  fetch?: FetchLike;
  maxRetries?: number;
  /** Injected so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
};

type GraphqlResponse<TData> = {
  data?: TData;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requestedQueryCost?: number; throttleStatus?: { currentlyAvailable: number; restoreRate: number } } };
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the app's typed Admin GraphQL operations to one shop — real Shopify or the demo store, same code.
 * Retries with backoff while Shopify answers THROTTLED (HTTP 200 with that error code, or HTTP 429) and on 5xx.
 */
export class AdminClient {
  readonly shop: string;
  private readonly endpoint: string;
  private readonly fetch: FetchLike;
  private readonly maxRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: AdminClientOptions) {
    this.shop = options.shop;
    this.endpoint = options.endpoint ?? `https://${options.shop}/admin/api/${ADMIN_API_VERSION}/graphql.json`;
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.maxRetries = options.maxRetries ?? 4;
    this.sleep = options.sleep ?? defaultSleep;
  }

  async request<TData, TVariables extends Record<string, unknown>>(
    operation: Operation<TData, TVariables>,
    ...[variables]: keyof TVariables extends never ? [] : [TVariables]
  ): Promise<TData> {
    for (let attempt = 0; ; attempt++) {
      const response = await this.fetch(this.endpoint, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "X-Shopify-Access-Token": this.options.accessToken,
        },
        body: JSON.stringify({ query: operation.document, variables: variables ?? {} }),
      });
      const retryable = response.status === 429 || response.status >= 500;
      if (!response.ok && !retryable) {
        throw new AdminApiError(`${operation.name}: HTTP ${response.status}`, operation.name, response.status);
      }
      const body = retryable ? undefined : ((await response.json()) as GraphqlResponse<TData>);
      const throttled = response.status === 429 || body?.errors?.some((e) => e.extensions?.code === "THROTTLED");
      if (retryable || throttled) {
        if (attempt >= this.maxRetries) {
          const Error = throttled ? AdminThrottledError : AdminApiError;
          throw new Error(`${operation.name}: ${throttled ? "throttled" : `HTTP ${response.status}`} after ${attempt + 1} attempts`, operation.name, response.status);
        }
        await this.sleep(backoffMs(attempt, body?.extensions?.cost, response.headers.get("Retry-After")));
        continue;
      }
      if (body?.errors?.length) {
        throw new AdminApiError(`${operation.name}: ${body.errors.map((e) => e.message).join("; ")}`, operation.name, response.status, body.errors);
      }
      if (!body?.data) throw new AdminApiError(`${operation.name}: no data in the response`, operation.name, response.status);
      return body.data;
    }
  }

  /** Runs a mutation and returns its payload, throwing AdminUserErrors when Shopify lists any user errors. */
  async mutate<TData, TVariables extends Record<string, unknown>, TPayload>(
    operation: Operation<TData, TVariables>,
    variables: TVariables,
    payloadOf: (data: TData) => TPayload,
  ): Promise<NonNullable<TPayload>> {
    const payload = payloadOf(await this.request(operation, ...([variables] as never)));
    if (!payload) throw new AdminApiError(`${operation.name}: empty payload`, operation.name);
    const errors = Object.entries(payload as Record<string, unknown>)
      .filter(([key]) => /userErrors$/i.test(key))
      .flatMap(([, value]) => (Array.isArray(value) ? (value as UserError[]) : []));
    if (errors.length > 0) throw new AdminUserErrors(operation.name, errors);
    return payload as NonNullable<TPayload>;
  }
}

/** Waits long enough for the bucket to refill what this query costs, growing with each attempt. */
function backoffMs(
  attempt: number,
  cost: NonNullable<GraphqlResponse<unknown>["extensions"]>["cost"],
  retryAfter: string | null,
): number {
  if (retryAfter && Number.isFinite(Number(retryAfter))) return Number(retryAfter) * 1000;
  const exponential = 250 * 2 ** attempt;
  const status = cost?.throttleStatus;
  if (status && cost?.requestedQueryCost && status.restoreRate > 0) {
    const deficit = Math.max(0, cost.requestedQueryCost - status.currentlyAvailable);
    return Math.max(exponential, Math.ceil((deficit / status.restoreRate) * 1000));
  }
  return exponential;
}
