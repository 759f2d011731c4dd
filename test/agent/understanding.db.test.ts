import { describe, expect, it } from "vitest";
import { agentHarness } from "../support/agent";

/** What shoppers notice of the agent's understanding: the language it keeps, what it asks, what it answers. */

const HANGUL = /[\uAC00-\uD7A3]/;

describe("the conversation's language", () => {
  it("stays Korean when the shopper sends only an order number and an email", async () => {
    const agent = await agentHarness();
    const [, verified] = await agent.chat(["제 주문 어디쯤 왔어요?", "#1028 minjun.kim@example.com"]);
    expect(verified!.language).toBe("ko");
    expect(verified!.text).toMatch(HANGUL);
    expect(verified!.card).toMatchObject({ type: "order", name: "#1028" });
  });

  it("stays Korean for an acknowledgement or an emoji, and switches when the shopper writes English", async () => {
    const agent = await agentHarness();
    const [, ok, english] = await agent.chat(["배송비 얼마예요?", "👍", "how long does shipping take?"]);
    expect(ok!.language).toBe("ko");
    expect(english!.language).toBe("en");
  });
});

describe("policy questions are answered, requests are acted on", () => {
  it("answers 'Can I change my shipping address?' with the policy and offers to do it, without asking for an order number", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["Can I change my shipping address?"]);
    expect(reply.skill).toBe("order_editing");
    expect(reply.outcome).toBe("resolved");
    expect(reply.text).toMatch(/hours of ordering|before the order is packed/);
    expect(reply.text).toMatch(/Want me to change or cancel it on your order\?/);
    expect(reply.text).not.toMatch(/order number/);
    expect(reply.quickReplies).toEqual(["Yes, change my order"]);
    expect(reply.sources).toHaveLength(1);
  });

  it("answers a policy question even while the skill that owns it is unavailable", async () => {
    const agent = await agentHarness(); // no loyalty provider connected: Loyalty is Unavailable
    const reply = await agent.last(["do my points expire?"]);
    expect(reply.handoff).toBe(false);
    expect(reply.text).toMatch(/expire/);
  });

  it("quotes the sentence that answers, once, as plain text", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["Is there free shipping?"]);
    expect(reply.skill).toBe("general_qa");
    expect(reply.text).toMatch(/free/i);
    expect(reply.text).not.toMatch(/\*\*|^#|\|/m);
    expect(reply.text).not.toMatch(/Source/);
    expect(reply.sources).toHaveLength(1);
  });

  it("does not print the policy it quoted a turn ago again under the next answer", async () => {
    const agent = await agentHarness();
    const [policy, followUp] = await agent.chat(["how many days do I have to return something?", "I want to return something from order #1016"], { email: "emma.johnson@example.com" });
    const quoted = policy!.text.split("\n\n")[0]!;
    expect(quoted).toMatch(/30 days/);
    expect(followUp!.skill).toBe("returns_exchanges");
    expect(followUp!.text).not.toContain(quoted);
  });

  it("says it does not know rather than quoting something unrelated", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["what's the capital of France?"]);
    expect(reply.outcome).toBe("unanswered");
    expect(reply.sources).toEqual([]);
  });
});

describe("asking instead of guessing", () => {
  it("asks which of two skills is meant, and answers the original question with the one the shopper picks", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation();
    const asked = await talk.say("can i use points for a refund");
    expect(asked.outcome).toBe("needs_input");
    expect(asked.quickReplies).toHaveLength(2);
    expect(asked.quickReplies).toContain("My points and rewards");
    const answered = await talk.say("My points and rewards");
    expect(answered.skill).toBe("loyalty");
    expect(answered.outcome).not.toBe("needs_input");
  });
});
