import { defineConfig } from "vitest/config";
import { POSTGRES_TEST_URL, SQLITE_TEST_URL } from "./test/support/databases";

// Tests that touch the database are named *.db.test.ts and run twice: on a real SQLite file and on the real
// PostgreSQL (127.0.0.1:5432). Everything else runs once. script/test decides whether PostgreSQL is required.
// A skill's own tests live beside it (app/agent/skills/<skill>/); the rest under test/.
const dbTests = ["test/**/*.db.test.ts", "app/**/*.db.test.ts"];
// Browser tests drive Debian's Chromium against the built app; script/test skips them where Chromium is missing.
const browserTests = ["test/browser/**/*.test.ts"];
const databaseProject = (name: string, url: string) => ({
  test: { name, include: dbTests, env: { DATABASE_URL: url, DEMO_MODE: "1" }, globalSetup: ["test/support/global-setup.ts"] },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/**/*.test.ts", "app/**/*.test.ts"], exclude: [...dbTests, ...browserTests, "**/node_modules/**"] } },
      databaseProject("sqlite", SQLITE_TEST_URL),
      ...(process.env.TEST_SKIP_POSTGRES === "1" ? [] : [databaseProject("postgres", POSTGRES_TEST_URL)]),
      ...(process.env.TEST_SKIP_BROWSER === "1"
        ? []
        : // One server and database for every browser test file: files run one after another, each leaving the demo as found.
          [{ test: { name: "browser", include: browserTests, globalSetup: ["test/browser/support/server.ts"], poolOptions: { forks: { singleFork: true } }, testTimeout: 60_000, hookTimeout: 120_000 } }]),
    ],
  },
});
