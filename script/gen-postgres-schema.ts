// Derives prisma/postgresql/schema.prisma from the SQLite schema, so there is one set of models.
// Run after editing prisma/schema.prisma; then add a migration to both migrations folders (README: "Changing the models").
import fs from "node:fs";
import { fileURLToPath } from "node:url";

export function derivePostgresSchema(source: string): string {
  const derived = source
    .replace(/^\/\/ The one set of models\.[\s\S]*?(?=\n\n)/m, "// GENERATED from prisma/schema.prisma by script/gen-postgres-schema.ts; do not edit.")
    .replace(/^\/\/ @shopify\/shopify-app-session-storage-prisma[\s\S]*?^}\n\n/m, "")
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output          = "../app/db/generated/sqlite"', 'output          = "../../app/db/generated/postgresql"');
  if (!derived.includes('"postgresql"') || !derived.includes("generated/postgresql") || !derived.includes("GENERATED") || derived.includes("defaultLocation")) {
    throw new Error("prisma/schema.prisma no longer has the lines this script rewrites; update the script");
  }
  return derived;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.mkdirSync("prisma/postgresql", { recursive: true });
  fs.writeFileSync("prisma/postgresql/schema.prisma", derivePostgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8")));
  console.log("wrote prisma/postgresql/schema.prisma");
}
