import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { createDb } from "../../app/db/client";

/** The real database of the running project (SQLite file or PostgreSQL), migrated by global-setup. */
export const db = createDb();
afterAll(() => db.$disconnect());

/** Tests share one database; each works in a shop of its own so they cannot see each other's rows. */
export function testShop(): string {
  return `test-${randomUUID().slice(0, 8)}.myshopify.com`;
}
