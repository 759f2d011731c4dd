import { z } from "zod";
import { type FieldProblems, problemsFromZod } from "../admin/field-problems";
import type { Db } from "../db/client";

/**
 * The merchant's guidance for the agent: brand, tone, writing rules, topics that always go to a person, where
 * handoffs go and what to say about business hours. Stored in ShopSettings (JSON lists and objects as text);
 * `shopSettings` is how the agent and the admin read it — parsed, typed, with defaults for anything unset.
 */

export const TONE_PRESETS = ["friendly", "professional", "playful"] as const;
export type TonePreset = (typeof TONE_PRESETS)[number];
export const HELPDESKS = ["gorgias", "zendesk"] as const;
export type Helpdesk = (typeof HELPDESKS)[number];

export const LIMITS = {
  brandName: 100,
  brandSummary: 1000,
  customTone: 300,
  rule: 200,
  rules: 30,
  topic: 100,
  topics: 50,
  openHours: 300,
  outsideHoursMessage: 1000,
  saveOfferMessage: 500,
  saveOfferCode: 50,
} as const;

/** A helpdesk account's API host: Gorgias serves `{account}.gorgias.com/api`, Zendesk `{subdomain}.zendesk.com/api/v2`. */
const HELPDESK_HOST_SUFFIX: Record<Helpdesk, string> = { gorgias: ".gorgias.com", zendesk: ".zendesk.com" };
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type Tone = { preset: TonePreset } | { preset: "custom"; description: string };
export type HandoffDestination =
  | { destination: "log" }
  | { destination: "email"; email: string }
  | { destination: "helpdesk"; helpdesk: Helpdesk; domain: string };

export type ShopSettings = {
  brandName: string;
  brandSummary: string;
  tone: Tone;
  /** Short rules the agent's replies follow ("Never promise delivery dates"). */
  writingRules: string[];
  /** Phrases that send a conversation straight to a person ("chargeback", "allergic reaction"). */
  alwaysHandoffTopics: string[];
  /** Handoffs are always in the admin's handoff log; this is where they are also sent. */
  handoff: HandoffDestination;
  businessHours: { openHours: string; outsideHoursMessage: string };
  /**
   * Before a subscription is cancelled the agent offers to skip or pause instead, with the merchant's message and,
   * optionally, a discount code for staying. Off: cancellation goes straight to the confirmation.
   */
  saveOffer: SaveOffer;
};

export type SaveOffer = { enabled: boolean; message: string; discountCode: string };

export const DEFAULT_SETTINGS: ShopSettings = {
  brandName: "",
  brandSummary: "",
  tone: { preset: "friendly" },
  writingRules: [],
  alwaysHandoffTopics: [],
  handoff: { destination: "log" },
  businessHours: { openHours: "", outsideHoursMessage: "" },
  saveOffer: { enabled: true, message: "", discountCode: "" },
};

const phraseList = (maxChars: number, maxItems: number) => z.array(z.string().trim().min(1).max(maxChars)).max(maxItems);

/** Accepts "acme", "acme.gorgias.com" or "https://acme.gorgias.com/" and keeps "acme.gorgias.com". */
function helpdeskDomain(helpdesk: Helpdesk, typed: string): string | { problem: "format" | "wrongHelpdesk" } {
  const host = typed.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  const otherSuffix = HELPDESKS.filter((other) => other !== helpdesk).map((other) => HELPDESK_HOST_SUFFIX[other]);
  if (otherSuffix.some((suffix) => host.endsWith(suffix))) return { problem: "wrongHelpdesk" };
  const account = host.endsWith(HELPDESK_HOST_SUFFIX[helpdesk]) ? host.slice(0, -HELPDESK_HOST_SUFFIX[helpdesk].length) : host;
  return HOST_LABEL.test(account) ? `${account}${HELPDESK_HOST_SUFFIX[helpdesk]}` : { problem: "format" };
}

const HandoffInput = z.discriminatedUnion("destination", [
  z.object({ destination: z.literal("log") }),
  z.object({ destination: z.literal("email"), email: z.string().trim().min(1).pipe(z.email()) }),
  z
    .object({ destination: z.literal("helpdesk"), helpdesk: z.enum(HELPDESKS), domain: z.string().trim().min(1) })
    .transform((value, ctx) => {
      const domain = helpdeskDomain(value.helpdesk, value.domain);
      if (typeof domain === "string") return { ...value, domain };
      ctx.addIssue({ code: "custom", path: ["domain"], message: domain.problem });
      return z.NEVER;
    }),
]);

const ToneInput = z.discriminatedUnion("preset", [
  z.object({ preset: z.enum(TONE_PRESETS) }),
  z.object({ preset: z.literal("custom"), description: z.string().trim().min(1).max(LIMITS.customTone) }),
]);

export const SettingsInput = z.object({
  brandName: z.string().trim().max(LIMITS.brandName),
  brandSummary: z.string().trim().max(LIMITS.brandSummary),
  tone: ToneInput,
  writingRules: phraseList(LIMITS.rule, LIMITS.rules),
  alwaysHandoffTopics: phraseList(LIMITS.topic, LIMITS.topics),
  handoff: HandoffInput,
  businessHours: z.object({
    openHours: z.string().trim().max(LIMITS.openHours),
    outsideHoursMessage: z.string().trim().max(LIMITS.outsideHoursMessage),
  }),
  saveOffer: z.object({
    enabled: z.boolean(),
    message: z.string().trim().max(LIMITS.saveOfferMessage),
    // Shopify discount codes: letters, digits, dashes and underscores.
    discountCode: z.string().trim().max(LIMITS.saveOfferCode).regex(/^[A-Za-z0-9_-]*$/, "format"),
  }),
});

