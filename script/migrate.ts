// Brings the database named by DATABASE_URL (SQLite by default) up to the latest migration.
import { parseDatabaseUrl, DatabaseUrlError } from "../app/db/database-url";
import { migrate } from "../app/db/migrate";

try {
  const target = parseDatabaseUrl();
  const applied = await migrate(target, (line) => console.log(`    ${line}`));
  const where = target.provider === "sqlite" ? target.filePath : "PostgreSQL";
  console.log(`    ${where}: ${applied.length ? `${applied.length} migration(s) applied` : "up to date"}`);
} catch (error) {
  console.error(error instanceof DatabaseUrlError ? `error: ${error.message}` : error);
  process.exit(1);
}
