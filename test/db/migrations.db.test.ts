import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { schemaPaths } from "../../app/db/adapter";
import { parseDatabaseUrl } from "../../app/db/database-url";
import { migrate } from "../../app/db/migrate";
import { Prisma } from "../../app/db/generated/sqlite";
import { db } from "../support/db";

const target = parseDatabaseUrl();

describe(`migrations on ${target.provider}`, () => {
  it("leave every model's table readable with every column", async () => {
    for (const model of Prisma.dmmf.datamodel.models) {
      const delegate = (db as unknown as Record<string, { findFirst(): Promise<unknown> }>)[model.name[0]!.toLowerCase() + model.name.slice(1)];
      // findFirst selects every column: a column the migrations lack fails here.
      await delegate!.findFirst();
    }
  });

  it("apply nothing the second time", async () => {
    expect(await migrate(target)).toEqual([]);
  });

  it("refuse a migration edited after it was applied", async () => {
    const folder = schemaPaths(target).migrations;
    const first = fs.readdirSync(folder).filter((n) => !n.endsWith(".toml")).sort()[0]!;
    const file = path.join(folder, first, "migration.sql");
    const original = fs.readFileSync(file, "utf8");
    try {
      fs.writeFileSync(file, `${original}\n-- edited`);
      await expect(migrate(target)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});

describe(`upgrading an existing ${target.provider} database`, () => {
  it("keeps conversations and their messages through every later migration", async () => {
    if (target.provider !== "sqlite") return; // PostgreSQL migrations alter in place; SQLite ones rebuild tables.
    const folder = schemaPaths(target).migrations;
    const names = fs.readdirSync(folder).filter((n) => !n.endsWith(".toml")).sort();
    const oldFolder = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(path.join(folder, names[0]!), path.join(oldFolder, names[0]!), { recursive: true });
    const upgraded = parseDatabaseUrl(`file:${path.join(oldFolder, "db.sqlite")}`);
    await migrate(upgraded, () => {}, oldFolder);

    const sqlite = new Database((upgraded as { filePath: string }).filePath);
    sqlite.prepare(`INSERT INTO "Conversation" ("id","shop","channel","updatedAt") VALUES ('c1','s.myshopify.com','webchat',CURRENT_TIMESTAMP)`).run();
    sqlite.prepare(`INSERT INTO "Message" ("id","conversationId","role","text") VALUES ('m1','c1','shopper','where is my order?')`).run();
    sqlite.close();

    expect(await migrate(upgraded, () => {}, folder)).toEqual(names.slice(1));
    const after = new Database((upgraded as { filePath: string }).filePath);
    expect(after.prepare(`SELECT "text" FROM "Message" WHERE "conversationId" = 'c1'`).all()).toEqual([{ text: "where is my order?" }]);
    after.close();
  });
});
