import { describe, expect, it } from "vitest";
import { agentHarness } from "../support/agent";

// Demo shoppers (app/demo/seed/customers.ts) and their orders (app/demo/seed/order-specs.ts).
const EMMA = "emma.johnson@example.com"; // #1001 rain shell (118 days), #1009 cancelled, #1016 sleeping bag (31 days, delivered), #1031 label created
const LIAM = "liam.martinez@example.com"; // #1034 on hold: address could not be verified; #1018 return requested
const MATEO = "mateo.garcia@example.com"; // #1027 pack in transit, bottles backordered
const SOPHIA = "sophia.patel@example.com"; // #1020 delivery failed, #1036 awaiting payment
const ETHAN = "ethan.brooks@example.com"; // #1033 being packed
const AVA = "ava.thompson@example.com"; // #1030 delivery attempted

describe("the right order", () => {
  it("finds the order an item is in, not the newest order", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["I want to return my sleeping bag"], { email: EMMA });
    expect(reply.skill).toBe("returns_exchanges");
    expect(reply.text).toContain("#1016");
    expect(reply.text).toMatch(/Sleeping Bag/);
    expect(reply.text).not.toContain("#1031");
    expect(reply.text).not.toMatch(/can't be returned any more|can no longer be returned/);
  });

  it("finds it from Korean words too", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["침낭 반품하고 싶어요"], { email: EMMA });
    expect(reply.text).toContain("#1016");
  });

  it("asks which order when several fit, and answers the first question about the one picked", async () => {
    const agent = await agentHarness();
    const talk = await agent.conversation({ email: SOPHIA });
    const asked = await talk.say("where is my order?");
    expect(asked.outcome).toBe("needs_input");
    expect(asked.quickReplies).toHaveLength(2);
    expect(asked.quickReplies.join(" ")).toMatch(/#1020.*#1036|#1036.*#1020/);
    const picked = await talk.say(asked.quickReplies.find((reply) => reply.includes("#1036"))!);
    expect(picked.skill).toBe("order_tracking");
    expect(picked.text).toContain("#1036");
    expect(picked.text).toMatch(/payment/);
    const other = await talk.say("and the other one?");
    expect(other.text).toContain("#1020");
  });

  it("picks from the list by position", async () => {
    const agent = await agentHarness();
    const [asked, picked] = await agent.chat(["where is my order?", "the second one"], { email: SOPHIA });
    const second = asked!.quickReplies[1]!.split(" ")[0]!;
    expect(picked!.text).toContain(second);
  });

  it("finds the order by the state the shopper describes", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["my package never arrived, tracking says it failed"], { email: SOPHIA });
    expect(reply.text).toContain("#1020");
    expect(reply.handoff).toBe(true);
  });
});

describe("one truth about an order's state", () => {
  it("explains a hold with its reason and what the shopper can do", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["why is my order on hold?"], { email: LIAM });
    expect(reply.skill).toBe("order_tracking");
    expect(reply.text).toContain("#1034");
    expect(reply.text).toMatch(/address/);
    expect(reply.text).not.toMatch(/being prepared/i);
  });

  it("says which items of a split order wait, and until when", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["where are my bottles? only got the backpack"], { email: MATEO });
    expect(reply.skill).toBe("order_tracking");
    expect(reply.text).toContain("#1027");
    expect(reply.text).toMatch(/Not shipped yet: Insulated Trail Bottle/);
    expect(reply.text).toMatch(/backordered/);
    expect(reply.text).toMatch(/Expected to ship by/);
  });

  it("tells an attempted delivery with the carrier's next try", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["ups says they tried to deliver"], { email: AVA });
    expect(reply.text).toContain("#1030");
    expect(reply.text).toMatch(/try again/);
  });

  it("describes an order the same way in tracking and in editing", async () => {
    const agent = await agentHarness();
    const tracking = await agent.last(["where is my order"], { email: ETHAN });
    const editing = await agent.last(["can I change my order?"], { email: ETHAN });
    expect(editing.skill).toBe("order_editing");
    expect(tracking.text).toMatch(/being packed/);
    expect(editing.text).toMatch(/being packed/);
    expect(editing.text).not.toMatch(/shipped, so|already shipped|has shipped/);
    expect((editing.card as { status: string }).status).toBe((tracking.card as { status: string }).status);
  });

  it("never calls an undelivered order too late to return", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["I want to return something from order #1031"], { email: EMMA });
    expect(reply.text).toMatch(/within 30 days once they're delivered/);
    expect(reply.text).not.toMatch(/can't be returned any more|no longer/);
  });

  it("finds an open return on any order", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["any update on my return?"], { email: LIAM });
    expect(reply.text).toContain("#1018");
    expect(reply.text).toMatch(/Logo Tee/);
  });
});

describe("guest verification", () => {
  // #1029: seoyeon.lee@example.com, out for delivery with USPS.
  it.each([
    [["where is order 1029? my email is seoyeon.lee@example.com"]],
    [["seoyeon.lee@example.com is my email and the order number is #1029, where is it"]],
    [["Can you check on my delivery? My email is seoyeon.lee@example.com", "order number is 1029"]],
    [["where's my package", "1029", "seoyeon.lee@example.com"]],
    [["주문번호 1029 배송 조회해 주세요", "이메일은 seoyeon.lee@example.com 이에요"]],
  ])("takes the order number and email in any order, in one message or across turns: %j", async (messages) => {
    const agent = await agentHarness();
    const reply = await agent.last(messages);
    expect(reply.skill).toBe("order_tracking");
    expect(reply.text).toContain("#1029");
    expect(reply.card).toMatchObject({ type: "order", name: "#1029" });
  });

  it("verifies with the right email after a wrong one", async () => {
    const agent = await agentHarness();
    const [wrong, right] = await agent.chat(["where is order 1029? my email is someone@example.com", "1029 seoyeon.lee@example.com"]);
    expect(wrong!.card?.type).not.toBe("order");
    expect(right!.card).toMatchObject({ type: "order", name: "#1029" });
  });

  it("tells nothing about an order whose email does not match", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["where is order 1029? my email is emma.johnson@example.com"]);
    expect(reply.text).not.toContain("USPS");
    expect(reply.card?.type).not.toBe("order");
  });
});

