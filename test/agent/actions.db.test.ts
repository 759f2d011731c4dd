import { describe, expect, it } from "vitest";
import { encryptSecret } from "../../app/lib/secrets";
import { conversationDetail } from "../../app/services/conversations.server";
import { actionOutcomes } from "../../app/services/skill-analytics.server";
import { DISCOUNT_NODES } from "../../app/shopify/operations/discount-nodes";
import { handleTurn } from "../../app/agent/engine";
import { agentHarness } from "../support/agent";
import { db } from "../support/db";

// Demo shoppers (app/demo/seed/customers.ts) and what the providers' fakes hold for them.
const SOPHIA = "sophia.patel@example.com"; // coffee subscriber (Recharge, Shopify contracts); #1036 unfulfilled
const EMMA = "emma.johnson@example.com"; // Summit Rewards: Summit, 2,450 points; #1016 delivered
const MINJUN = "minjun.kim@example.com"; // Summit Rewards: Base Camp, 180 points

const actionsOf = (shop: string) => db.agentAction.findMany({ where: { shop }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("subscriptions that act", () => {
  it("previews a skip, changes nothing until an explicit yes, then confirms the new date from the provider", async () => {
    const agent = await agentHarness({ connect: ["recharge"] });
    const talk = await agent.conversation({ email: SOPHIA });
    const shown = await talk.say("when is my next coffee subscription delivery?");
    expect(shown.skill).toBe("subscriptions");
    expect(shown.card).toMatchObject({ type: "subscription", status: "active" });
    const before = (shown.card as { nextChargeAt: string }).nextChargeAt;

    const asked = await talk.say("skip my next delivery");
    expect(asked).toMatchObject({ outcome: "needs_input", action: { name: "skip_subscription_charge", status: "proposed" } });
    expect(asked.text).toMatch(/Skip the .* delivery on/);
    expect((asked.card as { actions: { kind: string }[] }).actions.map((a) => a.kind)).toEqual(["confirm", "reply"]);
    expect((await talk.say("when does my subscription charge next?")).card).toMatchObject({ nextChargeAt: before });

    await talk.say("skip my next delivery");
    const done = await talk.say("yes");
    expect(done).toMatchObject({ outcome: "resolved", action: { name: "skip_subscription_charge", status: "done" } });
    expect(done.text).toMatch(/skipped/);
    const after = (done.card as { nextChargeAt: string }).nextChargeAt;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
    expect(done.toolsCalled).toContain("providers.subscriptions");

    const steps = await actionsOf(agent.shop);
    expect(steps.map((s) => s.status)).toEqual(["proposed", "proposed", "done"]);
    expect(JSON.parse(steps.at(-1)!.detail)).toMatchObject({ status: "active", nextChargeAt: after });
    const events = await db.analyticsEvent.findMany({ where: { shop: agent.shop, action: "skip_subscription_charge" } });
    expect(events.map((e) => e.actionStatus).sort()).toEqual(["done", "proposed", "proposed"]);

    // What the merchant sees: the skill's Performance tab and the conversation page.
    const outcomes = await actionOutcomes(db, agent.shop, { from: new Date(0), to: new Date(Date.now() + 60_000) }, "subscriptions");
    expect(outcomes).toEqual([{ action: "skip_subscription_charge", proposed: 2, declined: 0, done: 1, failed: 0 }]);
    const detail = await conversationDetail(db, agent.shop, done.conversationId);
    expect(detail?.actions.map((a) => [a.action, a.status])).toEqual([["skip_subscription_charge", "proposed"], ["skip_subscription_charge", "proposed"], ["skip_subscription_charge", "done"]]);
  });

  it("makes the merchant's save offer before a cancellation, and cancels only after 'cancel anyway' and a yes", async () => {
    const agent = await agentHarness({ connect: ["recharge"] });
    const talk = await agent.conversation({ email: SOPHIA });
    const offer = await talk.say("I want to cancel my subscription");
    expect(offer.text).toMatch(/skip the next delivery or pause/);
    expect(offer.quickReplies).toContain("Cancel anyway");
    expect(offer.action).toBeNull();
    const confirm = await talk.say("Cancel anyway");
    expect(confirm.action).toMatchObject({ name: "cancel_subscription", status: "proposed" });
    const done = await talk.say("yes");
    expect(done.text).toMatch(/is cancelled/);
    expect(done.card).toMatchObject({ status: "cancelled", actions: [] });
  });

  it("takes 'pause instead' from the save offer, and resumes later (Skio pauses until resumed)", async () => {
    const agent = await agentHarness({ connect: ["skio"] });
    const talk = await agent.conversation({ email: SOPHIA });
    await talk.say("cancel my subscription");
    expect((await talk.say("Pause my subscription")).action).toMatchObject({ name: "pause_subscription" });
    expect((await talk.say("yes")).card).toMatchObject({ status: "paused", actions: [{ label: "Resume my subscription" }] });
    expect((await talk.say("resume my subscription")).action).toMatchObject({ name: "resume_subscription" });
    expect((await talk.say("yes")).card).toMatchObject({ status: "active" });
  });

  it("pauses a Recharge subscription the way Recharge does: the next charge moves out a month, and says so first", async () => {
    const agent = await agentHarness({ connect: ["recharge"] });
    const talk = await agent.conversation({ email: SOPHIA });
    const before = (await talk.say("when does my subscription charge next?")).card as { nextChargeAt: string };
    const asked = await talk.say("pause my subscription");
    expect(asked.text).toMatch(/for a month\? Your next delivery moves from .* to /);
    const done = await talk.say("yes");
    expect(done.action).toMatchObject({ name: "pause_subscription", status: "done" });
    const after = (done.card as { nextChargeAt: string }).nextChargeAt;
    expect(new Date(after).getUTCMonth()).toBe((new Date(before.nextChargeAt).getUTCMonth() + 1) % 12);
  });

  it("changes the frequency, asking how often when the shopper did not say", async () => {
    const agent = await agentHarness({ connect: ["recharge"] });
    const talk = await agent.conversation({ email: SOPHIA });
    const ask = await talk.say("can I change how often my coffee comes?");
    expect(ask.outcome).toBe("needs_input");
    expect(ask.quickReplies).toContain("every 4 weeks");
    const proposal = await talk.say("every 4 weeks");
    expect(proposal.action).toMatchObject({ name: "change_subscription_frequency", status: "proposed" });
    const done = await talk.say("yes");
    expect(done.card).toMatchObject({ frequency: "every 4 weeks" });
  });

  it("acts on Shopify's own subscription contracts the same way", async () => {
    const agent = await agentHarness({ connect: ["shopify_subscriptions"] });
    const talk = await agent.conversation({ email: SOPHIA });
    await talk.say("skip my next coffee delivery");
    const done = await talk.say("yes");
    expect(done).toMatchObject({ action: { name: "skip_subscription_charge", status: "done" } });
  });
});

describe("loyalty that redeems", () => {
  it("redeems points into a working discount code after a yes, and shows the lower balance", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const talk = await agent.conversation({ email: EMMA });
    const balance = await talk.say("how many points do I have?");
    // The program's name is the merchant's setting on the Smile integration.
    expect(balance.card).toMatchObject({ type: "loyalty", programName: "Summit Rewards", pointsBalance: 2450, tier: "Summit" });
    const asked = await talk.say("redeem $10 off");
    expect(asked.action).toMatchObject({ name: "redeem_reward", status: "proposed" });
    expect(asked.text).toMatch(/Points can't be returned/);
    const done = await talk.say("yes");
    expect(done.action).toMatchObject({ name: "redeem_reward", status: "done" });
    const coupon = (done.card as { type: string; coupons: { code: string; actions: { kind: string }[] }[] });
    expect(coupon.type).toBe("coupon");
    const code = coupon.coupons[0]!.code;
    expect(coupon.coupons[0]!.actions.map((a) => a.kind)).toContain("apply_discount");
    expect(done.text).toContain(code);
    // The code is a real discount of the shop now, for this customer.
    const discounts = await agent.admin.request(DISCOUNT_NODES, { first: 50, query: "status:active method:code" });
    expect(JSON.stringify(discounts)).toContain(code);
    expect((await talk.say("what's my points balance?")).card).toMatchObject({ pointsBalance: 2450 - 200 });
  });

  it("says how many points are missing instead of offering what the shopper cannot afford", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const reply = await agent.last(["redeem $10 off"], { email: MINJUN });
    expect(reply.text).toMatch(/need 20 more/);
    expect(reply.action).toBeNull();
  });
});

describe("returns and order changes that act", () => {
  it("requests an exchange for another variant in Shopify after a yes, and re-reads the order's returns", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: EMMA });
    const options = await talk.say("I'd like to exchange the sleeping bag from order #1016");
    expect(options.outcome).toBe("needs_input");
    expect(options.quickReplies.length).toBeGreaterThan(0);
    const proposal = await talk.say(options.quickReplies[0]!);
    expect(proposal.action).toMatchObject({ name: "request_exchange", status: "proposed" });
    const done = await talk.say("yes");
    expect(done.action).toMatchObject({ name: "request_exchange", status: "done" });
    expect(done.text).toMatch(/exchange request #?\S+ is in/i);
    const order = agent.store.data.orders.find((o) => o.name === "#1016")!;
    expect(order.returns.some((r) => r.status === "REQUESTED")).toBe(true);
    expect((await talk.say("what's the status of my return for #1016?")).text).toMatch(/waiting for the store's approval/);
  });

  it("changes the shipping address of an unfulfilled order after a yes", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: SOPHIA });
    const ask = await talk.say("I need to change the shipping address of order #1036");
    expect(ask.outcome).toBe("needs_input");
    const proposal = await talk.say("500 Pine St, Apt 2, Seattle, WA 98101");
    expect(proposal.action).toMatchObject({ name: "change_shipping_address", status: "proposed" });
    expect((await agent.order("#1036")).shippingAddress?.address1).not.toBe("500 Pine St");
    const done = await talk.say("yes");
    expect(done.text).toMatch(/will ship to 500 Pine St/);
    expect((await agent.order("#1036")).shippingAddress).toMatchObject({ address1: "500 Pine St", zip: "98101" });
  });
});

