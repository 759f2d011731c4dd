import fs from "node:fs";
import path from "node:path";
import { Liquid } from "liquidjs";

/**
 * Renders the theme app extension's app embed block the way Shopify's theme renderer does for the demo storefront:
 * the real block file from extensions/, its schema defaults (resolved through the schema translations), the
 * storefront translations for `| t`, `| asset_url` pointing at the real asset files, and the loader script named by
 * the schema's "javascript" — so the demo runs exactly the files a merchant's theme would.
 */
const EXTENSION = path.resolve("extensions/customer-agent-chat");
export const EXTENSION_ASSETS_PATH = "/demo/extension/assets";

type Setting = { id: string; default?: string };
type BlockSchema = { javascript?: string; settings: Setting[] };

const readJson = (file: string): Record<string, unknown> =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};

/** Looks up "a.b.c" in a translation file, falling back to English. */
function translate(key: string, locale: string, suffix: "" | ".schema"): string {
  const lookup = (file: string) =>
    key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], readJson(path.join(EXTENSION, "locales", file)));
  const value = lookup(`${locale}${suffix}.json`) ?? lookup(`en.default${suffix}.json`);
  return typeof value === "string" ? value : key;
}

export async function renderAppEmbed(options: { locale: string; shopName: string; block?: string }) {
  const source = fs.readFileSync(path.join(EXTENSION, "blocks", options.block ?? "chat-embed.liquid"), "utf8");
  const schemaMatch = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(source);
  if (!schemaMatch) throw new Error("the app embed block has no {% schema %}");
  const schema = JSON.parse(schemaMatch[1]!) as BlockSchema;
  const settings = Object.fromEntries(
    schema.settings.map((s) => [s.id, s.default?.startsWith("t:") ? translate(s.default.slice(2), options.locale, ".schema") : (s.default ?? "")]),
  );

  const liquid = new Liquid({ strictFilters: true });
  liquid.registerFilter("asset_url", (name: string) => `${EXTENSION_ASSETS_PATH}/${name}`);
  liquid.registerFilter("t", (key: string) => translate(key, options.locale, ""));
  const html = await liquid.parseAndRender(source.replace(schemaMatch[0], ""), {
    block: { id: "customer-agent-embed", settings },
    shop: { name: options.shopName },
    request: { locale: { iso_code: options.locale } },
    routes: { root_url: "/" },
  });
  return { html: html.trim(), loaderSrc: schema.javascript ? `${EXTENSION_ASSETS_PATH}/${schema.javascript}` : null };
}

const CONTENT_TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml" };

/** An extension asset by file name (no folders: nothing outside assets/ can be read). */
export function extensionAsset(name: string): { body: string; contentType: string } | null {
  if (!/^[\w.-]+$/.test(name)) return null;
  const file = path.join(EXTENSION, "assets", name);
  const contentType = CONTENT_TYPES[path.extname(name)];
  return contentType && fs.existsSync(file) ? { body: fs.readFileSync(file, "utf8"), contentType } : null;
}
