import { defineConfig } from "prisma/config";
import { driverAdapter, schemaPaths } from "./app/db/adapter";
import { parseDatabaseUrl } from "./app/db/database-url";

// DATABASE_URL picks the provider: its schema, its migrations and a driver adapter for the WASM schema engine,
// so `prisma migrate deploy` runs offline (no native engine download).
const target = parseDatabaseUrl();
const paths = schemaPaths(target);

export default defineConfig({
  experimental: { adapter: true },
  schema: paths.schema,
  migrations: { path: paths.migrations },
  engine: "js",
  adapter: async () => driverAdapter(target),
});