describe("the admin's Preview", () => {
  it("shows every step of an action as the customer but changes nothing on their account", async () => {
    const agent = await agentHarness({ connect: ["recharge"] });
    const identity = { customerId: await agent.customerId(SOPHIA) };
    const say = (text: string, conversationId: string | null) => handleTurn(agent.deps, { shop: agent.shop, channel: "preview", conversationId, identity, text });
    const asked = await say("cancel order #1036", null);
    expect(asked.action).toMatchObject({ name: "cancel_order", status: "proposed" });
    const answered = await say("yes", asked.conversationId);
    expect(answered.text).toMatch(/^Preview: .*Nothing was changed/);
    expect((await agent.order("#1036")).cancelledAt).toBeNull();
    expect((await actionsOf(agent.shop)).map((a) => a.status)).toEqual(["proposed"]);
  });
});

describe("guests", () => {
  it("cannot skip, redeem, exchange or cancel — even with a verified order — and nothing changes", async () => {
    const agent = await agentHarness({ connect: ["recharge", "smile"] });
    expect((await agent.last(["skip my next coffee delivery", "yes"])).action).toBeNull();
    expect((await agent.last(["redeem $10 off", "yes"])).action).toBeNull();
    const verified = await agent.chat(["cancel my order", "#1036 sophia.patel@example.com", "cancel it", "yes"]);
    expect(verified[2]!.text).toMatch(/only .* for a logged-in customer/);
    expect(verified.every((reply) => reply.action === null)).toBe(true);
    expect((await agent.order("#1036")).cancelledAt).toBeNull();
    const exchange = await agent.chat(["exchange the sleeping bag from #1016 emma.johnson@example.com"]);
    expect(exchange[0]!.action).toBeNull();
    expect(agent.store.data.orders.find((o) => o.name === "#1016")!.returns.filter((r) => r.status === "REQUESTED")).toHaveLength(0);
    expect(await actionsOf(agent.shop)).toEqual([]);
  });
});

