import type { AdminClient } from "../../shopify/admin-client";
import type { KnowledgeBase } from "./knowledge";
import { knowledgeTools } from "./knowledge";
import { interceptCalls, type ProviderAdapters } from "./providers";
import { shopifyTools } from "./shopify";

/**
 * The tools skills call. Each call is recorded by name so a merchant can see, per message, what the agent looked
 * at (the Conversations page) — the list in TOOL_DESCRIPTIONS is what the admin shows for each skill.
 */
export type AgentTools = ReturnType<typeof createAgentTools>;

export type ToolDependencies = {
  admin: AdminClient;
  knowledge: KnowledgeBase;
  providers: ProviderAdapters;
};

export function createAgentTools(deps: ToolDependencies) {
  const called: ToolName[] = [];
  const record = <T extends Record<string, (...args: never[]) => unknown>>(group: string, tools: T): T =>
    Object.fromEntries(
      Object.entries(tools).map(([name, tool]) => [
        name,
        (...args: never[]) => {
          called.push(`${group}.${name}` as ToolName);
          return tool(...args);
        },
      ]),
    ) as T;
  return {
    shopify: record("shopify", shopifyTools(deps.admin)),
    knowledge: record("knowledge", knowledgeTools(deps.knowledge)),
    providers: recordProviders(deps.providers, (kind) => called.push(`providers.${kind}`)),
    called,
  };
}

/** Each provider call is recorded as `providers.<kind>`, like the other tools (a credentials check is not a call). */
function recordProviders(providers: ProviderAdapters, onCall: (kind: keyof ProviderAdapters) => void): ProviderAdapters {
  const wrap = <P extends object | null>(kind: keyof ProviderAdapters, provider: P): P =>
    provider &&
    interceptCalls(provider, (call, method) => {
      if (method !== "verifyCredentials") onCall(kind);
      return call();
    });
  return { returns: wrap("returns", providers.returns), subscriptions: wrap("subscriptions", providers.subscriptions), loyalty: wrap("loyalty", providers.loyalty) };
}

export const TOOL_DESCRIPTIONS = {
  "shopify.findOrderByNumber": "Shopify Admin API: look up an order by its number",
  "shopify.recentOrders": "Shopify Admin API: the customer's recent orders",
  "shopify.order": "Shopify Admin API: re-read one order (status, fulfillments, tracking)",
  "shopify.loginUrl": "Shopify Admin API: the storefront's address, for the link to its customer-account login page",
  "shopify.customerEmail": "Shopify Admin API: the logged-in customer's email, which providers know them by",
  "shopify.cancelOrder": "Shopify Admin API: cancel an unfulfilled order (orderCancel), after the shopper confirms",
  "shopify.returnableItems": "Shopify Admin API: which items of an order can still be returned (returnableFulfillments)",
  "shopify.exchangeVariants": "Shopify Admin API: the other sizes and colours of a product that an item can be exchanged for",
  "shopify.requestReturn": "Shopify Admin API: request a return of delivered items (returnRequest), after the shopper confirms",
  "shopify.orderReturns": "Shopify Admin API: an order's returns and their status",
  "shopify.updateShippingAddress": "Shopify Admin API: change the shipping address of an unfulfilled order (orderUpdate), after the shopper confirms",
  "shopify.codeDiscounts": "Shopify Admin API: active discount codes (discountNodes)",
  "shopify.discountByCode": "Shopify Admin API: a discount code the shopper names, active or not, to explain why it does not work",
  "shopify.searchProducts": "Shopify Admin API: search the product catalog",
  "knowledge.answer": "Knowledge base: the passage (sentence, list item or table row) that answers a question, with its article",
  "providers.returns": "Returns provider (Loop, AfterShip): return status and the portal link to start one",
  "providers.subscriptions": "Subscription provider (Recharge, Skio, Shopify): subscriptions, skip, pause, resume, frequency and cancel",
  "providers.loyalty": "Loyalty provider (Smile, Yotpo, LoyaltyLion): points balance, tier, rewards and redeeming one into a code",
} as const;
export type ToolName = keyof typeof TOOL_DESCRIPTIONS;
