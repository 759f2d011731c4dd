import { describe, expect, it, vi } from "vitest";
import { action, loader } from "../../app/routes/app.settings";
import { DEFAULT_SETTINGS, saveShopSettings, settingsFromForm, shopSettings, type ShopSettings } from "../../app/services/settings.server";
import { db, testShop } from "../support/db";

// The admin routes act for the shop requireAdmin signs in; each test signs in as a shop of its own.
const signedIn = vi.hoisted(() => ({ shop: "" }));
vi.mock("../../app/admin-context.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/admin-context.server")>();
  return { requireAdmin: async (request: Request) => ({ ...(await actual.requireAdmin(request)), shop: signedIn.shop }) };
});

const SETTINGS: ShopSettings = {
  brandName: "Northwind Outfitters",
  brandSummary: "Outdoor gear from Portland.",
  tone: { preset: "custom", description: "Warm, concise, a little witty" },
  writingRules: ["Never promise a delivery date", "Sign off with — the Northwind team"],
  alwaysHandoffTopics: ["chargeback", "allergic reaction"],
  handoff: { destination: "email", email: "help@northwind.example" },
  businessHours: { openHours: "Mon–Fri 9–6 PT", outsideHoursMessage: "We reply the next business day." },
  saveOffer: { enabled: true, message: "Stay and save 10%!", discountCode: "STAY10" },
};

/** What the settings form posts (field names as in SettingsForm), with overrides. */
function settingsForm(fields: Record<string, string | string[]> = {}) {
  const form = new URLSearchParams();
  const all: Record<string, string | string[]> = {
    brandName: "Northwind",
    brandSummary: "",
    tone: "friendly",
    writingRule: ["Be brief", ""],
    handoffTopic: [],
    handoffDestination: "log",
    openHours: "",
    outsideHoursMessage: "",
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) for (const item of [value].flat()) form.append(name, item);
  return form;
}
const post = (form: URLSearchParams) => action({ request: new Request("http://127.0.0.1:3000/app/settings", { method: "POST", body: form }), params: {}, context: {} });

