import fs from "node:fs";
import path from "node:path";

const TOML = path.resolve("shopify.app.toml");

/** The access scopes declared in shopify.app.toml — the one place they are listed. */
export function declaredScopes(toml: string = fs.readFileSync(TOML, "utf8")): string[] {
  const section = /\[access_scopes\][^[]*?^\s*scopes\s*=\s*"([^"]*)"/m.exec(toml);
  if (!section) throw new Error("shopify.app.toml has no [access_scopes] scopes line");
  return section[1]!.split(",").map((scope) => scope.trim()).filter(Boolean);
}
