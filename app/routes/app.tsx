import { data, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useLocation, useRouteError } from "@remix-run/react";
import { NavMenu } from "@shopify/app-bridge-react";
import { Banner, Box, Button, InlineStack } from "@shopify/polaris";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import enTranslations from "@shopify/polaris/locales/en.json";
import koTranslations from "@shopify/polaris/locales/ko.json";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { boundary } from "@shopify/shopify-app-remix/server";
import { requireAdmin } from "../admin-context.server";
import { useT } from "../admin/i18n";
import { adminLocale } from "../admin/locale.server";
import { ADMIN_PAGES } from "../admin/navigation";
import { config } from "../config.server";
import { db } from "../db.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop, demo } = await requireAdmin(request);
  const { locale, setCookie } = await adminLocale(request);
  const openHandoffs = await db.handoff.count({ where: { shop, status: "open" } });
  return data({ apiKey: config().apiKey, shop, demo, locale, openHandoffs }, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
};

const DEMO_BANNER = {
  title: { en: "Demo store: {shop}", ko: "데모 스토어: {shop}" },
  body: {
    en: "You are seeing the admin for the built-in demo shop, with no Shopify login. Connect a real store with Shopify CLI to go to production (see README).",
    ko: "Shopify 로그인 없이 내장 데모 스토어의 관리 화면을 보고 있어요. 실제 스토어는 Shopify CLI로 연결하세요 (README 참고).",
  },
  language: { en: "한국어", ko: "English" },
};

/** In the demo there is no Shopify admin around the app: a top bar stands in for its navigation menu. */
function DemoNavigation({ openHandoffs }: { openHandoffs: number }) {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <InlineStack gap="100" wrap>
      {ADMIN_PAGES.map((page) => (
        <Button key={page.path} url={page.path} variant={pathname === page.path ? "primary" : "tertiary"}>
          {t(page.label)}
          {page.badge && openHandoffs > 0 ? ` (${openHandoffs})` : ""}
        </Button>
      ))}
    </InlineStack>
  );
}

export default function AdminLayout() {
  const { apiKey, shop, demo, locale, openHandoffs } = useLoaderData<typeof loader>();
  const t = (text: { en: string; ko: string }) => text[locale].replace("{shop}", shop);
  return (
    // In the demo there is no Shopify admin around the app, so App Bridge is not loaded.
    <AppProvider isEmbeddedApp={!demo} apiKey={apiKey} i18n={locale === "ko" ? koTranslations : enTranslations}>
      {/* One top-level element: Polaris locks scrolling on it while a modal is open. */}
      <div>
        {demo ? (
          <Box padding="400" paddingBlockEnd="0">
            <Banner tone="info" title={t(DEMO_BANNER.title)}>
              <InlineStack gap="400" align="space-between" blockAlign="center">
                <span>{t(DEMO_BANNER.body)}</span>
                <Link to={`?locale=${locale === "ko" ? "en" : "ko"}`}>{t(DEMO_BANNER.language)}</Link>
              </InlineStack>
            </Banner>
            <Box paddingBlockStart="300">
              <DemoNavigation openHandoffs={openHandoffs} />
            </Box>
          </Box>
        ) : (
          <NavMenu>
            {ADMIN_PAGES.map((page, index) => (
              <Link key={page.path} to={page.path} rel={index === 0 ? "home" : undefined}>
                {t(page.label)}
                {page.badge && openHandoffs > 0 ? ` (${openHandoffs})` : ""}
              </Link>
            ))}
          </NavMenu>
        )}
        <Outlet />
      </div>
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses, so that their headers are included in the response.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
