import { beforeEach, describe, expect, it, vi } from "vitest";
import { SKILL_LABELS } from "../../app/admin/components/transcript/labels";
import { SKILL_IDS } from "../../app/agent/skill-ids";
import { SKILLS } from "../../app/agent/skills";
import { DEMO_SHOP_DOMAIN } from "../../app/demo/constants";
import { loader as conversationLoader } from "../../app/routes/app.conversations.$id";
import { loader as conversationListLoader } from "../../app/routes/app.conversations._index";
import { action as previewAction, loader as previewLoader } from "../../app/routes/app.preview";
import { conversationDetail, listConversations, PAGE_SIZE, parseConversationFilters } from "../../app/services/conversations.server";
import { agentHarness } from "../support/agent";
import { db, testShop } from "../support/db";

// The admin routes act for the shop requireAdmin signs in; each test picks it (see handoffs.db.test.ts).
const signedIn = vi.hoisted(() => ({ shop: "" }));
vi.mock("../../app/admin-context.server", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../app/admin-context.server")>();
  return { requireAdmin: async (request: Request) => ({ ...(await actual.requireAdmin(request)), shop: signedIn.shop }) };
});

const EMMA = "emma.johnson@example.com";
const filters = (query = "") => parseConversationFilters(new URLSearchParams(query));
const adminRequest = (path: string, init?: RequestInit) => new Request(`http://127.0.0.1:3000${path}`, init);
const thrown = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as Response);

/** A conversation with one shopper message, last active `minutesAgo`. */
async function conversation(shop: string, text: string, options: { channel?: string; minutesAgo?: number } = {}) {
  const at = new Date(Date.now() - (options.minutesAgo ?? 0) * 60_000);
  return db.conversation.create({
    data: { shop, channel: options.channel ?? "webchat", createdAt: at, updatedAt: at, messages: { create: { role: "shopper", text, createdAt: at } } },
  });
}

describe("conversations", () => {
  it("show, for each agent reply, the route it took: skill, confidence, tools called, sources, card", async () => {
    const agent = await agentHarness();
    const tracking = await agent.last(["where is my order?"], { email: EMMA });
    const detail = await conversationDetail(db, agent.shop, tracking.conversationId);

    expect(detail).toMatchObject({ channel: "webchat", customerId: await agent.customerId(EMMA) });
    expect(detail).not.toHaveProperty("state");
    const [question, reply] = detail!.messages;
    expect(question).toMatchObject({ role: "shopper", text: "where is my order?", skill: null, card: null });
    expect(reply).toMatchObject({ role: "agent", skill: "order_tracking", card: { type: "order", name: "#1031" }, sources: [] });
    expect(reply!.confidence).toBeGreaterThan(0);
    expect(reply!.toolsCalled).toEqual(tracking.toolsCalled);
    expect(reply!.toolsCalled).toContain("shopify.recentOrders");

    const policy = await agent.last(["how long does shipping take?"]);
    const [, answer] = (await conversationDetail(db, agent.shop, policy.conversationId))!.messages;
    expect(answer).toMatchObject({ skill: "general_qa", confidence: policy.confidence, toolsCalled: ["knowledge.answer"], sources: policy.sources });
    expect(answer!.sources!.length).toBeGreaterThan(0);
  });

  it("are searched by text in any message, ignoring case, on one channel if asked, latest activity first", async () => {
    const agent = await agentHarness();
    const tracked = await agent.last(["where is my order?"], { email: EMMA });
    const sms = await conversation(agent.shop, "Do you ship to Canada?", { channel: "sms", minutesAgo: 60 });
    const preview = await conversation(agent.shop, "Testing the ORDER status", { channel: "preview", minutesAgo: 30 });

    const ids = async (query: string) => (await listConversations(db, agent.shop, filters(query))).items.map((c) => c.id);
    expect(await ids("")).toEqual([tracked.conversationId, preview.id, sms.id]);
    expect(await ids("q=canada")).toEqual([sms.id]);
    // The tracking number is only in the agent's reply.
    expect(await ids("q=1ZA4V7820382879457")).toEqual([tracked.conversationId]);
    expect(await ids("q=order")).toEqual([tracked.conversationId, preview.id]);
    expect(await ids("q=order&channel=preview")).toEqual([preview.id]);
    expect(await ids("channel=email")).toEqual([]);

    const [row] = (await listConversations(db, agent.shop, filters("channel=preview"))).items;
    expect(row).toMatchObject({ channel: "preview", firstMessage: "Testing the ORDER status", messageCount: 1 });
    expect(filters("channel=fax&page=abc")).toEqual({ q: "", channel: undefined, page: 1 });
  });

  it("page through many conversations", async () => {
    const shop = testShop();
    for (let i = 0; i < PAGE_SIZE + 3; i++) await conversation(shop, `question ${i}`, { minutesAgo: i });

    const first = await listConversations(db, shop, filters());
    expect(first).toMatchObject({ total: PAGE_SIZE + 3, hasPrevious: false, hasNext: true });
    expect(first.items[0]!.firstMessage).toBe("question 0");
    const second = await listConversations(db, shop, filters("page=2"));
    expect(second).toMatchObject({ hasPrevious: true, hasNext: false });
    expect(second.items.map((c) => c.firstMessage)).toEqual([`question ${PAGE_SIZE}`, `question ${PAGE_SIZE + 1}`, `question ${PAGE_SIZE + 2}`]);
  });

  it("name each route's skill as the skill names itself", () => {
    for (const id of SKILL_IDS) expect(SKILL_LABELS[id].en).toBe(SKILLS[id].name);
  });
});

