import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { config } from "../../app/config.server";
import { action, loader } from "../../app/routes/app.integrations";
import { connectProvider, integrationCredentials, integrationsOverview, saveIntegration } from "../../app/services/integrations.server";
import { checkCredentialFormat, PROVIDERS, providerById, type ProviderNetwork } from "../../app/services/provider-catalog";
import { createDemoStore } from "../../app/demo/admin-api";
import { DEMO_ACCESS_TOKEN, DEMO_SHOP_DOMAIN } from "../../app/demo/constants";
import { createProviderFakes } from "../../app/demo/providers";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { AdminClient } from "../../app/shopify/admin-client";
import { db, testShop } from "../support/db";

// The admin routes act for the shop requireAdmin signs in; each test signs in as a shop of its own.
const signedIn = vi.hoisted(() => ({ shop: "" }));
vi.mock("../../app/admin-context.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/admin-context.server")>();
  return { requireAdmin: async (request: Request) => ({ ...(await actual.requireAdmin(request)), shop: signedIn.shop }) };
});

const key = randomBytes(32);
// The keys the providers' fakes accept; connecting checks them against the provider's API.
const SMILE_KEY = DEMO_PROVIDER_CREDENTIALS.smile.apiKey;
const YOTPO = { ...DEMO_PROVIDER_CREDENTIALS.yotpo };
const LOOP_KEY = DEMO_PROVIDER_CREDENTIALS.loop.apiKey;
const APP_URL = "http://127.0.0.1:3000";
const masked = (secret: string) => `••••${secret.slice(-4)}`;

const store = createDemoStore({ baseUrl: "http://127.0.0.1:3000" });
const admin = new AdminClient({ shop: DEMO_SHOP_DOMAIN, accessToken: DEMO_ACCESS_TOKEN, endpoint: store.endpoint, fetch: store.fetch });
const providers = createProviderFakes({ data: store.data, now: () => new Date() });
const network: ProviderNetwork = { admin, fetch: providers.fetch, timeoutMs: 100, retries: 0 };
const post = (fields: Record<string, string>) =>
  action({ request: new Request("http://127.0.0.1:3000/app/integrations", { method: "POST", body: new URLSearchParams(fields) }), params: {}, context: {} });

