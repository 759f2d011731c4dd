import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { disconnectIntegration, integrationCredentials, saveIntegration } from "../app/services/integrations.server";
import { db, testShop } from "./support/db";

const key = randomBytes(32);

describe("integrations", () => {
  it("store provider credentials encrypted and read them back", async () => {
    const shop = testShop();
    await saveIntegration(db, key, { shop, kind: "returns", provider: "loop", credentials: { apiKey: "loop_live_abcdef" } });
    const row = await db.integration.findFirstOrThrow({ where: { shop } });
    expect(row.credentials).not.toContain("loop_live_abcdef");
    expect(await integrationCredentials(db, key, shop, "loop")).toEqual({ apiKey: "loop_live_abcdef" });
    expect(await integrationCredentials(db, key, testShop(), "loop")).toBeNull();
  });

  it("replace credentials on reconnect and forget them on disconnect", async () => {
    const shop = testShop();
    await saveIntegration(db, key, { shop, kind: "loyalty", provider: "smile", credentials: { apiKey: "old" } });
    await saveIntegration(db, key, { shop, kind: "loyalty", provider: "smile", credentials: { apiKey: "new" } });
    expect(await db.integration.count({ where: { shop } })).toBe(1);
    expect(await integrationCredentials(db, key, shop, "smile")).toEqual({ apiKey: "new" });
    await disconnectIntegration(db, shop, "smile");
    expect(await integrationCredentials(db, key, shop, "smile")).toBeNull();
  });

  it("reject empty credentials before storing anything", async () => {
    const shop = testShop();
    await expect(saveIntegration(db, key, { shop, kind: "returns", provider: "loop", credentials: { apiKey: "" } })).rejects.toThrow();
    expect(await db.integration.count({ where: { shop } })).toBe(0);
  });
});
