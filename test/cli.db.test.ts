import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEMO_SHOP_DOMAIN } from "../app/demo/constants";
import { db } from "./support/db";

/** Runs app/cli/agent.ts as script/agent does (after set-up), on this project's test database. */
function agent(args: string[], lines: object[] | string, env: Record<string, string> = {}) {
  const input = typeof lines === "string" ? lines : lines.map((line) => JSON.stringify(line)).join("\n");
  const run = spawnSync(process.execPath, ["--import", "tsx", "app/cli/agent.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, AGENT_CALLER_CWD: process.cwd(), ...env },
    timeout: 60_000,
  });
  return { status: run.status, stderr: run.stderr, lines: run.stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

// Each case starts a Node process (about 2 s, more while the other test projects run beside it).
describe("script/agent", { timeout: 60_000 }, () => {
  it("classify writes one {skill, confidence} line per input, routing the last message", () => {
    const { status, lines } = agent(["classify"], [
      { messages: ["where is my order?"] },
      { messages: ["where is my order?", "#1001"] },
      { messages: ["where is my order?", "actually, any discount codes?"] },
      { messages: ["상담원 연결해 주세요"] },
    ]);
    expect(status).toBe(0);
    expect(lines.map((l) => l.skill)).toEqual(["order_tracking", "order_tracking", "coupons_discounts", "human_handoff"]);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(["confidence", "skill"]);
  });

  it("answers a bad line with an error line in its place and exit code 1, keeping the others", () => {
    const { status, lines } = agent(["classify"], `{"messages": ["hi"]}\nnot json\n{"messages": []}\n{"messages": ["thanks"]}`);
    expect(status).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toHaveProperty("error");
    expect(lines[2]).toHaveProperty("error");
    expect(lines[3]).toHaveProperty("skill");
  });

  it("ask plays the conversation as a logged-in demo customer and prints the last reply", () => {
    const { status, lines } = agent(["ask", "--customer", "emma.johnson@example.com"], [{ messages: ["hi", "where is my order?"] }]);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ skill: "order_tracking", handoff: false, sources: [], card: { type: "order", name: "#1031" } });
    expect(Object.keys(lines[0]!).sort()).toEqual(["card", "handoff", "skill", "sources", "text"]);
  });

  it("ask --kb answers from a folder and names its files as sources", () => {
    const { status, lines } = agent(["ask", "--kb", "test/agent/knowledge/fixtures"], [{ messages: ["do you ship internationally?"] }]);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ skill: "general_qa", handoff: false });
    expect(lines[0]!.sources).toContain("international-shipping.md");
  });

  it("refuses an unknown demo customer with exit code 2", () => {
    const { status, stderr } = agent(["ask", "--customer", "nobody@example.com"], [{ messages: ["hi"] }]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/no demo customer/);
  });
});

// The demo shop has Loop, Recharge and Smile connected against their local fakes (each run starts them afresh).
describe("script/agent ask: account actions on the demo store", { timeout: 60_000 }, () => {
  it("lets a logged-in customer skip a subscription delivery and cancel an unfulfilled order, each after a yes", () => {
    const { status, lines } = agent(["ask", "--customer", "sophia.patel@example.com"], [
      { messages: ["skip my next coffee delivery"] },
      { messages: ["skip my next coffee delivery", "yes"] },
      { messages: ["cancel order #1036", "yes"] },
    ]);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ skill: "subscriptions", handoff: false, card: { type: "subscription", actions: [{ kind: "confirm" }, { kind: "reply" }] } });
    expect(lines[0]!.text).toMatch(/Reply "yes" to skip it/);
    expect(lines[1]).toMatchObject({ skill: "subscriptions", handoff: false, card: { type: "subscription", status: "active" } });
    expect(lines[1]!.text).toMatch(/that delivery is skipped/);
    expect(lines[2]).toMatchObject({ skill: "order_editing", handoff: false, card: { type: "order", status: "Cancelled" } });
  });

  it("lets a logged-in customer redeem points into a code and start an exchange in the returns portal", () => {
    const { status, lines } = agent(["ask", "--customer", "emma.johnson@example.com"], [
      { messages: ["redeem $10 off", "yes"] },
      { messages: ["I want to exchange the sleeping bag from order #1016"] },
    ]);
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ skill: "loyalty", handoff: false, card: { type: "coupon", coupons: [{ personal: true }] } });
    expect(lines[0]!.text).toMatch(/You have 2,250 points left/);
    expect(lines[1]).toMatchObject({ skill: "returns_exchanges", handoff: false, card: { type: "return", orderName: "#1016" } });
    expect((lines[1]!.card as { portalUrl: string }).portalUrl).toMatch(/^https:\/\/[\w-]+\.loopreturns\.com\//);
  });

  it("lets a guest do none of these", () => {
    const { status, lines } = agent(["ask"], [
      { messages: ["skip my next coffee delivery", "yes"] },
      { messages: ["redeem $10 off", "yes"] },
      { messages: ["cancel order #1036 sophia.patel@example.com", "cancel it", "yes"] },
    ]);
    expect(status).toBe(0);
    for (const line of lines) expect(JSON.stringify(line.card ?? {})).not.toMatch(/"confirm"|"coupon"|Cancelled/);
    expect(lines[0]!.text).toMatch(/log in/);
    expect(lines[2]!.text).not.toMatch(/is cancelled/);
  });

  for (const fault of ["500", "timeout"]) {
    it(`hands off softly, with the transcript, when the subscription provider ${fault === "500" ? "answers 500" : "times out"}`, async () => {
      const since = new Date();
      const { status, lines } = agent(["ask", "--customer", "sophia.patel@example.com"], [{ messages: ["hi", "skip my next coffee delivery"] }], {
        DEMO_PROVIDER_FAULTS: `recharge=${fault}`,
        PROVIDER_TIMEOUT_MS: "200",
      });
      expect(status).toBe(0);
      expect(lines[0]).toMatchObject({ skill: "subscriptions", handoff: true, card: null });
      const handoff = await db.handoff.findFirstOrThrow({ where: { shop: DEMO_SHOP_DOMAIN, createdAt: { gte: since } }, orderBy: { createdAt: "desc" } });
      expect(handoff.reason).toMatch(fault === "500" ? /Recharge: answered 500/ : /Recharge: no answer within 200 ms/);
      expect((JSON.parse(handoff.transcript) as { text: string }[]).map((m) => m.text)).toEqual(expect.arrayContaining(["hi", "skip my next coffee delivery"]));
    });
  }
});
