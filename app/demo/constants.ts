/** The demo shop's domain: the embedded default that needs no Shopify account (config.server.ts uses this). */
export const DEMO_SHOP_DOMAIN = "customer-agent-demo.myshopify.com";

/** Public by design: the demo store checks it like Shopify checks an Admin API access token. */
export const DEMO_ACCESS_TOKEN = "shpat_demo_customer_agent_0000000000";
