import { describe, expect, it } from "vitest";
import { parseConversationState } from "../../app/agent/conversation-state";
import { DEFAULT_GUIDANCE } from "../../app/agent/guidance";
import { agentHarness } from "../support/agent";
import { db } from "../support/db";

const EMMA = "emma.johnson@example.com"; // orders #1001, #1016, #1031 (label created); VIP25 is hers
const SOPHIA = "sophia.patel@example.com"; // #1036 unfulfilled

describe("order tracking", () => {
  it("shows a logged-in customer their latest order with carrier, tracking number and link", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["where is my order?"], { email: EMMA });
    expect(reply.skill).toBe("order_tracking");
    expect(reply.card?.type).toBe("order");
    const card = reply.card as Extract<typeof reply.card, { type: "order" }>;
    expect(card.name).toBe("#1031");
    expect(card.shipments[0]!.trackingNumber).toMatch(/^1Z/);
    expect(reply.text).toContain(card.shipments[0]!.trackingNumber!);
    expect(reply.text).toContain("UPS");
  });

  it("never shows one customer another's order, and says the same as for an order that does not exist", async () => {
    const agent = await agentHarness();
    const someoneElses = await agent.last(["where is order #1036?"], { email: EMMA });
    const missing = await agent.last(["where is order #9036?"], { email: EMMA });
    expect(someoneElses.card).toBeNull();
    expect(someoneElses.text).not.toContain("Sophia");
    expect(someoneElses.text.replace("1036", "N")).toBe(missing.text.replace("9036", "N"));
  });

  it("lets a guest see an order only with its number and matching email; a wrong pair reveals nothing", async () => {
    const agent = await agentHarness();
    const asked = await agent.last(["where is my order #1031?"]);
    // No order, only the button to log in.
    expect(asked.card?.type).toBe("login");
    expect(asked.outcome).toBe("needs_input");
    const wrongEmail = await agent.last(["where is my order?", "#1031 someone@example.com"]);
    const noSuchOrder = await agent.last(["where is my order?", "#9999 someone@example.com"]);
    expect(wrongEmail.card?.type).toBe("login");
    expect(wrongEmail.text).toBe(noSuchOrder.text);
    const verified = await agent.last(["where is my order?", `#1031 ${EMMA}`]);
    expect(verified.card).toMatchObject({ type: "order", name: "#1031" });
  });

  it("stops guest verification after five wrong pairs and hands off", async () => {
    const agent = await agentHarness();
    const attempts = Array.from({ length: 6 }, (_, i) => `#10${31 + i} wrong${i}@example.com`);
    const replies = await agent.chat(["where is my order?", ...attempts]);
    expect(replies.at(-2)!.handoff).toBe(false);
    expect(replies.at(-1)!.handoff).toBe(true);
    expect(await db.handoff.count({ where: { shop: agent.shop, reason: { contains: "verification" } } })).toBe(1);
  });

  it("answers in Korean to a Korean question", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["제 주문 어디쯤 왔어요?"], { email: EMMA });
    expect(reply.skill).toBe("order_tracking");
    expect(reply.language).toBe("ko");
    expect(reply.text).toMatch(/운송장 번호/);
  });
});

describe("order editing", () => {
  it("cancels an unfulfilled order only after an explicit yes, and re-reads it first", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: SOPHIA });
    const asked = await talk.say("please cancel my order #1036");
    expect(asked.skill).toBe("order_editing");
    expect(asked.outcome).toBe("needs_input");
    expect((await agent.order("#1036")).cancelledAt).toBeNull();
    const done = await talk.say("yes");
    expect(done.text).toMatch(/is cancelled/);
    expect((await agent.order("#1036")).cancelledAt).not.toBeNull();
    expect(done.toolsCalled).toEqual(["shopify.order", "shopify.cancelOrder", "shopify.order"]);
  });

  it("keeps the order when the shopper says no or changes the subject", async () => {
    const agent = await agentHarness();
    const [, kept] = await agent.chat(["cancel order #1036", "no"], { email: SOPHIA });
    expect(kept!.text).toMatch(/left order #1036 as it is/);
    const [, , later] = await agent.chat(["cancel order #1036", "any discount codes?", "yes"], { email: SOPHIA });
    expect(later!.text).not.toMatch(/is cancelled/);
    expect((await agent.order("#1036")).cancelledAt).toBeNull();
  });

  it("refuses to cancel a shipped order and explains why", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["can I cancel order #1031?"], { email: EMMA });
    expect(reply.text).toMatch(/Label created|labelled/i);
    expect(reply.text).toMatch(/can.t be changed or cancelled/);
    expect(reply.text).not.toMatch(/has shipped|already shipped/);
    expect(reply.sources.length).toBeGreaterThan(0);
  });

  it("does not let a guest cancel an order by guessing its number", async () => {
    const agent = await agentHarness();
    await agent.chat(["cancel order #1036", "yes"]);
    expect((await agent.order("#1036")).cancelledAt).toBeNull();
  });
});

