import type { Locator, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PROVIDER_CREDENTIALS } from "../../app/demo/providers/credentials";
import { polarisCard, setDemoProvider } from "./support/admin";
import { chatBrowser, DESKTOP, PHONE, screenshot } from "./support/browser";
import { ask, openChat, replyTo, storefront } from "./support/storefront";

// The demo shop has Loop, Recharge and Smile connected against their fakes (app/services/demo-seed.server.ts).
// Every browser test file shares one server and database, and the fakes keep their state for the server's life.
const browser = chatBrowser();
const SOPHIA = "3007"; // sophia.patel@example.com: Recharge "Summit Roast Coffee Subscription"; #1036 unfulfilled
const EMMA = "3001"; // emma.johnson@example.com: Smile, 2,450 points (Summit); #1016 delivered

/** The same screen at desktop and at phone width, with `subject` in view, for a person to look at. */
async function screenshots(page: Page, subject: Locator, name: string) {
  for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    await page.setViewportSize(viewport);
    await subject.scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize(DESKTOP);
}

/**
 * Confirms a previewed action with its card's button: the warning shows beside the button, and one click is the one
 * confirmation (no second "are you sure?").
 */
async function confirm(page: Page, card: Locator, label: string, warning: RegExp): Promise<Locator> {
  expect(await card.locator(".ca-warning").textContent()).toMatch(warning);
  const reply = await replyTo(page, () => card.getByRole("button", { name: label }).click());
  expect(await page.getByRole("alertdialog").count()).toBe(0);
  return reply;
}

const nextCharge = async (card: Locator) => Date.parse((await card.getByText(/^Next charge /).textContent())!.replace("Next charge ", ""));
const points = async (card: Locator) => Number((await card.locator(".ca-points").textContent())!.replace(/\D/g, ""));

