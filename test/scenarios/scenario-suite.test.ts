import { describe, expect, it } from "vitest";
import { SKILL_IDS } from "../../app/agent/skill-ids";
import { seedSubscriptions } from "../../app/demo/providers/subscription-seed";
import { summitMembers } from "../../app/demo/providers/summit-rewards";
import { DISCOUNTS } from "../../app/demo/seed/discounts";
import { seedDemoShop } from "../../app/demo/seed/index";
import { LOYALTY, RETURNS, SHIPPING, SUBSCRIPTION, WARRANTY } from "../../app/demo/seed/store-facts";
import { CODES, DEMO_ORDERS, NOT_MEMBERS, POINTS, POLICY, SCENARIO_NOW, SUBSCRIPTIONS, type DemoOrderFact } from "./demo-facts";
import { BLIND_SCENARIOS } from "./blind/index";
import type { Scenario } from "./scenario";
import { SCENARIOS } from "./scenarios/index";

const DAY_MS = 24 * 60 * 60 * 1000;
const data = seedDemoShop({ baseUrl: "http://127.0.0.1:3000", now: SCENARIO_NOW });

/** The facts scenarios state were written by hand from the seed; these checks say when the seed no longer agrees. */
describe("the demo store facts the scenarios rely on", () => {
  it.each(Object.entries(DEMO_ORDERS))("%s is as the scenarios describe it", (name, fact: DemoOrderFact) => {
    const order = data.orders.find((o) => o.name === name);
    expect(order, name).toBeDefined();
    expect(order!.email).toBe(fact.email);
    expect(order!.lineItems.map((item) => item.title)).toEqual(fact.items);
    const newest = [...order!.fulfillments].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const status = order!.cancelledAt ? "CANCELLED" : (newest?.displayStatus ?? order!.displayFulfillmentStatus);
    expect(status).toBe(fact.status);
    if (fact.carrier) expect(newest?.trackingInfo[0]?.company).toBe(fact.carrier);
    if (fact.tracking) expect(newest?.trackingInfo[0]?.number).toBe(fact.tracking);
    if (fact.deliveredDaysAgo !== undefined) {
      expect(Math.floor((SCENARIO_NOW.getTime() - Date.parse(newest!.deliveredAt!)) / DAY_MS)).toBe(fact.deliveredDaysAgo);
    }
  });

  it("returns, exchanges, shipping, warranty and loyalty policy", () => {
    expect(POLICY).toMatchObject({
      returnWindowDays: RETURNS.windowDays,
      exchangeWindowDays: RETURNS.exchangeWindowDays,
      returnLabelFee: `$${RETURNS.returnLabelFee}`,
      refundDays: RETURNS.refundDays,
      cancelWindowHours: RETURNS.cancelWindowHours,
      freeShippingOver: `$${SHIPPING.freeThreshold}`,
      standardShipping: `$${SHIPPING.standard}`,
      standardDays: SHIPPING.standardDays,
      expedited: `$${SHIPPING.expedited}`,
      koreaShipping: `$${SHIPPING.korea}`,
      koreaFreeOver: `$${SHIPPING.koreaFreeThreshold}`,
      warrantyYears: WARRANTY.years,
      pointsPer100: `$${LOYALTY.redeemValue}`,
      pointsExpireMonths: LOYALTY.expiryMonths,
    });
    expect(LOYALTY.redeemPoints).toBe(100);
    expect(SUBSCRIPTION.cutoffDays).toBe(3);
    expect(SUBSCRIPTION.maxPauseMonths).toBe(3);
  });

  it("points balances and who is not a member", () => {
    const members = new Map(summitMembers(data).map((m) => [m.customer.email, m.points]));
    for (const [email, points] of Object.entries(POINTS)) expect(members.get(email), email).toBe(points);
    for (const email of NOT_MEMBERS) expect(members.has(email), email).toBe(false);
  });

  it("coffee subscriptions", () => {
    const seeded = seedSubscriptions({ data, now: () => SCENARIO_NOW });
    const byEmail = new Map(seeded.map((s) => [s.customer.email, s]));
    for (const [email, expected] of Object.entries(SUBSCRIPTIONS)) {
      const subscription = byEmail.get(email);
      expect(subscription, email).toBeDefined();
      expect(subscription!.product.title).toBe(expected.product);
      expect(subscription!.variant.title).toBe(expected.variant);
      // "stopped" is what Recharge (the demo's subscription provider) holds as cancelled.
      expect(subscription!.state === "active" ? "active" : "cancelled").toBe(expected.status);
    }
    expect(seeded).toHaveLength(Object.keys(SUBSCRIPTIONS).length);
  });

  it("discount codes: public, personal, expired, scheduled", () => {
    const spec = (code: string) => DISCOUNTS.find((d) => d.code === code)!;
    const active = (code: string) => spec(code).startsInDays <= 0 && (spec(code).endsInDays === undefined || spec(code).endsInDays! > 0);
    for (const code of CODES.publicActive) expect(active(code) && !spec(code).customers, code).toBe(true);
    for (const [code, emails] of Object.entries(CODES.personal)) {
      expect(active(code), code).toBe(true);
      const keys = spec(code).customers!;
      expect(keys.map((key) => data.customers.find((c) => c.email.startsWith(`${key}.`))!.email)).toEqual(emails);
    }
    for (const code of CODES.expired) expect(spec(code).endsInDays! <= 0, code).toBe(true);
    for (const code of CODES.scheduled) expect(spec(code).startsInDays > 0, code).toBe(true);
  });
});

describe("the scenario suite's spread", () => {
  it("has at least 100 scenarios, 30 of them Korean", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(100);
    expect(SCENARIOS.filter((s) => s.language === "ko").length).toBeGreaterThanOrEqual(30);
  });

  it("exercises every skill and handoffs, in both languages, for guests and logged-in customers", () => {
    for (const skill of [...SKILL_IDS, "human_handoff"]) {
      const of = SCENARIOS.filter((s) => s.skill === skill);
      expect(of.length, skill).toBeGreaterThanOrEqual(5);
      expect(new Set(of.map((s) => s.language)), skill).toEqual(new Set(["en", "ko"]));
    }
    expect(SCENARIOS.filter((s) => s.who === "guest").length).toBeGreaterThanOrEqual(30);
    expect(SCENARIOS.filter((s) => s.who !== "guest").length).toBeGreaterThanOrEqual(30);
    expect(SCENARIOS.filter((s) => s.expect.handoff === true).length).toBeGreaterThanOrEqual(5);
  });

  it("plays multi-turn conversations: confirmations, taps on quick replies, guest verification across turns", () => {
    // A tap the agent may not offer (ifOffered) is not a turn the shopper surely takes.
    const sureTurns = (s: Scenario) => s.turns.filter((t) => typeof t === "string" || !("ifOffered" in t)).length;
    expect(SCENARIOS.filter((s) => sureTurns(s) > 1).length).toBeGreaterThanOrEqual(100);
    expect(SCENARIOS.filter((s) => s.turns.some((t) => t === "yes" || t === "네")).length).toBeGreaterThanOrEqual(10);
    expect(SCENARIOS.filter((s) => s.turns.some((t) => typeof t !== "string")).length).toBeGreaterThanOrEqual(8);
  });

  it("only names demo customers", () => {
    const emails = new Set(data.customers.map((c) => c.email));
    for (const scenario of [...SCENARIOS, ...BLIND_SCENARIOS]) if (scenario.who !== "guest") expect(emails.has(scenario.who), scenario.id).toBe(true);
  });
});