describe("the conversation pages, scoped to the signed-in shop", () => {
  beforeEach(() => {
    signedIn.shop = testShop();
  });

  it("never list or open another shop's conversation", async () => {
    const ours = await conversation(signedIn.shop, "our shopper asks about sizes");
    const theirs = await conversation(testShop(), "their shopper asks about sizes");

    const listed = await conversationListLoader({ request: adminRequest("/app/conversations?q=sizes"), params: {}, context: {} });
    expect(listed.conversations.items.map((c) => c.id)).toEqual([ours.id]);
    expect(await conversationDetail(db, signedIn.shop, theirs.id)).toBeNull();
    const response = await thrown(conversationLoader({ request: adminRequest(`/app/conversations/${theirs.id}`), params: { id: theirs.id }, context: {} }));
    expect(response?.status).toBe(404);
    const page = await conversationLoader({ request: adminRequest(`/app/conversations/${ours.id}`), params: { id: ours.id }, context: {} });
    expect(page).toMatchObject({ conversation: { id: ours.id }, customer: { kind: "guest" }, adminLinks: false });
  });
});

describe("the preview", () => {
  // The preview talks to the demo store, which serves only the demo shop.
  beforeEach(() => {
    signedIn.shop = DEMO_SHOP_DOMAIN;
  });

  const post = (fields: Record<string, string>) =>
    previewAction({ request: adminRequest("/app/preview", { method: "POST", body: new URLSearchParams(fields) }), params: {}, context: {} });
  type Refused = { data: { error: string }; init: { status: number } };

  it("lists the shop's customers to chat as", async () => {
    const { customers } = await previewLoader({ request: adminRequest("/app/preview"), params: {}, context: {} });
    expect(customers).toContainEqual({ id: "gid://shopify/Customer/3001", numericId: "3001", name: "Emma Johnson", email: EMMA });
  });

  it("chats as a customer of the shop, stored with the channel preview", async () => {
    const first = (await post({ text: "where is my order?", customerId: "3001", conversationId: "" })) as { conversationId: string; messages: { card: unknown }[] };
    expect(first.messages.at(-1)?.card).toMatchObject({ type: "order", name: "#1031" });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: first.conversationId } })).toMatchObject({
      shop: DEMO_SHOP_DOMAIN,
      channel: "preview",
      customerId: "gid://shopify/Customer/3001",
    });

    // The hidden conversation id continues the same conversation.
    const second = (await post({ text: "thanks!", customerId: "3001", conversationId: first.conversationId })) as { conversationId: string; messages: unknown[] };
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.messages).toHaveLength(4);
  });

  it.each([
    ["a customer the shop does not have", "999999"],
    ["search syntax in the id", "3001 OR email:*"],
    ["another kind of id", "gid://shopify/Order/5031"],
  ])("refuses %s and stores nothing", async (_, customerId) => {
    const text = `probe ${Math.random()}`;
    const refused = (await post({ text, customerId })) as unknown as Refused;
    expect(refused.init.status).toBe(400);
    expect(refused.data.error).toBe("unknown_customer");
    expect(await db.message.count({ where: { text } })).toBe(0);
  });
});
