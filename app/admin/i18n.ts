import { useRouteLoaderData } from "@remix-run/react";

export type AdminLocale = "en" | "ko";
/** One string in both admin languages. */
export type Text = { en: string; ko: string };

/** The admin pages' language, from the app layout's loader. */
export function useAdminLocale(): AdminLocale {
  return useRouteLoaderData<{ locale: AdminLocale }>("routes/app")?.locale ?? "en";
}

/** `const t = useT(); t(MESSAGES.title, { count })` — fills `{name}` placeholders. */
export function useT() {
  const locale = useAdminLocale();
  return (text: Text, params: Record<string, string | number> = {}) =>
    text[locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));
}
