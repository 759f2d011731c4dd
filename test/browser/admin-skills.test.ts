import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDemoProvider } from "./support/admin";
import { chatBrowser, DESKTOP, PHONE, screenshot } from "./support/browser";

const browser = chatBrowser();

/** Plays a conversation through the demo storefront's app proxy, as the chat widget does; returns its id. */
async function shopperConversation(messages: string[]): Promise<string> {
  let conversationId: string | null = null;
  for (const text of messages) {
    const response: Response = await fetch(`${browser.baseUrl()}/apps/agent/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ conversationId, text }),
    });
    expect(response.status).toBe(200);
    conversationId = ((await response.json()) as { conversationId: string }).conversationId;
  }
  return conversationId!;
}

const skillRow = (page: Page, name: string) => page.locator("tr", { has: page.getByRole("link", { name, exact: true }) });

/** Every page in both widths, for a person to look at. */
async function screenshots(path: string, name: string, check: (page: Page) => Promise<void>) {
  for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    const page = await browser.open(path, viewport);
    await check(page);
    // Polaris lays some parts out only once hydrated (Tabs measure themselves): shoot after the scripts have run.
    await page.waitForLoadState("networkidle");
    await screenshot(page, `${name}-${width}`);
    await page.context().close();
  }
}

describe("the admin's skills pages and home", () => {
  let trackingConversation: string;

  // The demo shop connects every kind of provider; without Smile, Loyalty shows what an Unavailable skill looks like.
  beforeAll(() => setDemoProvider(browser.baseUrl(), "smile", false));
  afterAll(() => setDemoProvider(browser.baseUrl(), "smile", true));

  beforeAll(async () => {
    trackingConversation = await shopperConversation(["Where is my order? It has been a week", "#1001"]);
    await shopperConversation(["do you have any discount codes?"]);
    await shopperConversation(["I want to talk to a real person"]);
  });

  it("lists the eight skills with their status, what is missing and where to fix it", async () => {
    await screenshots("/app/skills", "admin-skills", async (page) => {
      await expect.poll(() => page.locator("tbody tr").count()).toBe(8);
      expect(await skillRow(page, "Order tracking").textContent()).toContain("Live");
      const loyalty = skillRow(page, "Loyalty");
      expect(await loyalty.textContent()).toContain("Unavailable");
      expect(await loyalty.getByRole("link", { name: "Needs a loyalty provider" }).getAttribute("href")).toBe("/app/integrations");
      expect(await skillRow(page, "Order tracking").locator("td").last().textContent()).not.toBe("0");
    });
  });

  it("takes a skill request: a clear error that keeps the text, then the request in the list", async () => {
    const page = await browser.open("/app/skills");
    await page.getByRole("button", { name: "Request a skill" }).click();
    const field = page.getByLabel("Which shopper questions should it cover?");
    await field.fill("gifts");
    await page.getByRole("button", { name: "Send request" }).click();
    await page.getByText("Please describe the questions in at least 10 characters.").waitFor();
    expect(await field.inputValue()).toBe("gifts");
    await screenshot(page, "admin-skills-request-error");

    const request = `Gift wrapping: can I add a note? (${Date.now()})`;
    await field.fill(request);
    await page.getByRole("button", { name: "Send request" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.getByText(request).waitFor();
    await page.context().close();
  });

  it("shows a skill's overview, then its performance: chart, rates and the questions it answered", async () => {
    const page = await browser.open("/app/skills/order_tracking");
    for (const heading of ["Overview", "When it is used", "How it responds", "Tools it uses", "Prerequisites"]) {
      await page.getByRole("heading", { name: heading }).waitFor();
    }
    expect(await page.textContent("body")).toContain("shopify.findOrderByNumber");

    await page.getByRole("tab", { name: "Performance" }).click();
    const chart = page.getByRole("img", { name: /Order tracking: \d+ conversations in the last 14 days/ });
    await chart.waitFor();
    expect(await page.locator("table:has(caption) tbody tr").count()).toBe(14);
    expect(await page.textContent("body")).toContain("Resolution rate");
    const question = page.getByRole("link", { name: "Where is my order? It has been a week" });
    expect(await question.getAttribute("href")).toBe(`/app/conversations/${trackingConversation}`);
    await screenshot(page, "admin-skill-performance-desktop");

    await page.getByRole("button", { name: "Week" }).click();
    await page.getByRole("img", { name: /in the last 8 weeks/ }).waitFor();
    expect(await page.locator("table:has(caption) tbody tr").count()).toBe(8);

    await page.getByRole("searchbox", { name: "Search questions" }).fill("NOTHING LIKE THIS");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByText('No questions contain "NOTHING LIKE THIS".').waitFor();
    expect(page.url()).toContain("q=NOTHING+LIKE+THIS");
    await page.getByRole("searchbox", { name: "Search questions" }).fill("been a WEEK");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.getByRole("link", { name: "Where is my order? It has been a week" }).waitFor();
    await page.context().close();

    await screenshots("/app/skills/order_tracking?tab=performance", "admin-skill-performance", async (phone) => {
      await phone.getByRole("img", { name: /Order tracking/ }).waitFor();
    });
  });

  it("answers an unknown skill with a 404 page", async () => {
    const page = await browser.open("/app/skills");
    const response = await page.goto("/app/skills/teleportation");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Skill not found" }).waitFor();
    await page.context().close();
  });

  it("shows the week on the home page and the set-up steps still missing", async () => {
    await screenshots("/app", "admin-home", async (page) => {
      await page.getByRole("heading", { name: "Finish setting up" }).waitFor();
      const body = (await page.textContent("body")) ?? "";
      expect(body).toContain("The chat is enabled on the demo storefront.");
      expect(body).toContain("Loyalty provider (Smile, Yotpo, LoyaltyLion): unlocks Loyalty");
      expect(body).toContain("Resolution rate");
      expect(body).toContain("Conversations by skill");
      expect(await page.getByRole("link", { name: "Review handoffs" }).getAttribute("href")).toBe("/app/handoffs");
    });
  });

  it("speaks Korean", async () => {
    await screenshots("/app/skills?locale=ko", "admin-skills-ko", async (page) => {
      await page.getByRole("heading", { name: "스킬", exact: true }).waitFor();
      const body = (await page.textContent("body")) ?? "";
      expect(body).toContain("로열티 제공업체 연결 필요");
      expect(body).toContain("사용 중");
      expect(body).toContain("스킬 요청하기");
    });
  });
});
