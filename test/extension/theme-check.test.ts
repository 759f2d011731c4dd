import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Script } from "node:vm";
import { Severity, themeCheckRun } from "@shopify/theme-check-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The storefront chat (a theme app extension) checked the way Shopify checks it: theme-check with its
 * theme-app-extension rules (the extension's .theme-check.yml), plus the limits the App Store cares about that are
 * easy to break by accident — the loader's size, translations for every setting label, and a loader that does
 * nothing on the network before the shopper touches the bubble.
 */
const root = path.resolve(__dirname, "../../extensions/customer-agent-chat");
const read = (relative: string) => readFileSync(path.join(root, relative), "utf8");
const readJson = (relative: string) => JSON.parse(read(relative)) as Record<string, unknown>;

const blockSource = read("blocks/chat-embed.liquid");
const schemaMatch = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(blockSource);
const schema = JSON.parse(schemaMatch?.[1] ?? "null") as { target?: string; javascript?: string; settings?: unknown[] } | null;

/** Every string starting with "t:" anywhere in a JSON value. */
function translationKeys(value: unknown): string[] {
  if (typeof value === "string") return value.startsWith("t:") ? [value.slice(2)] : [];
  if (Array.isArray(value)) return value.flatMap(translationKeys);
  if (value && typeof value === "object") return Object.values(value).flatMap(translationKeys);
  return [];
}

/** The string at a dotted key ("a.b.c") in a locale file, or undefined. */
function lookup(locale: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), locale);
}

/** Dotted paths of every leaf in a locale file. */
function leaves(value: unknown, prefix = ""): string[] {
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe("storefront chat theme app extension", () => {
  // theme-check first tries to download Shopify's latest Liquid docs and falls back to the copy in its package.
  // Point it at a local folder that does not exist so the run is offline and deterministic.
  const previousDocsRoot = process.env.SHOPIFY_TLD_ROOT;
  beforeAll(() => {
    process.env.SHOPIFY_TLD_ROOT = path.join(root, ".no-theme-liquid-docs");
  });
  afterAll(() => {
    if (previousDocsRoot === undefined) delete process.env.SHOPIFY_TLD_ROOT;
    else process.env.SHOPIFY_TLD_ROOT = previousDocsRoot;
  });

  it("passes theme-check with the theme-app-extension rules (no errors or warnings)", { timeout: 60_000 }, async () => {
    const run = await themeCheckRun(root);
    // The extension's own .theme-check.yml must be in effect: app context, with the app block size checks on.
    expect(run.config.context).toBe("app");
    expect(run.config.checks.map((check) => check.meta.code)).toEqual(
      expect.arrayContaining(["AssetSizeAppBlockJavaScript", "AssetSizeAppBlockCSS", "ValidSchemaTranslations", "MatchingTranslations"]),
    );
    expect(run.theme.map((file) => path.basename(file.uri))).toContain("chat-embed.liquid");
    const problems = run.offenses
      .filter((offense) => offense.severity === Severity.ERROR || offense.severity === Severity.WARNING)
      .map((offense) => `${offense.check} ${path.relative(root, new URL(offense.uri).pathname)}: ${offense.message}`);
    expect(problems).toEqual([]);
  });

  it("is an app embed on the body whose loader exists and stays under 10,000 bytes", () => {
    expect(schema).not.toBeNull();
    expect(schema?.target).toBe("body");
    expect(schema?.javascript).toMatch(/\.js$/);
    const loader = path.join(root, "assets", schema?.javascript ?? "");
    expect(statSync(loader).size).toBeLessThan(10_000);
  });

  it("references only assets that exist, and every asset parses", () => {
    const assets = readdirSync(path.join(root, "assets"));
    const referenced = [...blockSource.matchAll(/'([^']+)'\s*\|\s*asset_url/g)].map((m) => m[1]);
    expect(referenced.sort()).toEqual(["chat-widget.css", "chat-widget.js"]);
    for (const name of referenced) expect(assets).toContain(name);
    for (const name of assets.filter((n) => n.endsWith(".js"))) {
      expect(() => new Script(read(`assets/${name}`), { filename: name }), name).not.toThrow();
    }
  });

  it("resolves every t: key of the block schema in English and Korean", () => {
    const keys = translationKeys(schema);
    expect(keys.length).toBeGreaterThan(5);
    for (const file of ["locales/en.default.schema.json", "locales/ko.schema.json"]) {
      const locale = readJson(file);
      const missing = keys.filter((key) => {
        const value = lookup(locale, key);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(missing, file).toEqual([]);
    }
    expect(leaves(readJson("locales/ko.schema.json")).sort()).toEqual(leaves(readJson("locales/en.default.schema.json")).sort());
  });

  it("resolves every storefront string the block translates with | t in English and Korean", () => {
    const keys = [...blockSource.matchAll(/'([\w.]+)'\s*\|\s*t\b/g)].map((m) => m[1] as string);
    for (const file of ["locales/en.default.json", "locales/ko.json"]) {
      const locale = readJson(file);
      expect(keys.filter((key) => typeof lookup(locale, key) !== "string"), file).toEqual([]);
    }
    expect(leaves(readJson("locales/ko.json")).sort()).toEqual(leaves(readJson("locales/en.default.json")).sort());
  });

  it("keeps the loader free of network and storage work before the shopper interacts", () => {
    const loader = read(`assets/${schema?.javascript ?? ""}`);
    // The widget's files are the only things it loads, and only from an interaction handler.
    for (const forbidden of [/\bfetch\s*\(/, /XMLHttpRequest/, /sendBeacon/, /localStorage/, /sessionStorage/, /document\.cookie/, /import\s*\(/]) {
      expect(loader).not.toMatch(forbidden);
    }
    expect(loader).toMatch(/addEventListener\(\s*"click"/);
  });

  it("renders no inline script and no customer data from the block", () => {
    const markup = blockSource.replace(schemaMatch?.[0] ?? "", "");
    expect(markup).not.toMatch(/<script/i);
    expect(markup).not.toMatch(/\bcustomer\./);
  });
});