describe("account actions through the storefront chat", () => {
  it("skips Sophia's next subscription delivery after a preview and a confirmation", async () => {
    const page = await storefront(browser, SOPHIA);
    await openChat(page);
    const shown = await ask(page, "when is my next coffee subscription delivery?");
    const subscription = shown.locator(".ca-card--subscription");
    await subscription.waitFor();
    expect(await subscription.textContent()).toMatch(/Summit Roast Coffee Subscription.*Active/);
    const before = await nextCharge(subscription);
    await screenshots(page, subscription, "provider-subscription");

    const preview = await replyTo(page, () => subscription.getByRole("button", { name: "Skip the next delivery" }).click());
    expect(await preview.locator(".ca-text").textContent()).toMatch(/^Skip the Summit Roast Coffee delivery on .*\? You won't be charged/);
    const previewCard = preview.locator(".ca-card--subscription");
    expect(await nextCharge(previewCard)).toBe(before);
    await screenshots(page, previewCard, "provider-skip-preview");

    const done = await confirm(page, previewCard, "Yes, skip it", /won't be sent/);
    expect(await done.locator(".ca-text").textContent()).toMatch(/that delivery is skipped/);
    expect(await nextCharge(done.locator(".ca-card--subscription"))).toBeGreaterThan(before);
    await page.context().close();
  });

  it("redeems Emma's points into a code she can apply, and shows the lower balance", async () => {
    const page = await storefront(browser, EMMA);
    await openChat(page);
    // 2,450 on a freshly seeded demo; read rather than assumed, so the test holds on a server it has run against.
    const balance = await points((await ask(page, "how many points do I have?")).locator(".ca-card--loyalty"));

    const preview = await ask(page, "redeem $10 off");
    expect(await preview.locator(".ca-text").textContent()).toMatch(/Redeem 200 of your .* points for \$10 off\?.*Points can't be returned/);
    const redeemed = await confirm(page, preview.locator(".ca-card"), "Yes, redeem 200 points", /can't be returned/);
    const coupon = redeemed.locator(".ca-card--coupon");
    await coupon.waitFor();
    const code = (await coupon.locator(".ca-code").textContent())!;
    expect(code).toMatch(/\S{6,}/);
    expect(await redeemed.locator(".ca-text").textContent()).toContain(code);
    await screenshots(page, coupon, "provider-coupon");
    await coupon.getByRole("button", { name: "Apply at checkout" }).click();
    await coupon.getByText(`${code} will be applied at checkout.`).waitFor();

    const after = await ask(page, "how many points do I have?");
    expect(await points(after.locator(".ca-card--loyalty"))).toBe(balance - 200);
    expect(await after.locator(".ca-points").textContent()).toBe(`${(balance - 200).toLocaleString("en-US")} points`);
    await page.context().close();
  });

  it("sends Emma to Loop's portal for an exchange of a delivered order", async () => {
    const page = await storefront(browser, EMMA);
    await openChat(page);
    const reply = await ask(page, "I want to exchange the sleeping bag from order #1016");
    const card = reply.locator(".ca-card--return");
    expect(await card.count(), (await reply.textContent())!).toBe(1);
    expect(await card.textContent()).toContain("Firefly 20°F Down Sleeping Bag");
    expect(await card.getByRole("link", { name: /Start a return/ }).getAttribute("href")).toMatch(/^https:\/\/[\w-]+\.loopreturns\.com\//);
    await page.context().close();
  });

  it("cancels Sophia's unfulfilled order after a confirmation", async () => {
    const page = await storefront(browser, SOPHIA);
    await openChat(page);
    const preview = await ask(page, "cancel order #1036");
    expect(await preview.locator(".ca-text").textContent()).toMatch(/cancel order #1036 .*can't be undone/);
    const done = await confirm(page, preview.locator(".ca-card--order"), "Yes, cancel order", /can't be undone/);
    expect(await done.locator(".ca-text").textContent()).toMatch(/order #1036 is cancelled/);
    expect(await done.locator(".ca-card--order .ca-badge").textContent()).toBe("Cancelled");
    await page.context().close();
  });

  it("asks a guest to log in instead of offering to skip or redeem", async () => {
    const page = await storefront(browser, null);
    await openChat(page);
    for (const text of ["skip my next coffee delivery", "redeem $10 off"]) {
      expect(await (await ask(page, text)).textContent()).toMatch(/please log in to your account/);
    }
    // No preview to confirm: the only cards are the buttons to log in.
    expect(await page.locator(".ca-warning, .ca-card:not(.ca-card--login)").count()).toBe(0);
    expect(await page.locator(".ca-card--login").getByRole("link", { name: "Log in" }).count()).toBe(2);
    expect(await page.getByRole("button", { name: /^(yes|confirm|skip|redeem)/i }).count()).toBe(0);
    await page.context().close();
  });
});

describe("the Integrations page with the demo providers", () => {
  // Connecting Skio disconnects Recharge, which the other tests' subscription flows use: if this test stops
  // half-way, reconnect Recharge the way the page's form does, so nothing else inherits Skio.
  let rechargeReplaced = false;
  afterAll(async () => {
    if (!rechargeReplaced) return;
    await setDemoProvider(browser.baseUrl(), "recharge", true);
  });

  /** Types into the open form's `field` the key its help text offers for the demo store, and saves. */
  async function saveDemoKey(card: Locator, field: string) {
    const help = (await card.getByText(/Demo store: this provider's local stand-in accepts /).textContent())!;
    const key = help.replace(/^.*accepts /, "");
    await card.getByLabel(field).fill(key);
    await card.getByRole("button", { name: "Save and connect" }).click();
    return key;
  }

  it("shows the demo's providers connected, swaps Recharge for Skio and back, and shows AfterShip's refusal", async () => {
    const page = await browser.open("/app/integrations");
    const returns = polarisCard(page, "Returns");
    const subscriptions = polarisCard(page, "Subscriptions");
    const loyalty = polarisCard(page, "Loyalty");
    expect(await returns.textContent()).toContain("Connected: Loop Returns");
    expect(await subscriptions.textContent()).toContain("Connected: Recharge");
    expect(await loyalty.textContent()).toContain("Connected: Smile");
    await page.waitForLoadState("networkidle");
    await screenshots(page, page.getByRole("heading", { name: "Integrations", exact: true }), "provider-integrations");

    rechargeReplaced = true;
    await subscriptions.getByRole("button", { name: "Connect Skio" }).click();
    await subscriptions.getByText("Connecting Skio replaces Recharge").waitFor();
    const skioKey = await saveDemoKey(subscriptions, "API token");
    expect(skioKey).toBe(DEMO_PROVIDER_CREDENTIALS.skio.apiToken);
    await subscriptions.getByText("Connected: Skio").waitFor();
    expect(await subscriptions.getByTestId("masked-apiToken").textContent()).toBe(`••••${skioKey.slice(-4)}`);
    expect(await subscriptions.textContent()).not.toContain("Connected: Recharge");
    await screenshots(page, subscriptions, "provider-integrations-skio");

    await returns.getByRole("button", { name: "Connect AfterShip Returns" }).click();
    await returns.getByLabel("API key").fill("asat_wrong_0000000000000000");
    await returns.getByRole("button", { name: "Save and connect" }).click();
    await returns.getByText("The provider refused this key. Copy it again from the provider's settings.").waitFor();
    expect(await returns.textContent()).toContain("Connected: Loop Returns");
    await screenshots(page, returns.getByLabel("API key"), "provider-integrations-refused");
    await returns.getByRole("button", { name: "Cancel" }).click();

    await subscriptions.getByRole("button", { name: "Connect Recharge" }).click();
    expect(await saveDemoKey(subscriptions, "Access token")).toBe(DEMO_PROVIDER_CREDENTIALS.recharge.accessToken);
    await subscriptions.getByText("Connected: Recharge").waitFor();
    rechargeReplaced = false;
    await page.context().close();
  });
});
