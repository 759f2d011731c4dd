import type { Locator, Page } from "playwright-core";
import { DEMO_PROVIDER_CREDENTIALS } from "../../../app/demo/providers/credentials";

/** The Polaris card whose heading is `heading`. */
export const polarisCard = (page: Page, heading: string): Locator =>
  page.locator(".Polaris-ShadowBevel", { has: page.getByRole("heading", { name: heading, exact: true }) }).last();

/**
 * Connects a provider with the key its demo fake accepts, or disconnects it, as the Integrations page's form does —
 * for tests that need the demo shop without one (e.g. a skill shown Unavailable) and put it back after.
 */
export async function setDemoProvider(baseUrl: string, provider: keyof typeof DEMO_PROVIDER_CREDENTIALS, connected: boolean): Promise<void> {
  const credentials = Object.entries(DEMO_PROVIDER_CREDENTIALS[provider]).map(([key, value]) => [`credential.${key}`, value]);
  const form = new URLSearchParams(connected ? [["intent", "connect"], ["provider", provider], ...credentials] : [["intent", "disconnect"], ["provider", provider]]);
  const response = await fetch(`${baseUrl}/app/integrations`, { method: "POST", body: form });
  if (!response.ok) throw new Error(`${connected ? "connecting" : "disconnecting"} ${provider} answered ${response.status}`);
}
