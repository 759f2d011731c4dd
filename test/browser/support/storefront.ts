import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { ChatBrowser, Viewport } from "./browser";

/** The demo storefront as a shopper sees it, "logged in" as a demo customer (its numeric id) or a guest (null). */
export async function storefront(browser: ChatBrowser, as: string | null, viewport?: Viewport): Promise<Page> {
  const page = await browser.open("/demo/storefront", viewport);
  if (as) {
    await page.selectOption("#as", as);
    await Promise.all([page.waitForURL("**/demo/storefront**"), page.getByRole("button", { name: "Switch" }).click()]);
  }
  return page;
}

export async function openChat(page: Page) {
  await page.getByRole("button", { name: /chat/i }).click();
  await page.getByRole("dialog").waitFor();
}

/** Does what the shopper does (types, clicks a card's button…) and waits for the agent's reply to it. */
export async function replyTo(page: Page, act: () => Promise<void>): Promise<Locator> {
  const replies = page.locator(".ca-msg--agent:not(.ca-typing)");
  const before = await replies.count();
  await act();
  await expect.poll(() => replies.count(), { timeout: 20_000 }).toBeGreaterThan(before);
  return replies.last();
}

/** Sends a message and waits for the agent's reply to it. */
export function ask(page: Page, text: string): Promise<Locator> {
  return replyTo(page, async () => {
    await page.getByRole("textbox").fill(text);
    await page.getByRole("textbox").press("Enter");
  });
}
