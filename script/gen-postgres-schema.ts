// Derives prisma/postgresql/schema.prisma from the SQLite schema, so there is one set of models.
// Run after editing prisma/schema.prisma (then author migrations with script/new-migration).
import fs from "node:fs";

const source = fs.readFileSync("prisma/schema.prisma", "utf8");
const derived = source
  .replace(/^\/\/ The one set of models\.[\s\S]*?(?=\n\n)/m, "// GENERATED from prisma/schema.prisma by script/gen-postgres-schema.ts; do not edit.")
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output          = "../app/db/generated/sqlite"', 'output          = "../../app/db/generated/postgresql"');
if (derived === source || !derived.includes('"postgresql"') || !derived.includes("generated/postgresql")) {
  throw new Error("prisma/schema.prisma no longer has the lines this script rewrites; update the script");
}
fs.mkdirSync("prisma/postgresql", { recursive: true });
fs.writeFileSync("prisma/postgresql/schema.prisma", derived);
console.log("wrote prisma/postgresql/schema.prisma");
