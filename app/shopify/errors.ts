import type { UserError } from "./operation";

/** The Admin API answered with an HTTP error or GraphQL errors. */
export class AdminApiError extends Error {
  override name = "AdminApiError";
  constructor(
    message: string,
    readonly operation: string,
    readonly status?: number,
    readonly graphqlErrors: { message: string; extensions?: { code?: string } }[] = [],
  ) {
    super(message);
  }
}

/** Still throttled after every retry (Shopify's cost-based rate limit). */
export class AdminThrottledError extends AdminApiError {
  override name = "AdminThrottledError";
}

/** A mutation ran but Shopify refused it; `userErrors` says why, field by field. */
export class AdminUserErrors extends Error {
  override name = "AdminUserErrors";
  constructor(
    readonly operation: string,
    readonly userErrors: UserError[],
  ) {
    super(`${operation}: ${userErrors.map((e) => (e.field?.length ? `${e.field.join(".")}: ${e.message}` : e.message)).join("; ")}`);
  }
}
