import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseDatabaseUrl, type DatabaseTarget } from "./db/database-url";

/** Public by design: the demo's app proxy stand-in signs requests with it, like Shopify signs with the app secret. */
export const DEMO_API_SECRET = "demo-app-secret-not-for-production";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

const EnvSchema = z.object({
  DEMO_MODE: flag,
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().positive().default(3000),
  SHOPIFY_API_KEY: z.string().optional(),
  SHOPIFY_API_SECRET: z.string().optional(),
  SHOPIFY_APP_URL: z.string().url().optional(),
  ENCRYPTION_KEY: z.string().optional(),
});

export type AppConfig = {
  mode: "demo" | "shopify";
  apiKey: string;
  apiSecret: string;
  appUrl: string;
  /** 32 bytes for AES-256-GCM: provider credentials at rest. */
  encryptionKey: Buffer;
  database: DatabaseTarget;
};

/** Reads the environment once; every problem is a one-line message that says what to set. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue?.path.join(".")}: ${issue?.message}`);
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(env.DATABASE_URL);
  const hasShopifyCredentials = Boolean(e.SHOPIFY_API_KEY || e.SHOPIFY_API_SECRET);

  if (e.DEMO_MODE) {
    if (hasShopifyCredentials) {
      throw new ConfigError(
        "DEMO_MODE opens the admin without Shopify login, so it is refused while SHOPIFY_API_KEY/SHOPIFY_API_SECRET are set; unset one or the other",
      );
    }
    return {
      mode: "demo",
      apiKey: "demo-api-key",
      apiSecret: DEMO_API_SECRET,
      appUrl: e.SHOPIFY_APP_URL ?? `http://${e.HOST}:${e.PORT}`,
      encryptionKey: demoEncryptionKey(e.ENCRYPTION_KEY),
      database,
    };
  }

  const missing = (["SHOPIFY_API_KEY", "SHOPIFY_API_SECRET", "SHOPIFY_APP_URL", "ENCRYPTION_KEY"] as const).filter(
    (name) => !e[name],
  );
  if (missing.length > 0) {
    throw new ConfigError(
      `Missing ${missing.join(", ")}. Run through \`shopify app dev\` (it sets the Shopify ones), set them yourself ` +
        `(ENCRYPTION_KEY: 64 hex characters, e.g. \`openssl rand -hex 32\`), or set DEMO_MODE=1 for the built-in demo store`,
    );
  }
  return {
    mode: "shopify",
    apiKey: e.SHOPIFY_API_KEY!,
    apiSecret: e.SHOPIFY_API_SECRET!,
    appUrl: e.SHOPIFY_APP_URL!,
    encryptionKey: parseEncryptionKey(e.ENCRYPTION_KEY!),
    database,
  };
}

function parseEncryptionKey(hex: string): Buffer {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new ConfigError("ENCRYPTION_KEY must be 64 hex characters (32 bytes)");
  return Buffer.from(hex, "hex");
}

/**
 * The demo's key: ENCRYPTION_KEY when set, else a generated one kept beside its data (so encrypted rows survive
 * restarts), shared by the server and script/agent.
 */
export function demoEncryptionKey(hex: string | undefined): Buffer {
  if (hex) return parseEncryptionKey(hex);
  const file = path.resolve("data", "demo-encryption-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("hex"), { mode: 0o600 });
  }
  return parseEncryptionKey(fs.readFileSync(file, "utf8").trim());
}

let cached: AppConfig | undefined;
export function config(): AppConfig {
  cached ??= loadConfig();
  return cached;
}
