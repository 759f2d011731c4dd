import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { config } from "../../app/config.server";
import { action, loader } from "../../app/routes/app.integrations";
import { connectProvider, integrationCredentials, integrationsOverview, saveIntegration } from "../../app/services/integrations.server";
import { checkCredentialFormat, PROVIDERS, providerById } from "../../app/services/provider-catalog";
import { db, testShop } from "../support/db";

// The admin routes act for the shop requireAdmin signs in; each test signs in as a shop of its own.
const signedIn = vi.hoisted(() => ({ shop: "" }));
vi.mock("../../app/admin-context.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/admin-context.server")>();
  return { requireAdmin: async (request: Request) => ({ ...(await actual.requireAdmin(request)), shop: signedIn.shop }) };
});

const key = randomBytes(32);
const SMILE_KEY = "smile_live_4f9a8b7c6d5e4f3a2b1c";
const YOTPO = { guid: "Yt7GuidAbc123", apiKey: "yotpo_api_key_998877" };
const post = (fields: Record<string, string>) =>
  action({ request: new Request("http://127.0.0.1:3000/app/integrations", { method: "POST", body: new URLSearchParams(fields) }), params: {}, context: {} });

describe("provider credentials", () => {
  it("are checked for presence and shape before anything is stored", async () => {
    const shop = testShop();
    expect(await connectProvider(db, key, { shop, provider: "yotpo", credentials: { guid: "short", apiKey: "has a space in it!!" } })).toEqual({
      ok: false,
      problems: { guid: { problem: "tooShort", limit: 10 }, apiKey: { problem: "format" } },
    });
    expect(await connectProvider(db, key, { shop, provider: "smile", credentials: {} })).toEqual({ ok: false, problems: { apiKey: { problem: "required" } } });
    expect(await connectProvider(db, key, { shop, provider: "loop", credentials: { apiKey: "k".repeat(513) } })).toEqual({
      ok: false,
      problems: { apiKey: { problem: "tooLong", limit: 512 } },
    });
    expect(await connectProvider(db, key, { shop, provider: "nope", credentials: { apiKey: SMILE_KEY } })).toEqual({ ok: false, problems: { provider: { problem: "invalid" } } });
    expect(await db.integration.count({ where: { shop } })).toBe(0);
  });

  it("are stored encrypted, trimmed, and shown only masked", async () => {
    const shop = testShop();
    expect(await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: `  ${SMILE_KEY}\n`, stray: "ignored" } })).toEqual({ ok: true });
    const row = await db.integration.findFirstOrThrow({ where: { shop } });
    expect(row).toMatchObject({ kind: "loyalty", provider: "smile" });
    expect(row.credentials).not.toContain(SMILE_KEY);
    expect(await integrationCredentials(db, key, shop, "smile")).toEqual({ apiKey: SMILE_KEY });

    const overview = await integrationsOverview(db, key, shop);
    const loyalty = overview.find((kind) => kind.kind === "loyalty")!;
    expect(loyalty.connected).toMatchObject({ provider: "smile", name: "Smile", maskedCredentials: [{ key: "apiKey", masked: "••••2b1c" }] });
    expect(JSON.stringify(overview)).not.toContain(SMILE_KEY.slice(0, -4));
  });

  it("read as unreadable, not as an error, when the encryption key changed", async () => {
    const shop = testShop();
    await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: SMILE_KEY } });
    const loyalty = (await integrationsOverview(db, randomBytes(32), shop)).find((kind) => kind.kind === "loyalty")!;
    expect(loyalty.connected).toMatchObject({ provider: "smile", maskedCredentials: null });
  });

  it("connect one provider per kind: another provider of the kind replaces the first, other kinds stay", async () => {
    const shop = testShop();
    await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: SMILE_KEY } });
    await connectProvider(db, key, { shop, provider: "loop", credentials: { apiKey: "loop_key_0123456789abcdef" } });
    expect(await connectProvider(db, key, { shop, provider: "yotpo", credentials: YOTPO })).toEqual({ ok: true });
    const rows = await db.integration.findMany({ where: { shop }, orderBy: { kind: "asc" } });
    expect(rows.map((row) => [row.kind, row.provider])).toEqual([["loyalty", "yotpo"], ["returns", "loop"]]);
    // A failed attempt at another provider leaves the connected one in place.
    await connectProvider(db, key, { shop, provider: "loyaltylion", credentials: { accessToken: "" } });
    expect(await integrationCredentials(db, key, shop, "yotpo")).toEqual(YOTPO);
  });

  it("say which skills each kind unlocks and which it adds to", async () => {
    const overview = await integrationsOverview(db, key, testShop());
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
    expect(await connectProvider(db, key, { shop, provider: "shopify_subscriptions", credentials: {} })).toEqual({ ok: true });
    const subscriptions = (await integrationsOverview(db, key, shop)).find((kind) => kind.kind === "subscriptions")!;
    expect(subscriptions.connected).toMatchObject({ provider: "shopify_subscriptions", maskedCredentials: [] });
  });

  it("of one shop are untouched by another shop's connects and disconnects", async () => {
    const shop = testShop();
    const other = testShop();
    await connectProvider(db, key, { shop, provider: "smile", credentials: { apiKey: SMILE_KEY } });
    await connectProvider(db, key, { shop: other, provider: "yotpo", credentials: YOTPO });
    expect(await integrationCredentials(db, key, shop, "smile")).toEqual({ apiKey: SMILE_KEY });
    expect((await integrationsOverview(db, key, other)).find((kind) => kind.kind === "loyalty")?.connected?.provider).toBe("yotpo");
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
    expect(providerById("yotpo")?.fields.map((field) => field.sentAs)).toEqual(["x-guid", "x-api-key"]);
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
    expect(JSON.stringify(page)).toContain("••••2b1c");
    expect(JSON.stringify(page)).not.toContain(SMILE_KEY);

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
