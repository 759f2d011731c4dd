import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from "graphql";
import { ADMIN_API_VERSION } from "./api-version";

/**
 * Shopify's real Admin schema, from the npm package @shopify/dev-mcp@1.16.0 (dist/data/admin_2026-10.json.gz),
 * committed and pinned by sha256 so validation and the demo store need no network. Refresh: script/fetch-admin-schema.
 */
export const ADMIN_SCHEMA_SHA256 = "f3b522f264556925eada700e795e4a002a9cba83444ebcc6c0d724254a0c6593";
// Resolved from the project folder (every entry point runs there) so the path survives the server bundle.
const SCHEMA_FILE = path.resolve(`app/shopify/schema/admin_${ADMIN_API_VERSION}.json.gz`);

/** Per type or field: Shopify's `requiredAccess` sentence, as the schema states it. */
export type AccessRequirement = { typeName: string; fieldName?: string; requiredAccess: string };

type SchemaFile = {
  data: IntrospectionQuery;
  offline_scopes: { items: { type: "type" | "field"; typeName: string; fieldName?: string; requiredAccess: string }[] };
};

let loaded: { schema: GraphQLSchema; access: Map<string, string> } | undefined;

function load() {
  if (loaded) return loaded;
  const gz = fs.readFileSync(SCHEMA_FILE);
  const sha = createHash("sha256").update(gz).digest("hex");
  if (sha !== ADMIN_SCHEMA_SHA256) throw new Error(`${SCHEMA_FILE} does not match its pinned sha256 (${sha})`);
  const file = JSON.parse(gunzipSync(gz).toString("utf8")) as SchemaFile;
  const access = new Map<string, string>();
  for (const item of file.offline_scopes.items) {
    if (item.requiredAccess) access.set(accessKey(item.typeName, item.fieldName), item.requiredAccess);
  }
  loaded = { schema: buildClientSchema(file.data), access };
  return loaded;
}

function accessKey(typeName: string, fieldName?: string) {
  return fieldName ? `${typeName}.${fieldName}` : typeName;
}

export function adminSchema(): GraphQLSchema {
  return load().schema;
}

/** Shopify's access sentence for a type (fieldName omitted) or a field, if it states one. */
export function requiredAccess(typeName: string, fieldName?: string): string | undefined {
  return load().access.get(accessKey(typeName, fieldName));
}
