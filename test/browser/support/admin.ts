import type { Locator, Page } from "playwright-core";

/** The Polaris card whose heading is `heading`. */
export const polarisCard = (page: Page, heading: string): Locator =>
  page.locator(".Polaris-ShadowBevel", { has: page.getByRole("heading", { name: heading, exact: true }) }).last();
