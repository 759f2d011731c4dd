import { z } from "zod";
import type { FieldProblems } from "../admin/field-problems";
import type { Text } from "../admin/i18n";
import type { SkillId } from "../agent/skill-ids";
import { SKILLS } from "../agent/skills";
import { IntegrationKind, interceptCalls, NO_PROVIDERS, ProviderError, type ProviderAdapter, type ProviderAdapters } from "../agent/tools/providers";
import type { Db } from "../db/client";
import { decryptSecret, encryptSecret, maskSecret } from "../lib/secrets";
import { providerById, providersOf, type ProviderNetwork } from "./provider-catalog";

/** Provider credentials are a flat map of strings (API key, shop id, …); only their ciphertext is stored. */
export const Credentials = z.record(z.string(), z.string().min(1));
export type Credentials = z.infer<typeof Credentials>;

export async function saveIntegration(
  db: Db,
  key: Buffer,
  input: { shop: string; kind: IntegrationKind; provider: string; credentials: Credentials },
) {
  const credentials = encryptSecret(JSON.stringify(Credentials.parse(input.credentials)), key);
  return db.integration.upsert({
    where: { shop_provider: { shop: input.shop, provider: input.provider } },
    create: { shop: input.shop, kind: input.kind, provider: input.provider, credentials },
    update: { kind: input.kind, credentials, status: "connected" },
  });
}

export async function integrationCredentials(db: Db, key: Buffer, shop: string, provider: string): Promise<Credentials | null> {
  const row = await db.integration.findUnique({ where: { shop_provider: { shop, provider } } });
  return row ? Credentials.parse(JSON.parse(decryptSecret(row.credentials, key))) : null;
}

export async function disconnectIntegration(db: Db, shop: string, provider: string) {
  await db.integration.deleteMany({ where: { shop, provider } });
}

export type ConnectResult = { ok: true } | { ok: false; problems: FieldProblems };

/**
 * Connects a provider from the admin form: its credentials are validated (provider-catalog) and stored encrypted.
 * A shop has one provider per kind, so a provider of the same kind that was connected before is disconnected — after
 * the new one is saved, so a failed save never leaves the kind without its provider.
 */
export async function connectProvider(
  db: Db,
  key: Buffer,
  input: { shop: string; provider: string; credentials: Record<string, string | undefined> },
  network: ProviderNetwork,
): Promise<ConnectResult> {
  const provider = providerById(input.provider);
  if (!provider) return { ok: false, problems: { provider: { problem: "invalid" } } };
  const check = await provider.validate(input.credentials, network);
  if (!check.ok) return check;
  await saveIntegration(db, key, { shop: input.shop, kind: provider.kind, provider: provider.id, credentials: check.credentials });
  await db.integration.deleteMany({ where: { shop: input.shop, kind: provider.kind, provider: { not: provider.id } } });
  return { ok: true };
}

/**
 * The shop's connected providers as adapters, one per kind — read for every turn, so connecting or disconnecting a
 * provider changes what the agent can do on the next message. A row whose credentials cannot be decrypted (the
 * encryption key changed) or whose provider this version does not know connects nothing.
 */
export async function shopProviders(db: Db, key: Buffer, shop: string, network: ProviderNetwork): Promise<ProviderAdapters> {
  const rows = await db.integration.findMany({ where: { shop, status: "connected" }, orderBy: { updatedAt: "desc" } });
  const adapters: Record<IntegrationKind, ProviderAdapter | null> = { ...NO_PROVIDERS };
  // Newest first: the first usable row of a kind is that kind's provider.
  for (const row of rows) {
    const definition = providerById(row.provider);
    if (!definition || definition.kind !== row.kind || adapters[definition.kind]) continue;
    const credentials = readCredentials(row.credentials, key);
    if (!credentials) continue;
    const markRefused = () => db.integration.updateMany({ where: { id: row.id }, data: { status: "invalid" } });
    adapters[definition.kind] = withRefusalNoted(definition.create(credentials, network), markRefused);
  }
  return adapters as ProviderAdapters;
}

/**
 * Credentials the provider stops accepting (a revoked key) take the integration out of service: the row is marked
 * invalid, so the skill is Unavailable from the next message and the Integrations page asks for a reconnect.
 */