describe("provider credentials", () => {
  it("are checked for presence and shape before anything is stored", async () => {
    const shop = testShop();
    expect(await connectProvider(db, key, { shop, provider: "yotpo", credentials: { guid: "short", apiKey: "has a space in it!!" } }, network)).toEqual({
      ok: false,
      problems: { guid: { problem: "tooShort", limit: 10 }, apiKey: { problem: "format" } },
    });
    expect(await connectProvider(db, key, { shop, provider: "smile", credentials: {} }, network)).toEqual({ ok: false, problems: { apiKey: { problem: "required" } } });
    expect(await connectProvider(db, key, { shop, provider: "loop", credentials: { apiKey: "k".repeat(513) } }, network)).toEqual({
      ok: false,
      problems: { apiKey: { problem: "tooLong", limit: 512 } },
    });
    expect(await connectProvider(db, key, { shop, provider: "nope", credentials: { apiKey: SMILE_KEY } }, network)).toEqual({ ok: false, problems: { provider: { problem: "invalid" } } });
    expect(await db.integration.count({ where: { shop } })).toBe(0);
  });

  it("are checked with the provider itself: a key it refuses, or a provider that does not answer, stores nothing", async () => {
    const shop = testShop();
    expect(await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: "smile_live_4f9a8b7c6d5e4f3a2b1c" } }, network)).toEqual({
      ok: false,
      problems: { apiKey: { problem: "rejectedByProvider" } },
    });
    providers.setFault("loop", "timeout");
    try {
      expect(await connectProvider(db, key, { shop, provider: "loop", credentials: { apiKey: LOOP_KEY } }, network)).toEqual({ ok: false, problems: { provider: { problem: "providerUnreachable" } } });
    } finally {
      providers.setFault("loop", null);
    }
    expect(await db.integration.count({ where: { shop } })).toBe(0);
  });

  it("are stored encrypted, trimmed, and shown only masked", async () => {
    const shop = testShop();
    expect(await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: `  ${SMILE_KEY}\n`, stray: "ignored" } }, network)).toEqual({ ok: true });
    const row = await db.integration.findFirstOrThrow({ where: { shop } });
    expect(row).toMatchObject({ kind: "loyalty", provider: "smile" });
    expect(row.credentials).not.toContain(SMILE_KEY);
    expect(await integrationCredentials(db, key, shop, "smile")).toEqual({ apiKey: SMILE_KEY });

    const overview = await integrationsOverview(db, key, shop, APP_URL);
    const loyalty = overview.find((kind) => kind.kind === "loyalty")!;
    expect(loyalty.connected).toMatchObject({ provider: "smile", name: "Smile", maskedCredentials: [{ key: "apiKey", masked: masked(SMILE_KEY) }] });
    // A plain setting (the program's name) is stored with the key but shown as entered.
    await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: SMILE_KEY, programName: "Summit Rewards" } }, network);
    const renamed = (await integrationsOverview(db, key, shop, APP_URL)).find((kind) => kind.kind === "loyalty")!;
    expect(renamed.connected?.maskedCredentials).toEqual([{ key: "apiKey", masked: masked(SMILE_KEY) }, { key: "programName", masked: "Summit Rewards" }]);
    expect(JSON.stringify(overview)).not.toContain(SMILE_KEY.slice(0, -4));
  });

  it("read as unreadable, not as an error, when the encryption key changed", async () => {
    const shop = testShop();
    await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: SMILE_KEY } }, network);
    const loyalty = (await integrationsOverview(db, randomBytes(32), shop, APP_URL)).find((kind) => kind.kind === "loyalty")!;
    expect(loyalty.connected).toMatchObject({ provider: "smile", maskedCredentials: null });
  });

  it("connect one provider per kind: another provider of the kind replaces the first, other kinds stay", async () => {
    const shop = testShop();
    await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: SMILE_KEY } }, network);
    await connectProvider(db, key, { shop, provider: "loop", credentials: { apiKey: LOOP_KEY } }, network);
    expect(await connectProvider(db, key, { shop, provider: "yotpo", credentials: YOTPO }, network)).toEqual({ ok: true });
    const rows = await db.integration.findMany({ where: { shop }, orderBy: { kind: "asc" } });
    expect(rows.map((row) => [row.kind, row.provider])).toEqual([["loyalty", "yotpo"], ["returns", "loop"]]);
    // A failed attempt at another provider leaves the connected one in place.
    await connectProvider(db, key, { shop, provider: "loyaltylion", credentials: { accessToken: "" } }, network);
    expect(await integrationCredentials(db, key, shop, "yotpo")).toEqual(YOTPO);
  });

  it("say which skills each kind unlocks and which it adds to", async () => {
    const overview = await integrationsOverview(db, key, testShop(), APP_URL);
    const skillsOf = (kind: string) => {
      const found = overview.find((entry) => entry.kind === kind)!;
      return { unlocks: found.unlocks.map((skill) => skill.id), improves: found.improves.map((skill) => skill.id), connected: found.connected };
    };
    expect(skillsOf("loyalty")).toEqual({ unlocks: ["loyalty"], improves: [], connected: null });
    expect(skillsOf("subscriptions")).toEqual({ unlocks: ["subscriptions"], improves: [], connected: null });
    // Returns works from Shopify alone; a returns provider adds its portal links.
    expect(skillsOf("returns")).toEqual({ unlocks: [], improves: ["returns_exchanges"], connected: null });
  });

  it("need nothing for Shopify subscription contracts", async () => {
    const shop = testShop();
    expect(await connectProvider(db, key, { shop, provider: "shopify_subscriptions", credentials: {} }, network)).toEqual({ ok: true });
    const subscriptions = (await integrationsOverview(db, key, shop, APP_URL)).find((kind) => kind.kind === "subscriptions")!;
    expect(subscriptions.connected).toMatchObject({ provider: "shopify_subscriptions", maskedCredentials: [] });
  });

  it("of one shop are untouched by another shop's connects and disconnects", async () => {
    const shop = testShop();
    const other = testShop();
    await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: SMILE_KEY } }, network);
    await connectProvider(db, key, { shop: other, provider: "yotpo", credentials: YOTPO }, network);
    expect(await integrationCredentials(db, key, shop, "smile")).toEqual({ apiKey: SMILE_KEY });
    expect((await integrationsOverview(db, key, other, APP_URL)).find((kind) => kind.kind === "loyalty")?.connected?.provider).toBe("yotpo");
  });
});