/**
 * The settings form's fields as SettingsInput's shape. Empty list rows are dropped (an "Add rule" left blank is
 * not a mistake); fields the chosen tone or destination does not use are left out.
 */
export function settingsFromForm(form: FormData): unknown {
  const text = (name: string) => String(form.get(name) ?? "");
  const list = (name: string) => form.getAll(name).map(String).filter((item) => item.trim() !== "");
  const tone = text("tone");
  const destination = text("handoffDestination");
  return {
    brandName: text("brandName"),
    brandSummary: text("brandSummary"),
    tone: tone === "custom" ? { preset: tone, description: text("customTone") } : { preset: tone },
    writingRules: list("writingRule"),
    alwaysHandoffTopics: list("handoffTopic"),
    handoff:
      destination === "email"
        ? { destination, email: text("handoffEmail") }
        : destination === "helpdesk"
          ? { destination, helpdesk: text("helpdesk"), domain: text("helpdeskDomain") }
          : { destination },
    businessHours: { openHours: text("openHours"), outsideHoursMessage: text("outsideHoursMessage") },
    saveOffer: { enabled: form.get("saveOfferEnabled") === "on", message: text("saveOfferMessage"), discountCode: text("saveOfferCode") },
  };
}

export type SaveSettingsResult = { ok: true; settings: ShopSettings } | { ok: false; problems: FieldProblems };

export async function saveShopSettings(db: Db, shop: string, input: unknown): Promise<SaveSettingsResult> {
  const parsed = SettingsInput.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const settings: ShopSettings = parsed.data;
  const columns = toColumns(settings);
  await db.shopSettings.upsert({ where: { shop }, create: { shop, ...columns }, update: columns });
  return { ok: true, settings };
}

/** The shop's settings for the agent and the admin; defaults when nothing is saved or a stored value is unreadable. */
export async function shopSettings(db: Db, shop: string): Promise<ShopSettings> {
  const row = await db.shopSettings.findUnique({ where: { shop } });
  return row ? fromColumns(row) : DEFAULT_SETTINGS;
}

/*
 * Storage. The schema has one column per concern: `tone` holds a preset id or "custom:<description>";
 * `handoffEmail` holds the handoff address — the email, or the helpdesk's domain, whose suffix names the helpdesk.
 */
const CUSTOM_TONE_PREFIX = "custom:";

type SettingsColumns = {
  brandName: string;
  brandSummary: string;
  tone: string;
  writingRules: string;
  alwaysHandoffTopics: string;
  handoffDestination: string;
  handoffEmail: string | null;
  businessHours: string;
  saveOffer: string;
};

function toColumns(settings: ShopSettings): SettingsColumns {
  const { tone, handoff } = settings;
  return {
    brandName: settings.brandName,
    brandSummary: settings.brandSummary,
    tone: tone.preset === "custom" ? `${CUSTOM_TONE_PREFIX}${tone.description}` : tone.preset,
    writingRules: JSON.stringify(settings.writingRules),
    alwaysHandoffTopics: JSON.stringify(settings.alwaysHandoffTopics),
    handoffDestination: handoff.destination,
    handoffEmail: handoff.destination === "email" ? handoff.email : handoff.destination === "helpdesk" ? handoff.domain : null,
    businessHours: JSON.stringify(settings.businessHours),
    saveOffer: JSON.stringify(settings.saveOffer),
  };
}

function fromColumns(row: SettingsColumns): ShopSettings {
  return {
    brandName: row.brandName,
    brandSummary: row.brandSummary,
    tone: storedTone(row.tone),
    writingRules: storedJson(row.writingRules, z.array(z.string()), DEFAULT_SETTINGS.writingRules),
    alwaysHandoffTopics: storedJson(row.alwaysHandoffTopics, z.array(z.string()), DEFAULT_SETTINGS.alwaysHandoffTopics),
    handoff: storedHandoff(row.handoffDestination, row.handoffEmail),
    businessHours: { ...DEFAULT_SETTINGS.businessHours, ...storedJson(row.businessHours, StoredBusinessHours, {}) },
    saveOffer: { ...DEFAULT_SETTINGS.saveOffer, ...storedJson(row.saveOffer, StoredSaveOffer, {}) },
  };
}

const StoredSaveOffer = z.object({ enabled: z.boolean(), message: z.string(), discountCode: z.string() }).partial();

const StoredBusinessHours = z.object({ openHours: z.string(), outsideHoursMessage: z.string() }).partial();

function storedTone(stored: string): Tone {
  if (stored.startsWith(CUSTOM_TONE_PREFIX)) return { preset: "custom", description: stored.slice(CUSTOM_TONE_PREFIX.length) };
  const preset = z.enum(TONE_PRESETS).safeParse(stored);
  return preset.success ? { preset: preset.data } : DEFAULT_SETTINGS.tone;
}

function storedHandoff(destination: string, address: string | null): HandoffDestination {
  if (destination === "email" && address) return { destination, email: address };
  const helpdesk = HELPDESKS.find((candidate) => address?.endsWith(HELPDESK_HOST_SUFFIX[candidate]));
  if (destination === "helpdesk" && address && helpdesk) return { destination, helpdesk, domain: address };
  return DEFAULT_SETTINGS.handoff;
}

function storedJson<T>(stored: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}