function withRefusalNoted<A extends ProviderAdapter>(adapter: A, markRefused: () => Promise<unknown>): A {
  return interceptCalls(adapter, async (call) => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ProviderError && error.reason === "unauthorized") await markRefused();
      throw error;
    }
  });
}

function readCredentials(stored: string, key: Buffer): Credentials | null {
  try {
    return Credentials.parse(JSON.parse(decryptSecret(stored, key)));
  } catch {
    return null;
  }
}

/** A connected provider as the admin may show it: each credential masked, never in full. */
export type ConnectedProvider = {
  provider: string;
  name: string;
  connectedAt: Date;
  /** "invalid" once the provider refused the stored credentials: the skill is Unavailable until a reconnect. */
  status: "connected" | "invalid";
  /** Null when the stored credentials cannot be decrypted (e.g. ENCRYPTION_KEY changed): reconnect to fix. */
  maskedCredentials: { key: string; masked: string }[] | null;
  /** The provider's webhook address for this shop, and the last delivery that passed its signature check. */
  webhook: { url: string; lastEvent: { at: Date; summary: string } | null } | null;
};

export type IntegrationKindOverview = {
  kind: IntegrationKind;
  providers: { id: string; name: string; fields: { key: string; label: Text; sentAs: string | null; maxLength: number; secret: boolean }[] }[];
  /** The skills that need a provider of this kind (Unavailable without one). */
  unlocks: { id: SkillId; name: string }[];
  /** The skills that work without one but use it when connected (e.g. Returns links to the provider's portal). */
  improves: { id: SkillId; name: string }[];
  connected: ConnectedProvider | null;
};

/** Every kind with its providers, the skills it unlocks and what the shop has connected. */
export async function integrationsOverview(db: Db, key: Buffer, shop: string, appUrl: string): Promise<IntegrationKindOverview[]> {
  const rows = await db.integration.findMany({ where: { shop }, orderBy: { updatedAt: "desc" } });
  return IntegrationKind.options.map((kind) => {
    const row = rows.find((candidate) => candidate.kind === kind);
    return {
      kind,
      providers: providersOf(kind).map(({ id, name, fields }) => ({
        id,
        name,
        fields: fields.map(({ key: fieldKey, label, sentAs, maxLength, secret }) => ({ key: fieldKey, label, sentAs, maxLength, secret })),
      })),
      unlocks: skillsUsing(kind, "required"),
      improves: skillsUsing(kind, "optional"),
      connected: row
        ? {
            provider: row.provider,
            name: providerById(row.provider)?.name ?? row.provider,
            connectedAt: row.updatedAt,
            status: row.status === "connected" ? "connected" : "invalid",
            maskedCredentials: shownCredentials(row.provider, row.credentials, key),
            webhook: webhookOf(row, shop, appUrl),
          }
        : null,
    };
  });
}

function webhookOf(row: { provider: string; lastEventAt: Date | null; lastEvent: string | null }, shop: string, appUrl: string): ConnectedProvider["webhook"] {
  const path = providerById(row.provider)?.webhookPath;
  if (!path) return null;
  const url = `${appUrl.replace(/\/+$/, "")}${path}?shop=${encodeURIComponent(shop)}`;
  return { url, lastEvent: row.lastEventAt && row.lastEvent ? { at: row.lastEventAt, summary: row.lastEvent } : null };
}

function skillsUsing(kind: IntegrationKind, need: "required" | "optional"): { id: SkillId; name: string }[] {
  return Object.values(SKILLS)
    .filter((skill) => {
      const required = skill.prerequisites.some((p) => p.kind === "integration" && p.integration === kind);
      return need === "required" ? required : !required && skill.tools.includes(`providers.${kind}`);
    })
    .map((skill) => ({ id: skill.id, name: skill.name }));
}

/** Each stored credential as the admin may show it: secrets masked, plain settings (a program name) as entered. */
function shownCredentials(provider: string, stored: string, key: Buffer): { key: string; masked: string }[] | null {
  const credentials = readCredentials(stored, key);
  const plain = new Set(providerById(provider)?.fields.filter((field) => !field.secret).map((field) => field.key));
  return credentials && Object.entries(credentials).map(([field, value]) => ({ key: field, masked: plain.has(field) ? value : maskSecret(value) }));
}
