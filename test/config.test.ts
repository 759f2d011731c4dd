import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../app/config.server";
import { DatabaseUrlError, parseDatabaseUrl } from "../app/db/database-url";

describe("start-up configuration", () => {
  it("defaults to SQLite under data/", () => {
    const target = parseDatabaseUrl(undefined, "/srv/app");
    expect(target).toMatchObject({ provider: "sqlite", filePath: "/srv/app/data/customer-agent.sqlite" });
  });

  it("picks PostgreSQL from a postgres URL", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db:5432/agent").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgres://db/agent").provider).toBe("postgresql");
  });

  it.each(["mysql://db/agent", "postgresql://", "postgresql://db", "file:", "nonsense"])(
    "rejects DATABASE_URL=%s with one line",
    (url) => {
      expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError);
      try {
        parseDatabaseUrl(url);
      } catch (error) {
        expect((error as Error).message).not.toContain("\n");
      }
    },
  );

  it("explains what to set when credentials are missing and demo mode is off", () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow(/SHOPIFY_API_KEY, SHOPIFY_API_SECRET, SHOPIFY_APP_URL, ENCRYPTION_KEY.*DEMO_MODE=1/);
  });

  it("refuses demo mode while real credentials are configured", () => {
    expect(() => loadConfig({ DEMO_MODE: "1", SHOPIFY_API_KEY: "k", SHOPIFY_API_SECRET: "s" })).toThrow(/DEMO_MODE/);
  });

  it("accepts a complete production configuration", () => {
    const config = loadConfig({
      SHOPIFY_API_KEY: "key",
      SHOPIFY_API_SECRET: "secret",
      SHOPIFY_APP_URL: "https://agent.example.com",
      ENCRYPTION_KEY: "ab".repeat(32),
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/agent",
    });
    expect(config).toMatchObject({ mode: "shopify", apiSecret: "secret", database: { provider: "postgresql" } });
    expect(() => loadConfig({ SHOPIFY_API_KEY: "k", SHOPIFY_API_SECRET: "s", SHOPIFY_APP_URL: "https://a.b", ENCRYPTION_KEY: "short" })).toThrow(/64 hex/);
  });
});
