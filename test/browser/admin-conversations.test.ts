import type { APIResponse, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chatBrowser, PHONE, screenshot } from "./support/browser";

const browser = chatBrowser();
const EMMA = "3001"; // emma.johnson@example.com: latest order #1031, UPS, label created

/**
 * Waits until React has hydrated the page and run its effects: a control used before that would lose its state
 * (the page re-renders from the server's HTML), and a screenshot would show the server's first draft (UTC times).
 */
async function hydrated(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page;
}

const open = async (path: string, viewport?: typeof PHONE) => hydrated(await browser.open(path, viewport));
async function visit(page: Page, path: string) {
  await page.goto(path);
  return hydrated(page);
}

/** The Preview page, chatting as a demo customer (or a guest). */
async function preview(as: string | null, viewport?: typeof PHONE) {
  const page = await open("/app/preview", viewport);
  if (as) await page.getByLabel("Chat as").selectOption(as);
  return page;
}

/** Follows the first list row with `text` to its detail page, titled `title`. */
async function openRow(page: Page, text: string, title: "Conversation" | "Handoff") {
  await page.getByRole("row").filter({ hasText: text }).first().getByRole("link").click();
  await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
  return hydrated(page);
}

/** Sends a message in the Preview and waits for the agent's reply to it. */
async function ask(page: Page, text: string) {
  const replies = page.locator('[data-role="agent"]');
  const before = await replies.count();
  await page.getByRole("textbox", { name: "Message" }).fill(text);
  await page.getByRole("button", { name: "Send" }).click();
  await expect.poll(() => replies.count(), { timeout: 20_000 }).toBeGreaterThan(before);
  return replies.last();
}

/** The demo's top bar shows the open handoffs as "Handoffs (n)". */
async function openHandoffsInNav(page: Page) {
  const label = await page.getByRole("link", { name: /^Handoffs/ }).first().textContent();
  return Number(/\((\d+)\)/.exec(label ?? "")?.[1] ?? 0);
}

