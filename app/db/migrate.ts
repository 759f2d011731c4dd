import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { schemaPaths } from "./adapter";
import type { DatabaseTarget } from "./database-url";

/**
 * Applies prisma/…/migrations in order and records them in Prisma's own `_prisma_migrations` table, so the Prisma
 * CLI agrees on what is applied. Why not `prisma migrate deploy`: its WASM schema engine with @prisma/adapter-pg
 * fails on PostgreSQL's `name` column type (prisma/orm#27403), and the native engine cannot be downloaded here.
 */
export async function migrate(
  target: DatabaseTarget,
  log: (line: string) => void = () => {},
  folder: string = schemaPaths(target).migrations,
): Promise<string[]> {
  const migrations = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });

  const runner = target.provider === "sqlite" ? sqliteRunner(target.filePath) : await postgresRunner(target.url);
  const applied: string[] = [];
  try {
    await runner.exec(target.provider === "sqlite" ? SQLITE_TABLE : POSTGRES_TABLE);
    const done = new Map((await runner.appliedMigrations()).map((row) => [row.migration_name, row.checksum]));
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          throw new Error(`migration ${migration.name} was changed after it was applied; add a new migration instead`);
        }
        continue;
      }
      log(`applying ${migration.name}`);
      await runner.transaction(migration.sql, [randomUUID(), migration.checksum, migration.name]);
      applied.push(migration.name);
    }
  } finally {
    await runner.close();
  }
  return applied;
}

type Runner = {
  exec(sql: string): Promise<void>;
  appliedMigrations(): Promise<{ migration_name: string; checksum: string }[]>;
  transaction(sql: string, record: [id: string, checksum: string, name: string]): Promise<void>;
  close(): Promise<void>;
};

const RECORD = `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count")`;
const APPLIED = `SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL AND "finished_at" IS NOT NULL`;

function sqliteRunner(filePath: string): Runner {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  return {
    async exec(sql) {
      sqlite.exec(sql);
    },
    async appliedMigrations() {
      return sqlite.prepare(APPLIED).all() as { migration_name: string; checksum: string }[];
    },
    async transaction(sql, record) {
      // Prisma's SQLite migrations rebuild tables (create new, copy, drop old). With foreign keys on, dropping the
      // old table would cascade-delete child rows, and the PRAGMA inside the migration is ignored in a transaction;
      // so keys are off around the transaction and checked before it commits.
      sqlite.pragma("foreign_keys = OFF");
      try {
        sqlite.transaction(() => {
          sqlite.exec(sql);
          const violations = sqlite.pragma("foreign_key_check") as unknown[];
          if (violations.length) throw new Error(`migration leaves ${violations.length} foreign-key violations`);
          sqlite.prepare(`${RECORD} VALUES (?, ?, ?, CURRENT_TIMESTAMP, 1)`).run(...record);
        })();
      } finally {
        sqlite.pragma("foreign_keys = ON");
      }
    },
    async close() {
      sqlite.close();
    },
  };
}

async function postgresRunner(url: string): Promise<Runner> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async appliedMigrations() {
      return (await client.query<{ migration_name: string; checksum: string }>(APPLIED)).rows;
    },
    async transaction(sql, record) {
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`${RECORD} VALUES ($1, $2, $3, now(), 1)`, record);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}

// The same table Prisma Migrate creates, per provider.
const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
  "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