describe("the provider catalog", () => {
  it("lists the design's providers for each kind", () => {
    expect(PROVIDERS.map((provider) => `${provider.kind}:${provider.id}`)).toEqual([
      "returns:loop",
      "returns:aftership",
      "subscriptions:recharge",
      "subscriptions:skio",
      "subscriptions:shopify_subscriptions",
      "loyalty:smile",
      "loyalty:yotpo",
      "loyalty:loyaltylion",
    ]);
    expect(providerById("yotpo")?.fields.map((field) => field.sentAs)).toEqual(["x-guid", "x-api-key", null]);
  });

  it("accepts the characters vendors' keys use and refuses line breaks inside", () => {
    const [field] = providerById("recharge")!.fields;
    expect(checkCredentialFormat([field!], { accessToken: "sk_1x1_abc.DEF-ghi+jkl/mno=" }).ok).toBe(true);
    expect(checkCredentialFormat([field!], { accessToken: "sk_1x1_abc\nDEF-ghi+jkl/mno=" })).toEqual({ ok: false, problems: { accessToken: { problem: "format" } } });
  });
});

describe("the integrations route", () => {
  it("connects and disconnects for the signed-in shop, answering problems for bad credentials", async () => {
    signedIn.shop = testShop();
    expect(await post({ intent: "connect", provider: "smile", "credential.apiKey": "bad" })).toEqual({
      provider: "smile",
      ok: false,
      problems: { apiKey: { problem: "tooShort", limit: 20 } },
    });
    expect(await post({ intent: "connect", provider: "smile", "credential.apiKey": SMILE_KEY })).toEqual({ provider: "smile", ok: true });
    expect(await integrationCredentials(db, config().encryptionKey, signedIn.shop, "smile")).toEqual({ apiKey: SMILE_KEY });

    const page = await loader({ request: new Request("http://127.0.0.1:3000/app/integrations"), params: {}, context: {} });
    expect(JSON.stringify(page.kinds)).toContain(masked(SMILE_KEY));
    expect(JSON.stringify(page.kinds)).not.toContain(SMILE_KEY);
    // The demo shows the key each fake accepts, so a merchant trying the demo can connect the others.
    expect(page.demoCredentials?.yotpo).toEqual(YOTPO);

    expect(await post({ intent: "disconnect", provider: "smile" })).toEqual({ provider: "smile", ok: true });
    expect(await db.integration.count({ where: { shop: signedIn.shop } })).toBe(0);
  });

  it("takes the shop only from the session: a form naming another shop changes nothing there", async () => {
    signedIn.shop = testShop();
    const victim = testShop();
    await saveIntegration(db, config().encryptionKey, { shop: victim, kind: "loyalty", provider: "smile", credentials: { apiKey: SMILE_KEY } });

    await post({ shop: victim, intent: "connect", provider: "yotpo", "credential.guid": YOTPO.guid, "credential.apiKey": YOTPO.apiKey });
    await post({ shop: victim, intent: "disconnect", provider: "smile" });

    expect(await integrationCredentials(db, config().encryptionKey, victim, "smile")).toEqual({ apiKey: SMILE_KEY });
    expect(await db.integration.count({ where: { shop: victim } })).toBe(1);
    expect(await integrationCredentials(db, config().encryptionKey, signedIn.shop, "yotpo")).toEqual(YOTPO);
  });
});
