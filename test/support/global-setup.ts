import fs from "node:fs";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { parseDatabaseUrl } from "../../app/db/database-url";
import { migrate } from "../../app/db/migrate";
import { POSTGRES_ADMIN_URL } from "./databases";

/** Recreates the project's test database and applies the real migrations to it. */
export default async function setup(project: TestProject) {
  const target = parseDatabaseUrl(project.config.env.DATABASE_URL);
  if (target.provider === "sqlite") {
    fs.rmSync(target.filePath, { force: true });
  } else {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5000 });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(`PostgreSQL is unreachable at ${POSTGRES_ADMIN_URL} (${(error as Error).message}); the PostgreSQL tests need it`);
    }
    const name = new URL(target.url).pathname.slice(1);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
  }
  await migrate(target);
}