describe("provider failures and prerequisites", () => {
  for (const fault of ["500", "timeout"] as const) {
    it(`hands off softly with the transcript when the provider answers ${fault === "500" ? "500" : "nothing"}`, async () => {
      const agent = await agentHarness({ connect: ["recharge"] });
      agent.providerFakes.setFault("recharge", fault);
      const reply = await agent.last(["skip my next coffee delivery"], { email: SOPHIA });
      expect(reply).toMatchObject({ skill: "subscriptions", handoff: true, outcome: "handed_off" });
      expect(reply.text).toMatch(/a person will follow up/);
      const handoff = await db.handoff.findFirstOrThrow({ where: { shop: agent.shop } });
      expect(handoff.reason).toMatch(fault === "500" ? /Recharge: answered 500/ : /Recharge: no answer within/);
      expect(JSON.parse(handoff.transcript)).toEqual([expect.objectContaining({ role: "shopper", text: "skip my next coffee delivery" }), expect.objectContaining({ role: "agent" })]);
    });
  }

  it("hands off a redemption whose provider fails mid-action, recording the action as failed", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const talk = await agent.conversation({ email: EMMA });
    await talk.say("redeem $10 off");
    agent.providerFakes.setFault("smile", "500");
    const reply = await talk.say("yes");
    expect(reply).toMatchObject({ handoff: true, action: { name: "redeem_reward", status: "failed" } });
    expect(reply.text).toMatch(/couldn't confirm/);
  });

  it("takes a provider out of service when it refuses the stored key, until the merchant reconnects", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const row = await db.integration.findFirstOrThrow({ where: { shop: agent.shop } });
    // The merchant revoked the key at Smile: what is stored no longer opens anything.
    await db.integration.update({ where: { id: row.id }, data: { credentials: encryptSecret(JSON.stringify({ apiKey: "smile_revoked_key_000000000000" }), agent.encryptionKey) } });
    const first = await agent.last(["how many points do I have?"], { email: EMMA });
    expect(first.handoff).toBe(true);
    expect((await db.integration.findFirstOrThrow({ where: { id: row.id } })).status).toBe("invalid");
    await agent.last(["how many points do I have?"], { email: EMMA });
    const reasons = (await db.handoff.findMany({ where: { shop: agent.shop }, orderBy: { createdAt: "asc" } })).map((h) => h.reason);
    expect(reasons[0]).toMatch(/Smile: answered 401/);
    expect(reasons[1]).toMatch(/Loyalty is unavailable: Needs a loyalty provider/);
  });

  it("makes a skill Unavailable the moment its provider is disconnected", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const talk = await agent.conversation({ email: EMMA });
    expect((await talk.say("how many points do I have?")).handoff).toBe(false);
    await db.integration.deleteMany({ where: { shop: agent.shop } });
    const reply = await talk.say("how many points do I have?");
    expect(reply.handoff).toBe(true);
    const handoff = await db.handoff.findFirstOrThrow({ where: { shop: agent.shop } });
    expect(handoff.reason).toMatch(/Loyalty is unavailable: Needs a loyalty provider/);
  });
});
