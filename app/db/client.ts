import { PrismaClient as SqliteClient } from "./generated/sqlite";
import { PrismaClient as PostgresClient } from "./generated/postgresql";
import { driverAdapter } from "./adapter";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url";

/**
 * Both generated clients come from the same models, so they share one shape; the SQLite client's type stands for
 * both. The client is chosen at start-up from DATABASE_URL.
 */
export type Db = SqliteClient;

export function createDb(target: DatabaseTarget = parseDatabaseUrl()): Db {
  const adapter = driverAdapter(target);
  if (target.provider === "sqlite") return new SqliteClient({ adapter });
  return new PostgresClient({ adapter }) as unknown as Db;
}
