import type { FieldProblems } from "../admin/field-problems";
import type { Text } from "../admin/i18n";
import { ProviderError, type AdapterDeps, type IntegrationKind, type ProviderAdapter, type ProviderAdapters } from "../agent/tools/providers";
import { createLoyaltyLion } from "../agent/tools/providers/loyalty/loyaltylion";
import { createSmile } from "../agent/tools/providers/loyalty/smile";
import { createYotpo } from "../agent/tools/providers/loyalty/yotpo";
import { createAfterShipReturns } from "../agent/tools/providers/returns/aftership";
import { createLoopReturns } from "../agent/tools/providers/returns/loop";
import { createRecharge } from "../agent/tools/providers/subscriptions/recharge";
import { createShopifySubscriptions } from "../agent/tools/providers/subscriptions/shopify-contracts";
import { createSkio } from "../agent/tools/providers/subscriptions/skio";
import type { AdminClient } from "../shopify/admin-client";

/**
 * The providers a shop can connect, one kind at a time (design.md §4): the credentials each needs, how they are
 * checked before they are stored, and the adapter that talks to the provider — the one list of provider ids.
 *
 * Connecting checks twice: the shape of each field first (the vendors publish no key formats, so each field allows
 * what their keys look like in practice — printable characters without spaces (`TOKEN_CHARACTERS`) within a length
 * range — and refuses the usual paste mistakes), then the provider's own API with a cheap authenticated read, so a
 * wrong key is refused on its field before anything is stored and a skill never goes Live on credentials that fail.
 */

export type CredentialField = {
  /** The key in the stored credentials object. */
  key: string;
  label: Text;
  /**
   * Where the provider expects it (a header or auth scheme), shown to help the merchant find the right key; null
   * for a setting of ours that never reaches the provider (the program's name).
   */
  sentAs: string | null;
  /** Secrets are shown masked, never in full; a plain setting is shown as entered. */
  secret: boolean;
  minLength: number;
  maxLength: number;
  pattern: RegExp;
  /** May be left empty (e.g. a webhook secret, needed only for the provider's webhooks). */
  optional?: boolean;
};

export type CredentialCheck = { ok: true; credentials: Record<string, string> } | { ok: false; problems: FieldProblems };

/** What an adapter is built with besides credentials: the network, and the shop's Admin API for Shopify's own. */
export type ProviderNetwork = AdapterDeps & { admin: AdminClient };

export type ProviderDefinition<Kind extends IntegrationKind = IntegrationKind> = {
  id: string;
  kind: Kind;
  name: string;
  fields: CredentialField[];
  /** Where the provider's signed webhooks are received, when it sends any (the merchant adds `?shop=`). */
  webhookPath?: string;
  create(credentials: Record<string, string>, network: ProviderNetwork): AdapterOf<Kind>;
  /**
   * Takes what the merchant typed (by field key); returns the credentials to store, or problems by field key
   * (`provider` when the provider could not be reached at all).
   */
  validate(input: Record<string, string | undefined>, network: ProviderNetwork): Promise<CredentialCheck>;
};

type AdapterOf<Kind extends IntegrationKind> = NonNullable<ProviderAdapters[Kind]>;

/** API keys and tokens: URL-safe and base64 characters plus the separators vendors use ("sk_live_…", "a.b.c"). */
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~+/=:-]+$/;

const API_KEY: Text = { en: "API key", ko: "API 키" };
const ACCESS_TOKEN: Text = { en: "Access token", ko: "액세스 토큰" };

/** A secret key or token: 20–512 token characters. */
function tokenField(key: string, label: Text, sentAs: string, minLength = 20): CredentialField {
  return { key, label, sentAs, minLength, maxLength: 512, pattern: TOKEN_CHARACTERS, secret: true };
}

/**
 * What the merchant calls their loyalty program ("Summit Rewards"): none of the loyalty APIs says, and shoppers
 * should see the name they know on the loyalty card.
 */
