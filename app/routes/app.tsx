import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { NavMenu } from "@shopify/app-bridge-react";
import { Banner, Box } from "@shopify/polaris";
import polarisStyles from "@shopify/polaris/build/esm/styles.css?url";
import enTranslations from "@shopify/polaris/locales/en.json";
import { AppProvider } from "@shopify/shopify-app-remix/react";
import { boundary } from "@shopify/shopify-app-remix/server";
import { requireAdmin } from "../admin-context.server";
import { config } from "../config.server";

export const links = () => [{ rel: "stylesheet", href: polarisStyles }];

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop, demo } = await requireAdmin(request);
  return { apiKey: config().apiKey, shop, demo };
};

export default function AdminLayout() {
  const { apiKey, shop, demo } = useLoaderData<typeof loader>();
  return (
    // In the demo there is no Shopify admin around the app, so App Bridge is not loaded.
    <AppProvider isEmbeddedApp={!demo} apiKey={apiKey} i18n={enTranslations}>
      {demo ? (
        <Box padding="400" paddingBlockEnd="0">
          <Banner tone="info" title={`Demo store: ${shop}`}>
            You are seeing the admin for the built-in demo shop, with no Shopify login. Connect a real store with
            Shopify CLI to go to production (see README).
          </Banner>
        </Box>
      ) : (
        <NavMenu>
          <Link to="/app" rel="home">
            Home
          </Link>
        </NavMenu>
      )}
      <Outlet />
    </AppProvider>
  );
}

// Shopify needs Remix to catch some thrown responses, so that their headers are included in the response.
export function ErrorBoundary() {
  return boundary.error(useRouteError());
}

export const headers: HeadersFunction = (headersArgs) => boundary.headers(headersArgs);