describe("shop settings", () => {
  it("read as defaults before anything is saved", async () => {
    expect(await shopSettings(db, testShop())).toEqual(DEFAULT_SETTINGS);
  });

  it("are saved and read back parsed and typed", async () => {
    const shop = testShop();
    expect(await saveShopSettings(db, shop, SETTINGS)).toEqual({ ok: true, settings: SETTINGS });
    expect(await shopSettings(db, shop)).toEqual(SETTINGS);
    await saveShopSettings(db, shop, { ...SETTINGS, tone: { preset: "playful" }, handoff: { destination: "log" } });
    expect(await shopSettings(db, shop)).toMatchObject({ tone: { preset: "playful" }, handoff: { destination: "log" } });
  });

  it("normalise a helpdesk's domain and refuse the other helpdesk's", async () => {
    const shop = testShop();
    const withHelpdesk = (helpdesk: string, domain: string) => saveShopSettings(db, shop, { ...SETTINGS, handoff: { destination: "helpdesk", helpdesk, domain } });
    expect(await withHelpdesk("gorgias", "https://Acme.Gorgias.com/app")).toMatchObject({ ok: true, settings: { handoff: { helpdesk: "gorgias", domain: "acme.gorgias.com" } } });
    expect(await shopSettings(db, shop)).toMatchObject({ handoff: { destination: "helpdesk", helpdesk: "gorgias", domain: "acme.gorgias.com" } });
    expect(await withHelpdesk("zendesk", "acme")).toMatchObject({ ok: true, settings: { handoff: { domain: "acme.zendesk.com" } } });
    expect(await withHelpdesk("zendesk", "acme.gorgias.com")).toEqual({ ok: false, problems: { "handoff.domain": { problem: "wrongHelpdesk" } } });
    expect(await withHelpdesk("zendesk", "not a domain")).toEqual({ ok: false, problems: { "handoff.domain": { problem: "format" } } });
    expect(await withHelpdesk("freshdesk", "acme")).toMatchObject({ ok: false, problems: { "handoff.helpdesk": { problem: "invalid" } } });
  });

  it("refuse invalid input field by field and keep what was saved", async () => {
    const shop = testShop();
    await saveShopSettings(db, shop, SETTINGS);
    const result = await saveShopSettings(db, shop, {
      ...SETTINGS,
      brandName: "b".repeat(101),
      tone: { preset: "custom", description: "  " },
      writingRules: ["fine", "r".repeat(201)],
      alwaysHandoffTopics: Array.from({ length: 51 }, (_, i) => `topic ${i}`),
      handoff: { destination: "email", email: "not-an-email" },
      saveOffer: { enabled: true, message: "m".repeat(501), discountCode: "STAY 10%" },
    });
    expect(result).toEqual({
      ok: false,
      problems: {
        brandName: { problem: "tooLong", limit: 100 },
        "tone.description": { problem: "required" },
        "writingRules.1": { problem: "tooLong", limit: 200 },
        alwaysHandoffTopics: { problem: "tooMany", limit: 50 },
        "handoff.email": { problem: "email" },
        "saveOffer.message": { problem: "tooLong", limit: 500 },
        "saveOffer.discountCode": { problem: "format" },
      },
    });
    expect(await shopSettings(db, shop)).toEqual(SETTINGS);
  });

  it("read unreadable stored values as their defaults", async () => {
    const shop = testShop();
    await db.shopSettings.create({
      data: { shop, tone: "shouty", writingRules: "not json", alwaysHandoffTopics: '{"a":1}', handoffDestination: "helpdesk", handoffEmail: "acme.example.com", businessHours: '{"openHours":"9-5"}' },
    });
    expect(await shopSettings(db, shop)).toEqual({ ...DEFAULT_SETTINGS, businessHours: { openHours: "9-5", outsideHoursMessage: "" } });
  });

  it("of one shop are untouched by another shop's save", async () => {
    const shop = testShop();
    const other = testShop();
    await saveShopSettings(db, shop, SETTINGS);
    await saveShopSettings(db, other, { ...SETTINGS, brandName: "Other" });
    expect(await shopSettings(db, shop)).toEqual(SETTINGS);
  });

  it("come from the form with blank list rows dropped and unused fields left out", () => {
    const form = new FormData();
    for (const [name, value] of settingsForm({ tone: "custom", customTone: "Calm", handoffDestination: "helpdesk", helpdesk: "zendesk", helpdeskDomain: "acme", handoffEmail: "x@y.z", saveOfferMessage: "Stay!", saveOfferCode: "" })) form.append(name, value);
    expect(settingsFromForm(form)).toEqual({
      brandName: "Northwind",
      brandSummary: "",
      tone: { preset: "custom", description: "Calm" },
      writingRules: ["Be brief"],
      alwaysHandoffTopics: [],
      handoff: { destination: "helpdesk", helpdesk: "zendesk", domain: "acme" },
      businessHours: { openHours: "", outsideHoursMessage: "" },
      // An unticked checkbox is absent from the form: the offer is off.
      saveOffer: { enabled: false, message: "Stay!", discountCode: "" },
    });
  });
});

describe("the settings route", () => {
  it("saves valid settings, answers problems for invalid ones, and shows what is stored", async () => {
    signedIn.shop = testShop();
    expect(await post(settingsForm({ handoffDestination: "email", handoffEmail: "nope" }))).toEqual({ ok: false, problems: { "handoff.email": { problem: "email" } } });
    expect(await post(settingsForm({ handoffDestination: "email", handoffEmail: "team@northwind.example" }))).toMatchObject({ ok: true });
    const page = await loader({ request: new Request("http://127.0.0.1:3000/app/settings"), params: {}, context: {} });
    expect(page.settings).toMatchObject({ brandName: "Northwind", writingRules: ["Be brief"], handoff: { destination: "email", email: "team@northwind.example" } });
  });

  it("takes the shop only from the session: a form naming another shop changes nothing there", async () => {
    signedIn.shop = testShop();
    const victim = testShop();
    await saveShopSettings(db, victim, SETTINGS);
    await post(settingsForm({ shop: victim, brandName: "Hijacked" }));
    expect(await shopSettings(db, victim)).toEqual(SETTINGS);
    expect((await shopSettings(db, signedIn.shop)).brandName).toBe("Hijacked");
  });
});
