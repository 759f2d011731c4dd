import { GraphQLError } from "graphql";

/** Shopify's global IDs: `gid://shopify/<Type>/<id>`, optionally with `?query` parameters. */
const GID = /^gid:\/\/shopify\/(\w+)\/([^/?]+)/;

export function gid(type: string, id: number | string): string {
  return `gid://shopify/${type}/${id}`;
}

/** The numeric (legacy) part of a GID, or undefined if the value is no GID. */
export function gidNumber(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const id = GID.exec(value)?.[2];
  return id !== undefined && /^\d+$/.test(id) ? Number(id) : undefined;
}

/** Rejects a malformed ID argument with Shopify's message, before any lookup. */
export function assertGid(value: string): void {
  if (!GID.test(value)) throw new GraphQLError(`Invalid global id '${value}'`, { extensions: { code: "argumentLiteralsIncompatible" } });
}
