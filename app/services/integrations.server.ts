import { z } from "zod";
import type { Db } from "../db/client";
import type { IntegrationKind } from "../agent/tools/providers";
import { decryptSecret, encryptSecret } from "../lib/secrets";


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