const PROGRAM_NAME: CredentialField = {
  key: "programName",
  label: { en: "Program name shown to shoppers (optional)", ko: "고객에게 보이는 프로그램 이름 (선택)" },
  sentAs: null,
  minLength: 2,
  maxLength: 60,
  pattern: /^[\p{L}\p{N} '&.,!-]+$/u,
  secret: false,
  optional: true,
};

/** Presence and shape of every field; surrounding whitespace from copy-paste is trimmed first. */
export function checkCredentialFormat(fields: readonly CredentialField[], input: Record<string, string | undefined>): CredentialCheck {
  const credentials: Record<string, string> = {};
  const problems: FieldProblems = {};
  for (const field of fields) {
    const value = (input[field.key] ?? "").trim();
    if (value === "" && field.optional) continue;
    if (value === "") problems[field.key] = { problem: "required" };
    else if (value.length < field.minLength) problems[field.key] = { problem: "tooShort", limit: field.minLength };
    else if (value.length > field.maxLength) problems[field.key] = { problem: "tooLong", limit: field.maxLength };
    else if (!field.pattern.test(value)) problems[field.key] = { problem: "format" };
    else credentials[field.key] = value;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, credentials };
}

function provider<Kind extends IntegrationKind>(definition: Omit<ProviderDefinition<Kind>, "validate">): ProviderDefinition<Kind> {
  return {
    ...definition,
    async validate(input, network) {
      const check = checkCredentialFormat(definition.fields, input);
      if (!check.ok) return check;
      const verdict = await credentialVerdict(definition.create(check.credentials, network));
      if (verdict === "accepted") return check;
      // A refused key is the merchant's to fix on its field; an unreachable provider is nobody's typo.
      const field = definition.fields[0]?.key ?? "provider";
      return { ok: false, problems: verdict === "refused" ? { [field]: { problem: "rejectedByProvider" } } : { provider: { problem: "providerUnreachable" } } };
    },
  };
}

async function credentialVerdict(adapter: ProviderAdapter): Promise<"accepted" | "refused" | "unreachable"> {
  try {
    await adapter.verifyCredentials();
    return "accepted";
  } catch (error) {
    return error instanceof ProviderError && error.reason === "unauthorized" ? "refused" : "unreachable";
  }
}

export const PROVIDERS: readonly ProviderDefinition[] = [
  provider({
    id: "loop",
    kind: "returns",
    name: "Loop Returns",
    fields: [
      tokenField("apiKey", API_KEY, "X-Authorization"),
      // Loop signs its webhooks with this (Developer Tools → Webhooks); without it, Loop's webhooks are refused.
      { ...tokenField("webhookSecret", { en: "Webhook secret (optional)", ko: "웹훅 시크릿 (선택)" }, "X-Loop-Signature", 16), optional: true },
    ],
    webhookPath: "/webhooks/loop",
    create: createLoopReturns,
  }),
  provider({ id: "aftership", kind: "returns", name: "AfterShip Returns", fields: [tokenField("apiKey", API_KEY, "as-api-key")], create: createAfterShipReturns }),
  provider({ id: "recharge", kind: "subscriptions", name: "Recharge", fields: [tokenField("accessToken", ACCESS_TOKEN, "X-Recharge-Access-Token")], create: createRecharge }),
  provider({ id: "skio", kind: "subscriptions", name: "Skio", fields: [tokenField("apiToken", { en: "API token", ko: "API 토큰" }, "authorization: API <token>")], create: createSkio }),
  // Reads the shop's own subscription contracts through the app's Shopify access: nothing to enter.
  provider({ id: "shopify_subscriptions", kind: "subscriptions", name: "Shopify subscription contracts", fields: [], create: (_credentials, network) => createShopifySubscriptions(network.admin) }),
  provider({
    id: "smile",
    kind: "loyalty",
    name: "Smile",
    fields: [tokenField("apiKey", { en: "Private API key", ko: "비공개 API 키" }, "Authorization: Bearer"), PROGRAM_NAME],
    create: (credentials, network) => createSmile(credentials, network, credentials),
  }),
  provider({
    id: "yotpo",
    kind: "loyalty",
    name: "Yotpo Loyalty",
    fields: [
      // The GUID identifies the merchant's account (letters, digits, - and _), the API key authorises it.
      { key: "guid", label: { en: "GUID", ko: "GUID" }, sentAs: "x-guid", minLength: 10, maxLength: 64, pattern: /^[A-Za-z0-9_-]+$/, secret: true },
      tokenField("apiKey", API_KEY, "x-api-key", 16),
      PROGRAM_NAME,
    ],
    create: (credentials, network) => createYotpo(credentials, network, credentials),
  }),
  provider({
    id: "loyaltylion",
    kind: "loyalty",
    name: "LoyaltyLion",
    fields: [tokenField("accessToken", ACCESS_TOKEN, "Authorization: Bearer"), PROGRAM_NAME],
    create: (credentials, network) => createLoyaltyLion(credentials, network, credentials),
  }),
];

export function providerById(id: string): ProviderDefinition | undefined {
  return PROVIDERS.find((candidate) => candidate.id === id);
}

export function providersOf<Kind extends IntegrationKind>(kind: Kind): ProviderDefinition<Kind>[] {
  return PROVIDERS.filter((candidate): candidate is ProviderDefinition<Kind> => candidate.kind === kind);
}
