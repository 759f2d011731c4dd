import { describe, expect, it } from "vitest";
import type { CouponCard } from "../../cards";
import { agentHarness } from "../../../../test/support/agent";

// Demo shoppers (app/demo/seed/customers.ts) and codes (app/demo/seed/discounts.ts); the store's clock is NOW, Nov 24.
const NOAH = "noah.williams@example.com"; // no personal codes
const EMMA = "emma.johnson@example.com"; // VIP25 is hers; SORRY15 belongs to James and Jihoon
const JAMES = "james.obrien@example.com";
const PUBLIC_CODES = ["SUMMIT15", "WELCOME10", "TRAIL20", "FREESHIP", "SOCKS3"];

const codes = (reply: { card: unknown }) => (reply.card as CouponCard).coupons.map((c) => c.code);

describe("a shopper asking whether there are discounts gets the codes, not a policy line", () => {
  it("lists every public code for 'are there any discounts right now', and no one's personal or ended codes", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["are there any discounts right now"], { email: NOAH });
    expect(reply.skill).toBe("coupons_discounts");
    expect(codes(reply).sort()).toEqual([...PUBLIC_CODES].sort());
    for (const code of PUBLIC_CODES) expect(reply.text).toContain(code);
    expect(reply.text).not.toMatch(/VIP25|SORRY15|SPRINGTHAW20|BLACKFRIDAY30|FALLGEAR20/);
  });

  it("words each code's terms in Korean for a Korean shopper, from the discount itself", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["지금 쓸 수 있는 할인 코드 있나요?"]);
    expect(codes(reply)).toEqual(expect.arrayContaining(PUBLIC_CODES));
    expect(reply.text).toContain("SUMMIT15: 주문 전체 15% 할인, US$50.00 이상 구매 시");
    expect(reply.text).toContain("SOCKS3: Socks 20% 할인, 3개 이상 구매 시");
    expect(reply.text).toContain("FREESHIP: 무료 배송, 1인 1회 사용");
    const summaries = (reply.card as CouponCard).coupons.map((c) => c.summary).join("\n");
    for (const english of [/\boff\b/, /entire order/i, /Minimum/i, /per customer/i]) {
      expect(reply.text).not.toMatch(english);
      expect(summaries).not.toMatch(english);
    }
  });

  it("lists a code the shopper just redeemed points for, worded from its amount", async () => {
    const agent = await agentHarness({ connect: ["smile"] });
    const talk = await agent.conversation({ email: EMMA });
    await talk.say("redeem $10 off");
    const redeemed = await talk.say("yes");
    const code = (redeemed.card as CouponCard).coupons[0]!.code;
    const listed = await talk.say("any discount codes for me?");
    expect(codes(listed)).toContain(code);
    expect(listed.text).toContain(`${code}: $10.00 off your entire order, one use per customer — just for you`);
  });

  it("puts the code for what the shopper names first: a deal on socks", async () => {
    const agent = await agentHarness();
    const reply = await agent.last(["any deal on socks?"], { email: EMMA });
    expect(codes(reply)[0]).toBe("SOCKS3");
  });
});

/** A turn in a conversation about discount codes, as a shopper with a code that does not work has it. */
const ASKED_FOR_CODES = "any discount codes?";

describe("a code the shopper names is checked and explained", () => {
  it("says when an ended code ended, and lists no ended code as usable", async () => {
    const agent = await agentHarness();
    const reply = await agent.last([ASKED_FOR_CODES, "why isnt SPRINGTHAW20 working at checkout"]);
    expect(reply.skill).toBe("coupons_discounts");
    expect(reply.text).toMatch(/^SPRINGTHAW20 ended on Sat, October 10, so it no longer works\./);
    expect(codes(reply)).not.toContain("SPRINGTHAW20");
    expect(codes(reply)).toEqual(expect.arrayContaining(PUBLIC_CODES));
  });

  it("says when a code that has not started yet starts", async () => {
    const agent = await agentHarness();
    const reply = await agent.last([ASKED_FOR_CODES, "is FALLGEAR20 active?"], { email: EMMA });
    expect(reply.text).toMatch(/^FALLGEAR20 starts on Tue, December 8, so it won't work until then\./);
  });

  it("tells a guest a personal code needs its account, and a customer it belongs to another account, without saying whose", async () => {
    const agent = await agentHarness();
    const guest = await agent.last([ASKED_FOR_CODES, "why isnt SORRY15 working at checkout"]);
    expect(guest.text).toMatch(/^SORRY15 is a personal code: it works only when you're logged in to the account it was given to\./);
    expect(guest.text).toMatch(/Log in at http/);
    const emma = await agent.last([ASKED_FOR_CODES, "the discount code SORRY15 won't apply"], { email: EMMA });
    expect(emma.text).toMatch(/^SORRY15 is a personal code for another customer account, so it won't work on yours\./);
    for (const reply of [guest, emma]) expect(reply.text).not.toMatch(/James|Jihoon|O'Brien|박/);
    const james = await agent.last([ASKED_FOR_CODES, "my coupon code SORRY15 won't apply"], { email: JAMES });
    expect(james.text).toMatch(/^SORRY15 is active until Sat, January 23: 15% off your entire order, one use per customer\./);
    expect(codes(james)).toEqual(["SORRY15"]);
  });

  it("says the minimum is not met when the shopper's order is below it", async () => {
    const agent = await agentHarness();
    const reply = await agent.last([ASKED_FOR_CODES, "can I use the code SUMMIT15 on a $40 order?"], { email: EMMA });
    expect(reply.text).toMatch(/^SUMMIT15 needs an order of \$50\.00 or more, and \$40\.00 is below that\./);
  });

  it("says it cannot find a code the shop does not have, rather than guessing why", async () => {
    const agent = await agentHarness();
    const reply = await agent.last([ASKED_FOR_CODES, "coupon HELLO123 doesn't work"], { email: EMMA });
    expect(reply.text).toMatch(/^I can't find a discount code HELLO123 at our shop\. Could you check the spelling\?/);
    expect(codes(reply)).toContain("VIP25");
  });
});

describe("questions about how codes work are answered from the knowledge base", () => {
  it("answers whether two codes can be used together with the one-code-per-order rule", async () => {
    const agent = await agentHarness();
    const [, reply] = await agent.chat(["I have WELCOME10 and SUMMIT15", "Can I use both codes on one order?"]);
    expect(reply!.skill).toBe("coupons_discounts");
    expect(reply!.text).toMatch(/one code per order/i);
    expect(reply!.sources.map((s) => s.title)).toEqual(["Discount codes and promotions"]);
    expect(reply!.card ?? null).toBeNull();
    const korean = await agent.last(["쿠폰 두 개 같이 쓸 수 있나요?"]);
    expect(korean.text).toMatch(/one code per order/i);
  });
});
