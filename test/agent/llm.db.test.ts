import { FakeListChatModel } from "@langchain/core/utils/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDANCE } from "../../app/agent/guidance";
import type { LlmSettings } from "../../app/agent/llm/chat-model";
import { chatModelFromEnv } from "../../app/agent/llm/chat-model";
import { llmResponder } from "../../app/agent/responder";
import { embeddedRouter, withLlmRouting } from "../../app/agent/routing";
import { SKILL_IDS } from "../../app/agent/skill-ids";
import { SKILLS } from "../../app/agent/skills";
import type { SkillResult } from "../../app/agent/types";
import { agentHarness } from "../support/agent";

// @langchain/core's fake chat model answers with scripted text; structured output parses it as JSON, as a real
// model's tool call would be parsed.
const llm = (responses: string[], options: { sleep?: number } = {}): LlmSettings => ({
  model: new FakeListChatModel({ responses, ...options }),
  timeoutMs: 200,
  description: "fake",
});
const failing = (): LlmSettings => {
  const model = new FakeListChatModel({ responses: ["unused"] });
  model.invoke = async () => {
    throw new Error("model service unavailable");
  };
  model.withStructuredOutput = (() => ({ invoke: async () => { throw new Error("model service unavailable"); } })) as never;
  return { model, timeoutMs: 200, description: "failing" };
};

describe("routing with an LLM", () => {
  it("asks the model only when the embedded router is unsure, and uses its structured answer", async () => {
    const model = llm([JSON.stringify({ skill: "loyalty", confidence: 0.9 })]);
    const router = withLlmRouting(embeddedRouter, model);
    const sure = await router.route(["where is my order #1001?"], { activeSkill: null });
    expect(sure.skill).toBe("order_tracking");
    expect((model.model as FakeListChatModel).i).toBe(0); // not asked
    const unsure = await router.route(["blorp zzq"], { activeSkill: null });
    expect(unsure).toMatchObject({ skill: "loyalty", confidence: 0.9 });
  });

  it("shows the model each skill's own description, the one the admin shows as 'when it is used'", async () => {
    const model = llm([JSON.stringify({ skill: "general_qa", confidence: 0.9 })]);
    const prompts: string[] = [];
    const structured = model.model.withStructuredOutput.bind(model.model);
    model.model.withStructuredOutput = ((...args: Parameters<typeof structured>) => {
      const runnable = structured(...args);
      return { invoke: (input: { content: string }[], options?: unknown) => (prompts.push(input.map((m) => m.content).join("\n")), runnable.invoke(input as never, options as never)) };
    }) as never;
    await withLlmRouting(embeddedRouter, model).route(["blorp zzq"], { activeSkill: null });
    for (const id of SKILL_IDS) expect(prompts[0]).toContain(`${id}: ${SKILLS[id].whenUsed}`);
  });

  it("keeps the embedded answer when the model errors, times out or answers nonsense", async () => {
    const message = ["blorp zzq"];
    const embedded = await embeddedRouter.route(message, { activeSkill: null });
    for (const model of [failing(), llm(['{"skill":"loyalty","confidence":1}'], { sleep: 1000 }), llm(["not json"])]) {
      expect(await withLlmRouting(embeddedRouter, model).route(message, { activeSkill: null })).toEqual(embedded);
    }
  });
});

describe("phrasing with an LLM", () => {
  const result: SkillResult = {
    outcome: "resolved",
    text: "Order #1031 is in transit with UPS. Track it here: https://www.ups.com/track?tracknum=1Z999",
    facts: { order: "#1031", carrier: "UPS" },
  };

  it("uses the model's grounded rephrasing when it keeps every link and number", async () => {
    const phrased = "Good news — order #1031 is on its way with UPS! Follow it here: https://www.ups.com/track?tracknum=1Z999";
    const text = await llmResponder(llm([phrased])).respond({ language: "en", message: "where is it?", result, guidance: DEFAULT_GUIDANCE });
    expect(text).toBe(phrased);
  });

  it("falls back to the skill's text when the model drops a link, errors or times out", async () => {
    for (const model of [llm(["Your order is on its way!"]), failing(), llm(["late"], { sleep: 1000 })]) {
      expect(await llmResponder(model).respond({ language: "en", message: "where is it?", result, guidance: DEFAULT_GUIDANCE })).toBe(result.text);
    }
  });

  it("gives the shopper an answer end to end when the model is down", async () => {
    const down = failing();
    const agent = await agentHarness({ router: withLlmRouting(embeddedRouter, down), responder: llmResponder(down) });
    const reply = await agent.last(["where is my order?"], { email: "emma.johnson@example.com" });
    expect(reply.card).toMatchObject({ type: "order", name: "#1031" });
    expect(reply.text).toContain("1ZA4V7820382879457");
  });
});

describe("choosing a model from the environment", () => {
  it("runs embedded with no key, and picks the provider whose key is set", async () => {
    expect(await chatModelFromEnv({})).toBeNull();
    expect((await chatModelFromEnv({ OPENAI_API_KEY: "sk-test" }))?.description).toMatch(/^OpenAI/);
    expect((await chatModelFromEnv({ ANTHROPIC_API_KEY: "sk-ant-test" }))?.description).toMatch(/^Anthropic/);
    expect((await chatModelFromEnv({ OLLAMA_BASE_URL: "http://127.0.0.1:11434" }))?.description).toMatch(/^Ollama/);
  });
});
