import type { FieldProblems } from "../admin/field-problems";
import type { Text } from "../admin/i18n";
import type { IntegrationKind } from "../agent/tools/providers";

/**
 * The providers a shop can connect, one kind at a time (design.md §4), with the credentials each needs and how they
 * are checked before they are stored.
 *
 * Today `validate` checks presence and shape only: the vendors publish no key formats, so each field allows what
 * their keys look like in practice — printable characters without spaces (`TOKEN_CHARACTERS`) within a length
 * range — and refuses the usual paste mistakes (empty, a few characters, a space or line break inside). When the
 * provider adapters land, a provider's `validate` also calls its API (e.g. Smile's `GET /v1/customers?limit=1`)
 * and reports a rejected key on its field; it is async for that reason.
 */

export type CredentialField = {
  /** The key in the stored credentials object. */
  key: string;
  label: Text;
  /** Where the provider expects it (a header or auth scheme), shown to help the merchant find the right key. */
  sentAs: string;
  minLength: number;
  maxLength: number;
  pattern: RegExp;
};

export type CredentialCheck = { ok: true; credentials: Record<string, string> } | { ok: false; problems: FieldProblems };

export type ProviderDefinition = {
  id: string;
  kind: IntegrationKind;
  name: string;
  fields: CredentialField[];
  /** Takes what the merchant typed (by field key); returns the credentials to store, or problems by field key. */
  validate(input: Record<string, string | undefined>): Promise<CredentialCheck>;
};

/** API keys and tokens: URL-safe and base64 characters plus the separators vendors use ("sk_live_…", "a.b.c"). */
const TOKEN_CHARACTERS = /^[A-Za-z0-9._~+/=:-]+$/;

const API_KEY: Text = { en: "API key", ko: "API 키" };
const ACCESS_TOKEN: Text = { en: "Access token", ko: "액세스 토큰" };

/** A secret key or token: 20–512 token characters. */
function tokenField(key: string, label: Text, sentAs: string, minLength = 20): CredentialField {
  return { key, label, sentAs, minLength, maxLength: 512, pattern: TOKEN_CHARACTERS };
}

/** Presence and shape of every field; surrounding whitespace from copy-paste is trimmed first. */
export function checkCredentialFormat(fields: readonly CredentialField[], input: Record<string, string | undefined>): CredentialCheck {
  const credentials: Record<string, string> = {};
  const problems: FieldProblems = {};
  for (const field of fields) {
    const value = (input[field.key] ?? "").trim();
    if (value === "") problems[field.key] = { problem: "required" };
    else if (value.length < field.minLength) problems[field.key] = { problem: "tooShort", limit: field.minLength };
    else if (value.length > field.maxLength) problems[field.key] = { problem: "tooLong", limit: field.maxLength };
    else if (!field.pattern.test(value)) problems[field.key] = { problem: "format" };
    else credentials[field.key] = value;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, credentials };
}

function provider(definition: Omit<ProviderDefinition, "validate">): ProviderDefinition {
  return { ...definition, validate: async (input) => checkCredentialFormat(definition.fields, input) };
}

export const PROVIDERS: readonly ProviderDefinition[] = [
  provider({ id: "loop", kind: "returns", name: "Loop Returns", fields: [tokenField("apiKey", API_KEY, "X-Authorization")] }),
  provider({ id: "aftership", kind: "returns", name: "AfterShip Returns", fields: [tokenField("apiKey", API_KEY, "as-api-key")] }),
  provider({ id: "recharge", kind: "subscriptions", name: "Recharge", fields: [tokenField("accessToken", ACCESS_TOKEN, "X-Recharge-Access-Token")] }),
  provider({ id: "skio", kind: "subscriptions", name: "Skio", fields: [tokenField("apiToken", { en: "API token", ko: "API 토큰" }, "authorization: API <token>")] }),
  // Reads the shop's own subscription contracts through the app's Shopify access: nothing to enter.
  provider({ id: "shopify_subscriptions", kind: "subscriptions", name: "Shopify subscription contracts", fields: [] }),
  provider({ id: "smile", kind: "loyalty", name: "Smile", fields: [tokenField("apiKey", { en: "Private API key", ko: "비공개 API 키" }, "Authorization: Bearer")] }),
  provider({
    id: "yotpo",
    kind: "loyalty",
    name: "Yotpo Loyalty",
    fields: [
      // The GUID identifies the merchant's account (letters, digits, - and _), the API key authorises it.
      { key: "guid", label: { en: "GUID", ko: "GUID" }, sentAs: "x-guid", minLength: 10, maxLength: 64, pattern: /^[A-Za-z0-9_-]+$/ },
      tokenField("apiKey", API_KEY, "x-api-key", 16),
    ],
  }),
  provider({ id: "loyaltylion", kind: "loyalty", name: "LoyaltyLion", fields: [tokenField("accessToken", ACCESS_TOKEN, "Authorization: Bearer")] }),
];

export function providerById(id: string): ProviderDefinition | undefined {
  return PROVIDERS.find((candidate) => candidate.id === id);
}

export function providersOf(kind: IntegrationKind): ProviderDefinition[] {
  return PROVIDERS.filter((candidate) => candidate.kind === kind);
}
