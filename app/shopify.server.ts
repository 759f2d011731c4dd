import "@shopify/shopify-app-remix/adapters/node";
import { ApiVersion, AppDistribution, shopifyApp } from "@shopify/shopify-app-remix/server";
import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import { config } from "./config.server";
import { db } from "./db.server";
import { declaredScopes } from "./shopify/scopes";

const app = config();

// In demo mode the same Shopify library runs with the demo's public secret, so the demo storefront's app-proxy
// stand-in and webhook tests sign requests exactly as Shopify does.
const shopify = shopifyApp({
  apiKey: app.apiKey,
  apiSecretKey: app.apiSecret,
  apiVersion: ApiVersion.October26,
  scopes: declaredScopes(),
  appUrl: app.appUrl,
  authPathPrefix: "/auth",
  // Same models, another generated copy of the client type (see prisma/schema.prisma, generator defaultLocation).
  sessionStorage: new PrismaSessionStorage(db as unknown as ConstructorParameters<typeof PrismaSessionStorage>[0]),
  distribution: AppDistribution.AppStore,
  future: { unstable_newEmbeddedAuthStrategy: true, expiringOfflineAccessTokens: true },
});

export default shopify;
export const addDocumentResponseHeaders = shopify.addDocumentResponseHeaders;
export const authenticate = shopify.authenticate;
export const unauthenticated = shopify.unauthenticated;
export const login = shopify.login;
export const sessionStorage = shopify.sessionStorage;
