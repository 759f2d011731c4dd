import { describe, expect, it } from "vitest";
import { chatBrowser, screenshot } from "./support/browser";
import { ask, openChat, storefront } from "./support/storefront";

const browser = chatBrowser();
const EMMA = "3001"; // emma.johnson@example.com: Smile, Summit tier

describe("a guest asked to log in", () => {
  it("follows the chat's Log in button to the store's login page and comes back to the chat logged in", async () => {
    const page = await storefront(browser, null);
    await openChat(page);
    const asked = await ask(page, "how many points do I have?");
    const loginUrl = `${browser.baseUrl()}/demo/storefront/account/login`;
    // The link is in the text and is the card's button.
    expect(await asked.locator(".ca-text a").getAttribute("href")).toBe(loginUrl);
    const button = asked.locator(".ca-card--login").getByRole("link", { name: "Log in" });
    expect(await button.getAttribute("href")).toBe(loginUrl);
    await screenshot(page, "chat-guest-login-link");

    await Promise.all([page.waitForURL(loginUrl), button.click()]);
    await page.getByRole("heading", { name: "Log in" }).waitFor();
    await page.selectOption("#as", EMMA);
    await Promise.all([page.waitForURL("**/demo/storefront"), page.getByRole("button", { name: "Log in" }).click()]);

    await openChat(page);
    const balance = await ask(page, "how many points do I have?");
    const card = balance.locator(".ca-card--loyalty");
    await card.waitFor();
    // Sentences in the text; the rewards with their costs on the card.
    expect(await balance.locator(".ca-text").textContent()).toMatch(/^You have [\d,]+ points and you're in the Summit tier\. You can redeem \d of the rewards below right now\.$/);
    expect(await card.locator(".ca-reward").count()).toBeGreaterThan(1);
    await screenshot(page, "chat-loyalty-after-login");
    await page.context().close();
  });
});
