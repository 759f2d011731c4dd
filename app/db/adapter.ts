import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-url";

/** The Prisma driver adapter for a database target; used by the app's client and by the migration CLI alike. */
export function driverAdapter(target: DatabaseTarget) {
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    return new PrismaBetterSQLite3({ url: `file:${target.filePath}` });
  }
  return new PrismaPg({ connectionString: target.url });
}

/** Each provider has its own generated schema and migrations folder (design.md §3). */
export function schemaPaths(target: DatabaseTarget) {
  const folder = target.provider === "sqlite" ? "prisma" : "prisma/postgresql";
  return { schema: `${folder}/schema.prisma`, migrations: `${folder}/migrations` };
}
