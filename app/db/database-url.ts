import path from "node:path";

/** Where the embedded default keeps its data: one SQLite file, no server needed. */
export const DEFAULT_DATABASE_URL = "file:./data/customer-agent.sqlite";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * Picks the database from DATABASE_URL: `file:` means SQLite (relative paths are taken from the project folder),
 * `postgres://` or `postgresql://` means PostgreSQL. Anything else stops start-up with a one-line explanation.
 */
export function parseDatabaseUrl(
  raw: string | undefined = process.env.DATABASE_URL,
  cwd: string = process.cwd(),
): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0] ?? "";
    if (!file) throw new DatabaseUrlError(`DATABASE_URL "${url}" names no file; use e.g. ${DEFAULT_DATABASE_URL}`);
    return { provider: "sqlite", url, filePath: path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseUrlError(`DATABASE_URL is not a valid PostgreSQL URL; expected postgresql://user:password@host:5432/database`);
    }
    if (!parsed.hostname || parsed.pathname.length <= 1) {
      throw new DatabaseUrlError(`DATABASE_URL needs a host and a database name, e.g. postgresql://postgres@127.0.0.1:5432/customer_agent`);
    }
    return { provider: "postgresql", url };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(":")[0]}:..."`,
  );
}
