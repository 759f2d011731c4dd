/**
 * One Admin GraphQL operation: its document plus the TypeScript shapes of its variables and result.
 * Every operation the app can send is defined with this in app/shopify/operations/ (one per file), and
 * test/shopify/operations.test.ts validates each against Shopify's real Admin schema and the app's scopes.
 */
export type Operation<TData, TVariables extends Record<string, unknown> = NoVariables> = {
  readonly name: string;
  readonly document: string;
  /** Phantom fields: they carry the types only. */
  readonly __data?: TData;
  readonly __variables?: TVariables;
};

/** Operations without variables are sent with none: `client.request(SHOP)`. */
export type NoVariables = Record<never, never>;

export type DataOf<O> = O extends Operation<infer D, Record<string, unknown>> ? D : never;
export type VariablesOf<O> = O extends Operation<unknown, infer V> ? V : never;

export function defineOperation<TData, TVariables extends Record<string, unknown> = NoVariables>(
  document: string,
): Operation<TData, TVariables> {
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(document)?.[1];
  if (!name) throw new Error(`an Admin operation must be a named query or mutation:\n${document.slice(0, 80)}`);
  return { name, document };
}

/** Shopify's Money shape, as most operations select it. */
export type MoneyV2 = { amount: string; currencyCode: string };
export type PageInfo = { hasNextPage: boolean; endCursor: string | null };
export type UserError = { field: string[] | null; message: string; code?: string | null };