/** Nothing sticks out sideways on a phone. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("the admin's conversations, handoffs and preview", () => {
  it("previews the agent as Emma, then shows that conversation with its route", async () => {
    const page = await preview(EMMA);
    expect(await page.getByText("This is a test chat").count()).toBe(1);
    const reply = await ask(page, "where is my order?");
    await expect.poll(() => reply.locator('[data-card="order"]').count()).toBe(1);
    expect(await reply.textContent()).toContain("#1031");
    expect(await reply.textContent()).toContain("1ZA4V7820382879457");
    expect(await reply.textContent()).toContain("Order tracking");
    await screenshot(page, "admin-preview-desktop");

    await visit(page, "/app/conversations?channel=preview");
    expect(await page.getByRole("row").filter({ hasText: "where is my order?" }).first().textContent()).toContain("Preview (test)");
    await openRow(page, "where is my order?", "Conversation");
    const route = page.locator('[data-role="agent"]').first();
    expect(await route.textContent()).toMatch(/Order tracking/);
    expect(await route.textContent()).toMatch(/\d+% confident/);
    expect(await route.textContent()).toContain("shopify.recentOrders");
    expect(await route.locator('[data-card="order"]').count()).toBe(1);
    expect(await page.getByText("Emma Johnson").count()).toBeGreaterThan(0);
    await screenshot(page, "admin-conversation-desktop");
    await page.context().close();
  });

  it("finds a storefront conversation by its words and channel", async () => {
    const page = await open("/app/conversations");
    // A guest on the storefront (through the demo's app proxy stand-in).
    let conversationId: string | null = null;
    for (const text of ["do you ship to Canada?", "thanks!"]) {
      const response: APIResponse = await page.request.post("/apps/agent/messages", { data: { conversationId, text } });
      conversationId = ((await response.json()) as { conversationId: string }).conversationId;
    }
    await page.getByPlaceholder("Search messages").fill("canada");
    await page.waitForURL(/q=canada/);
    await expect.poll(() => page.getByRole("row").filter({ hasText: "do you ship to Canada?" }).count()).toBe(1);
    expect(await page.getByRole("row").filter({ hasText: "where is my order?" }).count()).toBe(0);
    expect(await page.getByRole("row").filter({ hasText: "do you ship to Canada?" }).textContent()).toContain("Web chat");
    // The table's loading veil (always in the page, shown while loading) fades out after the rows arrive.
    await expect.poll(() => page.getByText("Loading conversations").first().isVisible()).toBe(false);
    await screenshot(page, "admin-conversations-desktop");
    await page.context().close();
  });

  it("hands a preview conversation to a person; the log shows it until it is resolved", async () => {
    const page = await preview(EMMA);
    await ask(page, "where is my order?");
    const openBefore = await openHandoffsInNav(page);
    const reply = await ask(page, "I want to talk to a person");
    expect(await reply.textContent()).toMatch(/person/);
    // The layout's loaders run again after the preview's action, so the navigation's count is already up to date.
    await expect.poll(() => openHandoffsInNav(page)).toBe(openBefore + 1);

    await visit(page, "/app/handoffs");
    await openRow(page, "Asked for a person", "Handoff");
    const handoffPath = new URL(page.url()).pathname;
    expect(await page.getByText("the shopper asked for a person").count()).toBe(1);
    expect(await page.locator('[data-role="shopper"]').allTextContents()).toEqual([
      expect.stringContaining("where is my order?"),
      expect.stringContaining("I want to talk to a person"),
    ]);
    expect(await page.locator('[data-card="order"]').count()).toBe(1);
    await screenshot(page, "admin-handoff-desktop");

    await page.getByRole("button", { name: "Mark as resolved" }).click();
    await page.getByRole("button", { name: "Reopen" }).waitFor();
    await expect.poll(() => openHandoffsInNav(page)).toBe(openBefore);

    await visit(page, "/app/handoffs");
    expect(await page.locator(`a[href="${handoffPath}"]`).count()).toBe(0);
    await visit(page, "/app/handoffs?status=resolved");
    expect(await page.locator(`a[href="${handoffPath}"]`).count()).toBe(1);
    await screenshot(page, "admin-handoffs-desktop");
    await page.context().close();
  });

  it("fits a phone", async () => {
    const page = await preview(EMMA, PHONE);
    await ask(page, "where is my order?");
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "admin-preview-phone");

    for (const [path, name] of [
      ["/app/conversations", "admin-conversations-phone"],
      ["/app/handoffs?status=all", "admin-handoffs-phone"],
    ] as const) {
      await visit(page, path);
      expect(await fitsWidth(page)).toBe(true);
      await screenshot(page, name);
    }
    // On a phone the list is condensed: no table rows, one link per handoff.
    await page.locator('a[href^="/app/handoffs/"]').first().click();
    await page.getByRole("heading", { level: 1, name: "Handoff", exact: true }).waitFor();
    await hydrated(page);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, "admin-handoff-phone");
    await page.context().close();
  });

  it("speaks Korean with ?locale=ko", async () => {
    const page = await open("/app/handoffs?status=all&locale=ko");
    expect(await page.getByRole("heading", { name: "상담 이관" }).count()).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "처리 대기" }).waitFor();

    await visit(page, "/app/preview");
    expect(await page.getByText("테스트 채팅이에요").count()).toBe(1);
    await page.getByLabel("대화할 고객").selectOption(EMMA);
    await page.getByRole("button", { name: "내 주문 어디쯤 왔나요?" }).click();
    await expect.poll(() => page.locator('[data-card="order"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('[data-card="order"]').textContent()).toContain("합계");
    await screenshot(page, "admin-preview-ko");

    await visit(page, "/app/conversations");
    expect(await page.getByRole("heading", { name: "대화" }).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
