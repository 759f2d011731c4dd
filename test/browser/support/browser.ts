import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/** Debian's Chromium, headless, with the flags this machine needs (no background network, no sandbox as root). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export type Viewport = { width: number; height: number };
export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

/** One browser per test file; `open` gives a fresh page (its own cookies and storage) on the demo storefront. */
export function chatBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(() => browser?.close());
  return {
    baseUrl: () => inject("baseUrl"),
    async open(path = "/demo/storefront", viewport = DESKTOP): Promise<Page> {
      const context = await browser.newContext({ viewport, baseURL: inject("baseUrl") });
      const page = await context.newPage();
      await page.goto(path);
      return page;
    },
  };
}

export type ChatBrowser = ReturnType<typeof chatBrowser>;

/** Screenshots go to test-results/ for a person to look at. */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: false });
}
