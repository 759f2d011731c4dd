import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "../../script/gen-postgres-schema";

describe("one set of models", () => {
  it("the PostgreSQL schema is derived from the SQLite one (run script/gen-postgres-schema.ts after editing)", () => {
    const derived = derivePostgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
    expect(fs.readFileSync("prisma/postgresql/schema.prisma", "utf8")).toBe(derived);
  });

  it("both providers have the same migrations", () => {
    const names = (folder: string) => fs.readdirSync(folder).filter((name) => !name.endsWith(".toml")).sort();
    expect(names("prisma/postgresql/migrations")).toEqual(names("prisma/migrations"));
  });
});
