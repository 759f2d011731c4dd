import { defineConfig } from "vitest/config";
import { POSTGRES_TEST_URL, SQLITE_TEST_URL } from "./test/support/databases";

// Tests that touch the database are named *.db.test.ts and run twice: on a real SQLite file and on the real
// PostgreSQL (127.0.0.1:5432). Everything else runs once. script/test decides whether PostgreSQL is required.
const dbTests = ["test/**/*.db.test.ts"];
const server = { deps: { inline: [/@graphql-tools\//] } };

export default defineConfig({
  test: {
    projects: [
      { test: { server, name: "unit", include: ["test/**/*.test.ts"], exclude: [...dbTests, "**/node_modules/**"] } },
      {
        test: { server, name: "sqlite", include: dbTests, env: { DATABASE_URL: SQLITE_TEST_URL, DEMO_MODE: "1" }, globalSetup: ["test/support/global-setup.ts"] },
      },
      ...(process.env.TEST_SKIP_POSTGRES === "1"
        ? []
        : [
            {
              test: {
                server,
                name: "postgres",
                include: dbTests,
                env: { DATABASE_URL: POSTGRES_TEST_URL, DEMO_MODE: "1" },
                globalSetup: ["test/support/global-setup.ts"],
              },
            },
          ]),
    ],
  },
});
