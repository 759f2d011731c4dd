import { beforeAll, describe, expect, it } from "vitest";
import { route } from "../../../app/agent/router/router";
import { ROUTE_LABELS } from "../../../app/agent/skill-ids";
import { confusion, describeMisses, evaluateRouter, routeConversation, type Evaluation, type Miss } from "./evaluate";
import { CONVERSATIONS, SINGLE_TURN_MESSAGES } from "./labelled-set";

function report(misses: readonly Miss[]): string {
  return `\nconfusion (expected → got):\n${confusion(misses)}\nmisses:\n${describeMisses(misses)}`;
}

describe("intent router on the labelled set", () => {
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluateRouter();
  });

  it("routes at least 95% of the single messages right", () => {
    expect(evaluation.overall.accuracy, report(evaluation.misses)).toBeGreaterThanOrEqual(0.95);
  });

  it.each(ROUTE_LABELS)("routes at least 85% of the %s messages right", (label) => {
    const misses = evaluation.misses.filter((miss) => miss.expected === label && miss.messages.length === 1);
    expect(evaluation.byLabel[label]?.accuracy, report(misses)).toBeGreaterThanOrEqual(0.85);
  });

  it.each(["en", "ko"] as const)("routes at least 90% of the %s messages right", (language) => {
    expect(evaluation.byLanguage[language]?.accuracy, report(evaluation.misses)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("intent router in conversations", () => {
  it.each(CONVERSATIONS)("$name", async (conversation) => {
    const decision = await routeConversation(conversation);
    expect({ skill: decision.skill, followUp: decision.followUp }, JSON.stringify(decision)).toEqual({
      skill: conversation.expected,
      followUp: conversation.followUp,
    });
  });

  it("follows a clear change of topic away from whichever skill is active", async () => {
    // Every single message the router gets right on its own must still get there from each other active skill. The
    // few that stay are greetings and thanks, which by design continue the active skill.
    let followed = 0;
    let total = 0;
    const stayed: Miss[] = [];
    for (const { text, label } of SINGLE_TURN_MESSAGES) {
      if ((await route([text])).skill !== label) continue;
      for (const activeSkill of ROUTE_LABELS.filter((skill) => skill !== label)) {
        const decision = await route([text], { activeSkill });
        total += 1;
        if (decision.skill === label) followed += 1;
        else
          stayed.push({
            messages: [`(in ${activeSkill}) ${text}`],
            expected: label,
            got: decision.skill,
            confidence: decision.confidence,
          });
      }
    }
    expect(followed / total, report(stayed)).toBeGreaterThanOrEqual(0.95);
  });

  it("stays in the active skill when nlp.js is unsure, and falls back to general_qa without one", async () => {
    expect(await route(["qwzx plorb"], { activeSkill: "order_tracking" })).toMatchObject({
      skill: "order_tracking",
      followUp: true,
    });
    expect(await route(["qwzx plorb"])).toMatchObject({ skill: "general_qa", followUp: false });
    expect((await route(["qwzx plorb"])).confidence).toBeLessThan(0.5);
  });

  it("treats greetings and thanks with no active topic as general_qa", async () => {
    for (const text of ["hi", "thanks!", "안녕하세요", "감사합니다"])
      expect((await route([text])).skill, text).toBe("general_qa");
  });

  it("uses an explicit active skill instead of inferring one", async () => {
    expect(await route(["where is my order?", "yes please"], { activeSkill: "subscriptions" })).toMatchObject({
      skill: "subscriptions",
    });
    expect(await route(["where is my order?", "yes please"], { activeSkill: null })).toMatchObject({
      skill: "general_qa",
    });
  });
});