describe("returns, coupons, answers and products", () => {
  it("returns: lists what can still be returned, with the policy and a return card", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["I want to return something from order #1016"], { email: EMMA });
    expect(reply.skill).toBe("returns_exchanges");
    expect(reply.card).toMatchObject({ type: "return", orderName: "#1016" });
    expect((reply.card as { eligibleItems: unknown[] }).eligibleItems.length).toBeGreaterThan(0);
    expect(reply.text).toMatch(/30 days/);
  });

  it("coupons: customer-specific codes only for that logged-in customer", async () => {
    const agent = await agentHarness();
    const codes = (reply: { card: unknown }) => (reply.card as { coupons: { code: string }[] }).coupons.map((c) => c.code);
    const guest = await agent.last(["do you have any discount codes?"]);
    const emma = await agent.last(["do you have any discount codes?"], { email: EMMA });
    expect(guest.skill).toBe("coupons_discounts");
    expect(codes(guest)).not.toContain("VIP25");
    expect(codes(emma)[0]).toBe("VIP25");
    expect(codes(emma)).not.toContain("SPRINGTHAW20"); // expired
    expect(codes(emma)).not.toContain("SORRY15"); // someone else's
  });

  it("general Q&A answers from the knowledge base and cites it; with no answer it says so and then hands off", async () => {
    const agent = await agentHarness();
    const answered = await agent.last(["how long does shipping take?"]);
    expect(answered.skill).toBe("general_qa");
    expect(answered.sources.length).toBeGreaterThan(0);
    const replies = await agent.chat(["what's the capital of France?", "who won the world cup in 1998?"]);
    expect(replies[0]!.outcome).toBe("unanswered");
    expect(replies[0]!.handoff).toBe(false);
    expect(replies[1]!.handoff).toBe(true);
  });

  it("product recommendations: product cards within the budget, and picks cheaper than all those shown on a follow-up", async () => {
    const agent = await agentHarness();
    const prices = (reply: { card: unknown }) => (reply.card as { products: { price: { amount: string } }[] }).products.map((p) => Number(p.price.amount));
    const socks = await agent.last(["can you recommend some socks under $30?"]);
    expect(socks.skill).toBe("product_recommendations");
    expect(socks.card?.type).toBe("product");
    expect(Math.max(...prices(socks))).toBeLessThanOrEqual(30);
    const [first, cheaper, none] = await agent.chat(["I need a warm jacket for winter", "something cheaper?", "anything even cheaper?"]);
    expect(cheaper!.skill).toBe("product_recommendations");
    expect(Math.max(...prices(cheaper!))).toBeLessThan(Math.min(...prices(first!)));
    expect(none!.card ?? null).toBeNull();
    expect(none!.text).toMatch(/couldn't find anything/);
  });
});

