import { execute, getOperationAST, GraphQLError, parse, validate, type DocumentNode } from "graphql";
import { adminSchema } from "../shopify/admin-schema";
import { actualQueryCost, CostBucket, MAX_QUERY_COST, requestedQueryCost, type ThrottleStatus } from "./cost";
import { fieldResolver, typeResolver, type DemoContext } from "./resolvers";

export type GraphqlRequest = { query: string; variables?: Record<string, unknown> | null; operationName?: string | null };

type ShopifyError = { message: string; locations?: readonly { line: number; column: number }[]; path?: readonly (string | number)[]; extensions?: Record<string, unknown> };
type CostExtension = { requestedQueryCost: number; actualQueryCost: number | null; throttleStatus: ThrottleStatus };
export type GraphqlResponseBody = { data?: unknown; errors?: ShopifyError[]; extensions?: { cost: CostExtension } };

const RATE_LIMITS_DOC = "https://shopify.dev/api/usage/rate-limits";

/** A GraphQLError as Shopify sends it, with a code when graphql-js gave none. */
function shopifyError(error: GraphQLError, code?: string): ShopifyError {
  const { message, locations, path, extensions } = error.toJSON();
  const withCode = extensions?.code || !code ? extensions : { ...extensions, code };
  return {
    message,
    ...(locations ? { locations } : {}),
    ...(path ? { path } : {}),
    ...(withCode && Object.keys(withCode).length > 0 ? { extensions: withCode } : {}),
  };
}

/** Codes for execution errors: a bad variable, or a fault in the demo's data (Shopify's internal error). */
function executionErrorCode(error: GraphQLError): string | undefined {
  if (!error.path && error.message.startsWith('Variable "$')) return "INVALID_VARIABLE";
  return error.originalError && !(error.originalError instanceof GraphQLError) ? "INTERNAL_SERVER_ERROR" : undefined;
}

/**
 * Runs Admin GraphQL requests against Shopify's real schema over the demo data, with Shopify's answers for
 * documents that do not parse or validate, an empty cost bucket, and queries over the single-query cost limit — so an
 * operation too expensive for real Shopify fails here first.
 */
export function createAdminExecutor(roots: { query: object; mutation: object }, context: DemoContext) {
  const schema = adminSchema();
  const bucket = new CostBucket();

  return async (request: GraphqlRequest): Promise<GraphqlResponseBody> => {
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      return { errors: [shopifyError(error as GraphQLError, "GRAPHQL_PARSE_FAILED")] };
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return { errors: invalid.map((error) => shopifyError(error, "GRAPHQL_VALIDATION_FAILED")) };
    const operation = getOperationAST(document, request.operationName ?? undefined);
    if (!operation) {
      const message = request.operationName ? `No operation named "${request.operationName}"` : "An operation name is required";
      return { errors: [{ message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] };
    }

    const variables = request.variables ?? {};
    const requested = requestedQueryCost(schema, document, operation, variables);
    if (requested > MAX_QUERY_COST) {
      return {
        errors: [{
          message: `Query cost is ${requested}, which exceeds the single query max cost limit (${MAX_QUERY_COST}).`,
          extensions: { code: "MAX_COST_EXCEEDED", cost: requested, maxCost: MAX_QUERY_COST, documentation: RATE_LIMITS_DOC },
        }],
      };
    }
    if (!bucket.take(requested)) {
      return {
        errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: RATE_LIMITS_DOC } }],
        extensions: { cost: { requestedQueryCost: requested, actualQueryCost: null, throttleStatus: bucket.status() } },
      };
    }

    const result = await execute({
      schema,
      document,
      rootValue: operation.operation === "mutation" ? roots.mutation : roots.query,
      contextValue: context,
      variableValues: variables,
      operationName: request.operationName ?? undefined,
      fieldResolver,
      typeResolver,
    });
    const actual = actualQueryCost(result.data, requested);
    bucket.refund(requested - actual);
    return {
      ...(result.errors ? { errors: result.errors.map((error) => shopifyError(error, executionErrorCode(error))) } : {}),
      ...(result.data !== undefined ? { data: result.data } : {}),
      extensions: { cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: bucket.status() } },
    };
  };
}
