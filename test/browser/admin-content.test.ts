import { describe, expect, it } from "vitest";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { DEMO_KNOWLEDGE_ARTICLES } from "../../app/demo/seed/knowledge";
import { polarisCard } from "./support/admin";
import { chatBrowser, DESKTOP, PHONE, screenshot } from "./support/browser";

const browser = chatBrowser();
const SMILE_KEY = DEMO_PROVIDER_CREDENTIALS.smile.apiKey;

const markdown = (name: string, text: string) => ({ name, mimeType: "text/markdown", buffer: Buffer.from(text) });

describe("the knowledge base page", () => {
  it("lists the demo articles with their topics and the skills they feed", async () => {
    const page = await browser.open("/app/knowledge");
    const table = page.getByRole("table");
    await table.getByRole("link", { name: DEMO_KNOWLEDGE_ARTICLES[0]!.title }).waitFor();
    expect(await table.getByRole("link").count()).toBeGreaterThanOrEqual(DEMO_KNOWLEDGE_ARTICLES.length);
    const shippingRow = table.getByRole("row", { name: /FAQ: Shipping times and costs/ });
    expect(await shippingRow.textContent()).toMatch(/Shipping.*General Q&A/);
    await screenshot(page, "admin-knowledge-desktop");
    await page.setViewportSize(PHONE);
    await page.getByRole("link", { name: DEMO_KNOWLEDGE_ARTICLES[0]!.title }).waitFor();
    await screenshot(page, "admin-knowledge-phone");
    await page.context().close();
  });

  it("adds an article, then edits and deletes it behind a confirmation", async () => {
    const page = await browser.open("/app/knowledge");
    await page.getByRole("link", { name: "Add article" }).first().click();
    await page.getByLabel("Title").fill("Store pickup");
    await page.getByLabel("Content").fill("Pick up online orders at our Portland store, Tuesday to Saturday.");
    await page.getByRole("button", { name: "Save article" }).click();
    await page.waitForURL("**/app/knowledge");
    await page.getByRole("link", { name: "Store pickup" }).click();
    await page.getByText("Feeds these skills").waitFor();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete article" }).click();
    await page.getByText("Article deleted.").waitFor();
    expect(await page.getByRole("link", { name: "Store pickup" }).count()).toBe(0);
    await page.context().close();
  });

  it("uploads files one by one with progress, reports a bad file, and keeps the good ones", async () => {
    const page = await browser.open("/app/knowledge");
    // Slow each upload a little so the progress in between is visible.
    await page.route("**/app/knowledge/upload**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.locator('input[type="file"]').setInputFiles([
      markdown("jacket-care.md", "# Jacket care guide\n\nWash cold, hang dry, re-proof once a season."),
      { name: "catalog.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") },
      markdown("gift-wrap.md", "# Gift wrapping\n\nWe wrap any order for $5."),
    ]);
    await page.getByText(/Uploading \d of 3/).waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(1);
    await screenshot(page, "admin-knowledge-uploading");
    await page.getByText("2 of 3 files added").waitFor();
    expect(await page.getByText("Not a file type we can read").count()).toBe(1);
    const table = page.getByRole("table");
    await table.getByRole("link", { name: "Jacket care guide" }).waitFor();
    await table.getByRole("link", { name: "Gift wrapping" }).waitFor();
    await screenshot(page, "admin-knowledge-uploaded");
    await page.context().close();
  });

  it("imports the store's policies from Shopify", async () => {
    const page = await browser.open("/app/knowledge");
    await page.getByRole("button", { name: "Import policies from Shopify" }).click();
    await page.getByText(/Policies imported from Shopify: \d+ added/).waitFor();
    const refund = page.getByRole("row", { name: /Refund policy/ });
    expect(await refund.textContent()).toMatch(/Shopify policy.*Returns.*Returns & exchanges/);
    await page.context().close();
  });

  it("speaks Korean with ?locale=ko", async () => {
    const page = await browser.open("/app/knowledge?locale=ko");
    await page.getByRole("heading", { name: "지식 베이스" }).waitFor();
    // The drop zone draws its button once hydrated.
    await page.getByRole("button", { name: "파일 추가" }).waitFor();
    await screenshot(page, "admin-knowledge-ko");
    await page.goto("/app/integrations");
    await page.getByRole("heading", { name: "연동", exact: true }).waitFor();
    await page.goto("/app/settings");
    await page.getByRole("heading", { name: "가이드 및 설정" }).waitFor();
    expect(await page.getByRole("button", { name: "설정 저장" }).count()).toBe(1);
    await screenshot(page, "admin-settings-ko");
    await page.context().close();
  });
});

describe("the integrations page", () => {
  it("shows the connected provider's key masked, and refuses a badly pasted key on its field before asking the provider", async () => {
    const page = await browser.open("/app/integrations");
    const loyalty = polarisCard(page, "Loyalty");
    await loyalty.getByText("Connected: Smile").waitFor();
    expect(await loyalty.getByTestId("masked-apiKey").textContent()).toBe(`••••${SMILE_KEY.slice(-4)}`);
    expect(await page.getByTestId("masked-programName").textContent()).toBe("Summit Rewards");
    expect(JSON.stringify(await page.locator(".Polaris-Page").textContent())).not.toContain(SMILE_KEY);

    await loyalty.getByRole("button", { name: "Connect LoyaltyLion" }).click();
    await loyalty.getByLabel("Access token").fill("too short");
    await loyalty.getByRole("button", { name: "Save and connect" }).click();
    await loyalty.getByText("Must be at least 20 characters.").waitFor();
    await screenshot(page, "admin-integrations-error");
    await loyalty.getByRole("button", { name: "Cancel" }).click();
    await loyalty.getByText("Connected: Smile").waitFor();

    await screenshot(page, "admin-integrations-desktop");
    await page.setViewportSize(PHONE);
    await loyalty.scrollIntoViewIfNeeded();
    await screenshot(page, "admin-integrations-phone");
    await page.setViewportSize(DESKTOP);
    await page.context().close();
  });
});

describe("the settings page", () => {
  it("refuses an invalid handoff email, then saves and shows the settings", async () => {
    const page = await browser.open("/app/settings");
    await page.getByLabel("Brand name").fill("Northwind Outfitters");
    await page.getByPlaceholder("Never promise a delivery date").fill("Never promise a delivery date");
    await page.getByRole("button", { name: "Add" }).first().click();
    // Polaris draws its own radio over the input, so the label is what a person clicks.
    await page.getByText("An email address", { exact: true }).click();
    await page.getByLabel("Email address", { exact: true }).fill("not-an-email");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Enter an email address like support@example.com.").waitFor();
    await page.getByText(/Settings not saved/).waitFor();
    await page.getByLabel("Email address", { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, "admin-settings-error");

    await page.getByLabel("Email address", { exact: true }).fill("team@northwind.example");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved.").waitFor();
    // The page scrolls up to its outcome banner.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await screenshot(page, "admin-settings-saved");
    await page.reload();
    expect(await page.getByLabel("Brand name").inputValue()).toBe("Northwind Outfitters");
    expect(await page.getByLabel("Email address", { exact: true }).inputValue()).toBe("team@northwind.example");
    expect(await page.getByText("Never promise a delivery date", { exact: true }).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "admin-settings-desktop");
    await page.setViewportSize(PHONE);
    await page.getByText("Send handoffs to").scrollIntoViewIfNeeded();
    await screenshot(page, "admin-settings-phone");
    await page.context().close();
  });
});
