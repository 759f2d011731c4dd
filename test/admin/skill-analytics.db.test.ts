import { beforeAll, describe, expect, it } from "vitest";
import { dashboardOverview } from "../../app/services/dashboard.server";
import { missingPrerequisites, shopCapabilities, shopSkillStatuses } from "../../app/services/shop-capabilities.server";
import {
  conversationsBySkill,
  outcomeRates,
  periodWindow,
  QUESTIONS_PER_PAGE,
  skillQuestions,
  skillVolumeSeries,
  trailingDays,
} from "../../app/services/skill-analytics.server";
import { db, testShop } from "../support/db";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = new Date("2026-03-11T12:00:00Z"); // a Wednesday: this week started on Monday, March 9
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * HOUR);

type Turn = { skill: string; outcome: string; at: Date; question: string };

/** A conversation stored as engine.ts stores it: per turn the shopper's message, the agent's reply, the event. */
async function conversation(shop: string, turns: Turn[], channel = "webchat") {
  const { id } = await db.conversation.create({ data: { shop, channel } });
  for (const turn of turns) {
    await db.message.create({ data: { conversationId: id, role: "shopper", text: turn.question, createdAt: turn.at } });
    const repliedAt = new Date(turn.at.getTime() + 50);
    await db.message.create({ data: { conversationId: id, role: "agent", text: "…", skill: turn.skill, createdAt: repliedAt } });
    await db.analyticsEvent.create({
      data: { shop, conversationId: id, channel, skill: turn.skill, outcome: turn.outcome, latencyMs: 12, createdAt: new Date(turn.at.getTime() + 60) },
    });
  }
  return id;
}

describe("skill analytics", () => {
  const shop = testShop();
  const otherShop = testShop();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.twoTurns = await conversation(shop, [
      { skill: "order_tracking", outcome: "resolved", at: ago(2, 1), question: "Where is my ORDER?" },
      { skill: "order_tracking", outcome: "resolved", at: ago(2), question: "it's #1001" },
    ]);
    ids.today = await conversation(shop, [
      { skill: "order_tracking", outcome: "handed_off", at: ago(0, 1), question: "has my parcel shipped" },
      { skill: "general_qa", outcome: "unanswered", at: ago(0, 0.5), question: "50% off everything?" },
    ]);
    ids.threeWeeksAgo = await conversation(shop, [{ skill: "order_tracking", outcome: "needs_input", at: ago(20), question: "tracking number please" }]);
    ids.sixWeeksAgo = await conversation(shop, [{ skill: "order_tracking", outcome: "resolved", at: ago(40), question: "When does my order arrive?" }]);
    // The merchant trying the agent in the admin's Preview, and another shop: neither may ever show.
    await conversation(shop, [{ skill: "order_tracking", outcome: "resolved", at: ago(0, 2), question: "preview: where is my order" }], "preview");
    await conversation(otherShop, [{ skill: "order_tracking", outcome: "handed_off", at: ago(0, 2), question: "other shop: where is my order" }]);
  });

  it("count the conversations each skill handled, once per conversation", async () => {
    expect(await conversationsBySkill(db, shop, trailingDays(30, NOW))).toEqual({ order_tracking: 3, general_qa: 1 });
    expect(await conversationsBySkill(db, shop, trailingDays(7, NOW))).toEqual({ order_tracking: 2, general_qa: 1 });
    expect(await conversationsBySkill(db, otherShop, trailingDays(7, NOW))).toEqual({ order_tracking: 1 });
  });

  it("chart the last 14 days by day, oldest first, ending today", async () => {
    const series = await skillVolumeSeries(db, shop, "order_tracking", "day", NOW);
    expect(series).toHaveLength(14);
    expect(series[0]!.from).toBe("2026-02-26T00:00:00.000Z");
    expect(series[13]).toEqual({ from: "2026-03-11T00:00:00.000Z", conversations: 1 });
    expect(series[11]).toEqual({ from: "2026-03-09T00:00:00.000Z", conversations: 1 });
    expect(series.reduce((sum, point) => sum + point.conversations, 0)).toBe(2);
  });

  it("chart the last 8 calendar weeks by week, each starting on a Monday", async () => {
    const series = await skillVolumeSeries(db, shop, "order_tracking", "week", NOW);
    expect(series.map((point) => point.from.slice(0, 10))).toEqual([
      "2026-01-19", "2026-01-26", "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09",
    ]);
    expect(series.map((point) => point.conversations)).toEqual([0, 1, 0, 0, 1, 0, 0, 2]);
  });

  it("rate resolutions and handoffs over a skill's messages, or over all of them", async () => {
    expect(await outcomeRates(db, shop, periodWindow("day", NOW), "order_tracking")).toEqual({ messages: 3, resolutionRate: 2 / 3, handoffRate: 1 / 3 });
    expect(await outcomeRates(db, shop, trailingDays(7, NOW))).toEqual({ messages: 4, resolutionRate: 0.5, handoffRate: 0.25 });
    expect(await outcomeRates(db, shop, trailingDays(7, NOW), "loyalty")).toEqual({ messages: 0, resolutionRate: null, handoffRate: null });
  });

  it("list the shopper messages a skill answered, newest first, each with its conversation", async () => {
    const { questions, hasNextPage } = await skillQuestions(db, shop, "order_tracking", { search: "", page: 1 });
    expect(questions.map((q) => q.text)).toEqual(["has my parcel shipped", "it's #1001", "Where is my ORDER?", "tracking number please", "When does my order arrive?"]);
    expect(questions[0]!.conversationId).toBe(ids.today);
    expect(questions[2]!.askedAt).toBe(ago(2, 1).toISOString());
    expect(hasNextPage).toBe(false);
    expect((await skillQuestions(db, shop, "general_qa", { search: "", page: 1 })).questions.map((q) => q.text)).toEqual(["50% off everything?"]);
  });

  it("search the questions case-insensitively, taking % and _ literally", async () => {
    const search = async (skill: string, text: string) => (await skillQuestions(db, shop, skill, { search: text, page: 1 })).questions.map((q) => q.text);
    expect(await search("order_tracking", "order")).toEqual(["Where is my ORDER?", "When does my order arrive?"]);
    expect(await search("order_tracking", "  PARCEL ")).toEqual(["has my parcel shipped"]);
    expect(await search("order_tracking", "%")).toEqual([]);
    expect(await search("general_qa", "50%")).toEqual(["50% off everything?"]);
    expect(await search("order_tracking", "other shop")).toEqual([]);
    expect(await search("order_tracking", "preview")).toEqual([]);
  });

  it("page the questions 20 at a time", async () => {
    const busyShop = testShop();
    await conversation(
      busyShop,
      Array.from({ length: QUESTIONS_PER_PAGE + 5 }, (_, index) => ({ skill: "coupons_discounts", outcome: "resolved", at: ago(1, 24 - index * 0.5), question: `code ${index}` })),
    );
    const first = await skillQuestions(db, busyShop, "coupons_discounts", { search: "", page: 1 });
    const second = await skillQuestions(db, busyShop, "coupons_discounts", { search: "", page: 2 });
    expect(first.questions).toHaveLength(QUESTIONS_PER_PAGE);
    expect(first.questions[0]!.text).toBe("code 24");
    expect(first.hasNextPage).toBe(true);
    expect(second.questions.map((q) => q.text)).toEqual(["code 4", "code 3", "code 2", "code 1", "code 0"]);
    expect(second.hasNextPage).toBe(false);
  });

  it("sum up the week on the dashboard: rates, volume against the week before, open handoffs", async () => {
    await db.handoff.create({ data: { shop, conversationId: ids.today!, reason: "asked for a person", transcript: "[]" } });
    const overview = await dashboardOverview(db, shop, NOW);
    expect(overview.rates).toEqual({ messages: 4, resolutionRate: 0.5, handoffRate: 0.25 });
    expect(overview.openHandoffs).toBe(1);
    expect(overview.hasShopperConversations).toBe(true);
    expect(overview.setup.appEmbedSeen).toBe(true);
    const tracking = overview.volumeBySkill.find((row) => row.id === "order_tracking");
    expect(tracking).toEqual({ id: "order_tracking", name: "Order tracking", thisWeek: 2, weekBefore: 0 });
    expect(overview.volumeBySkill).toHaveLength(8);

    const newShop = await dashboardOverview(db, testShop(), NOW);
    expect(newShop.hasShopperConversations).toBe(false);
    expect(newShop.setup.appEmbedSeen).toBe(false);
    expect(newShop.setup.knowledgeDocuments).toBe(0);
    expect(newShop.setup.missingKnowledge.map((missing) => missing.topic)).toContain("returns");
  });
});