describe("handoff, persistence and analytics", () => {
  it("hands off softly when asked, with a durable record of the whole transcript", async () => {
    const agent = await agentHarness();
    const replies = await agent.chat(["where is my order?", "I want to talk to a real person"], { email: EMMA });
    expect(replies[1]!.handoff).toBe(true);
    const handoff = await db.handoff.findFirstOrThrow({ where: { shop: agent.shop } });
    const transcript = JSON.parse(handoff.transcript) as { role: string; text: string; card: unknown }[];
    expect(transcript.map((t) => t.role)).toEqual(["shopper", "agent", "shopper", "agent"]);
    expect(transcript[1]!.card).toMatchObject({ type: "order" });
    expect(handoff.reason).toMatch(/asked for a person/);
  });

  it("hands off an Unavailable skill instead of guessing, saying what is missing", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["how many loyalty points do I have?"], { email: EMMA });
    expect(reply.skill).toBe("loyalty");
    expect(reply.handoff).toBe(true);
    const handoff = await db.handoff.findFirstOrThrow({ where: { shop: agent.shop } });
    expect(handoff.reason).toMatch(/Needs a loyalty provider/);
  });

  it("hands off when Shopify fails instead of making up an answer", async () => {
    const agent = await agentHarness({ fetch: async () => new Response("upstream error", { status: 502 }) });
    const reply = await agent.last(["where is my order #1031?"]);
    expect(reply.handoff).toBe(true);
    expect(reply.card).toBeNull();
    const handoff = await db.handoff.findFirstOrThrow({ where: { shop: agent.shop } });
    expect(handoff.reason).toMatch(/Order tracking failed/);
  });

  it("stores every turn with its route and records an analytics event per message", async () => {
    const agent = await agentHarness();
    const [reply] = await agent.chat(["do you have any discount codes?"]);
    const messages = await db.message.findMany({ where: { conversationId: reply!.conversationId }, orderBy: { createdAt: "asc" } });
    expect(messages.map((m) => m.role)).toEqual(["shopper", "agent"]);
    expect(messages[1]).toMatchObject({ skill: "coupons_discounts" });
    expect(JSON.parse(messages[1]!.toolsCalled)).toContain("shopify.codeDiscounts");
    const events = await db.analyticsEvent.findMany({ where: { shop: agent.shop } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ skill: "coupons_discounts", outcome: "resolved", channel: "webchat" });
    expect(events[0]!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("keeps the shopper's message even when the turn fails", async () => {
    const agent = await agentHarness();
    const conversation = await db.conversation.create({ data: { shop: agent.shop, channel: "webchat" } });
    const broken = { ...agent.deps, runtimeFor: async () => { throw new Error("database of providers is down"); } };
    const { handleTurn } = await import("../../app/agent/engine");
    await expect(handleTurn(broken, { shop: agent.shop, channel: "webchat", conversationId: conversation.id, identity: { customerId: null }, text: "hello?" })).rejects.toThrow();
    expect(await db.message.findMany({ where: { conversationId: conversation.id }, select: { text: true } })).toEqual([{ text: "hello?" }]);
  });

  it("does not continue another shopper's conversation from a guessed id", async () => {
    const agent = await agentHarness();
    const [emmas] = await agent.chat(["where is my order?"], { email: EMMA });
    const { handleTurn } = await import("../../app/agent/engine");
    const reply = await handleTurn(agent.deps, { shop: agent.shop, channel: "webchat", conversationId: emmas!.conversationId, identity: { customerId: null }, text: "and where is it now?" });
    expect(reply.conversationId).not.toBe(emmas!.conversationId);
    expect(reply.card?.type).toBe("login");
    const state = parseConversationState((await db.conversation.findUniqueOrThrow({ where: { id: emmas!.conversationId } })).state);
    expect(state.focusOrderId).not.toBeNull();
  });
});

describe("the merchant's guidance", () => {
  const guidance = {
    ...DEFAULT_GUIDANCE,
    brandName: "Alpenglow",
    brandSummary: "Outdoor gear",
    tone: "friendly",
    writingRules: [],
    alwaysHandoffTopics: ["chargeback", "allergic"],
    teamHours: "Mon–Fri 9am–5pm PT",
    outsideHoursMessage: "Outside those hours we answer the next business day.",
  };

  it("sends a must-go-to-a-person topic straight to a person, saying when the team is around", async () => {
    const agent = await agentHarness({ guidance });
    const reply = await agent.last(["I want to file a chargeback for order #1031"], { email: EMMA });
    expect(reply.handoff).toBe(true);
    expect(reply.text).toContain("Mon–Fri 9am–5pm PT");
    expect(reply.text).toContain("next business day");
    const handoff = await db.handoff.findFirstOrThrow({ where: { shop: agent.shop } });
    expect(handoff.reason).toMatch(/chargeback/);
  });

  it("greets with the brand name", async () => {
    const agent = await agentHarness({ guidance });
    expect((await agent.last(["hello"])).text).toMatch(/Alpenglow's assistant/);
  });
});
