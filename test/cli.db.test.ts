import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs app/cli/agent.ts as script/agent does (after set-up), on this project's test database. */
function agent(args: string[], lines: object[] | string) {
  const input = typeof lines === "string" ? lines : lines.map((line) => JSON.stringify(line)).join("\n");
  const run = spawnSync(process.execPath, ["--import", "tsx", "app/cli/agent.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, AGENT_CALLER_CWD: process.cwd() },
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