describe("shop capabilities", () => {
  const loyaltyStatus = async (shop: string) => (await shopSkillStatuses(db, shop)).find((skill) => skill.id === "loyalty")!.status;

  it("mark Loyalty Unavailable without a connected loyalty provider, Live with one and loyalty content", async () => {
    const shop = testShop();
    expect(await loyaltyStatus(shop)).toMatchObject({
      status: "unavailable",
      missing: [
        { kind: "integration", integration: "loyalty", missing: "Needs a loyalty provider" },
        { kind: "knowledge", topic: "loyalty" },
      ],
    });

    await db.knowledgeDocument.create({ data: { shop, title: "Loyalty program: points and rewards", body: "Earn 1 point per dollar." } });
    await db.integration.create({ data: { shop, kind: "loyalty", provider: "smile", credentials: "ciphertext", status: "disconnected" } });
    expect(await loyaltyStatus(shop)).toMatchObject({ status: "unavailable", missing: [{ kind: "integration", integration: "loyalty" }] });

    await db.integration.update({ where: { shop_provider: { shop, provider: "smile" } }, data: { status: "connected" } });
    expect(await loyaltyStatus(shop)).toEqual({ status: "live" });
    // Another shop's provider and articles unlock nothing here.
    expect((await loyaltyStatus(testShop())).status).toBe("unavailable");
  });

  it("say which providers are missing and which skills each unlocks or improves", async () => {
    const missing = missingPrerequisites(await shopCapabilities(db, testShop()));
    expect(missing.integrations).toEqual([
      { kind: "returns", unlocks: [], improves: [{ id: "returns_exchanges", name: "Returns & exchanges" }] },
      { kind: "subscriptions", unlocks: [{ id: "subscriptions", name: "Subscriptions" }], improves: [] },
      { kind: "loyalty", unlocks: [{ id: "loyalty", name: "Loyalty" }], improves: [] },
    ]);
    expect(missing.knowledge.find((topic) => topic.topic === "faq")?.skills).toEqual([
      { id: "general_qa", name: "General Q&A", missing: "Needs brand FAQ & articles" },
    ]);
  });
});
