// Fails start-up with one line that says what to set, instead of a stack trace at the first request.
import { ConfigError, loadConfig } from "../app/config.server";
import { DatabaseUrlError } from "../app/db/database-url";

try {
  const app = loadConfig();
  console.log(`==> Mode: ${app.mode === "demo" ? "demo store (no Shopify account needed)" : "Shopify"}, database: ${app.database.provider}`);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseUrlError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
