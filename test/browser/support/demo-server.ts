import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createDb } from "../../../app/db/client";
import { parseDatabaseUrl } from "../../../app/db/database-url";
import { migrate } from "../../../app/db/migrate";
import { demoEncryptionKey } from "../../../app/config.server";
import { seedDemoDatabase } from "../../../app/services/demo-seed.server";

/**
 * Builds the app and serves it as script/server does (demo store, a fresh SQLite file) on a port of its own — for
 * the browser tests and the storefront benchmark.
 */
export async function startDemoServer(options: { port: number; databaseUrl: string }) {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const build = spawnSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "vite:build"], {
    env: { ...process.env, DEMO_MODE: "1" },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`the app does not build:\n${build.stderr}`);

  const target = parseDatabaseUrl(options.databaseUrl);
  if (target.provider === "sqlite") fs.rmSync(target.filePath, { force: true });
  await migrate(target);
  const db = createDb(target);
  // The server below reads the same demo key (data/demo-encryption-key), so it can decrypt what this seeds.
  await seedDemoDatabase(db, demoEncryptionKey(process.env.ENCRYPTION_KEY));
  await db.$disconnect();

  const server = spawn(process.execPath, ["node_modules/@remix-run/serve/dist/cli.js", "build/server/index.js"], {
    env: { ...process.env, DEMO_MODE: "1", HOST: "127.0.0.1", PORT: String(options.port), DATABASE_URL: options.databaseUrl, SHOPIFY_APP_URL: baseUrl, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (await fetch(`${baseUrl}/demo/storefront`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill();
      throw new Error(`the app did not start on ${baseUrl}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, pid: server.pid!, stop: () => void server.kill() };
}
