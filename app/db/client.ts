import { createRequire } from "node:module";
import path from "node:path";
import type { Prisma, PrismaClient as SqliteClient } from "./generated/sqlite";
import { driverAdapter } from "./adapter";
import { parseDatabaseUrl, type DatabaseTarget } from "./database-url";

/**
 * Both generated clients come from the same models, so they share one shape; the SQLite client's type stands for
 * both. The client is chosen at start-up from DATABASE_URL.
 */
export type Db = SqliteClient;
/** The client inside an interactive `db.$transaction(async (tx) => …)`: every write through it commits or none does. */
export type DbTransaction = Prisma.TransactionClient;
type GeneratedClient = { PrismaClient: new (options: { adapter: ReturnType<typeof driverAdapter> }) => Db };

// The generated clients are CommonJS with a WASM query compiler beside them, so they are loaded from their own
// folder at run time rather than bundled into the server build (which would separate them from the WASM file).
const load = createRequire(import.meta.url);
const generatedClient = (provider: DatabaseTarget["provider"]) =>
  load(path.resolve("app/db/generated", provider)) as GeneratedClient;

export function createDb(target: DatabaseTarget = parseDatabaseUrl()): Db {
  const { PrismaClient } = generatedClient(target.provider);
  return new PrismaClient({ adapter: driverAdapter(target) });
}
