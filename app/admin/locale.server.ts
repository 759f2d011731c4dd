import { createCookie } from "@remix-run/node";
import { config } from "../config.server";
import type { AdminLocale } from "./i18n";

/**
 * Remembers the admin's language between navigations (Shopify passes `locale` only on the first load). Inside the
 * Shopify admin the app is in an iframe, so the cookie must be SameSite=None; Secure; the demo is plain http.
 */
const localeCookie = () =>
  createCookie("admin_locale", { path: "/", httpOnly: true, ...(config().mode === "demo" ? { sameSite: "lax" } : { sameSite: "none", secure: true }) });

/**
 * The merchant's admin language: Shopify's `locale` query parameter (e.g. "ko", "ko-KR"), else the remembered one,
 * else the browser's. Korean and English are supported; everything else reads English.
 */
export async function adminLocale(request: Request): Promise<{ locale: AdminLocale; setCookie?: string }> {
  const param = new URL(request.url).searchParams.get("locale");
  const pick = (value: string | null | undefined): AdminLocale | null =>
    value ? (value.toLowerCase().startsWith("ko") ? "ko" : "en") : null;
  const fromParam = pick(param);
  if (fromParam) return { locale: fromParam, setCookie: await localeCookie().serialize(fromParam) };
  const remembered: unknown = await localeCookie().parse(request.headers.get("Cookie"));
  if (remembered === "ko" || remembered === "en") return { locale: remembered };
  return { locale: pick(request.headers.get("Accept-Language")) ?? "en" };
}
