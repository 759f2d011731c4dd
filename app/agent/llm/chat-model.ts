import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { z } from "zod";

/**
 * The optional LLM, chosen by environment variables. Without one the agent runs fully embedded. Providers are
 * imported only when configured, so the embedded path never loads them.
 *   LLM_PROVIDER=openai|anthropic|ollama (default: whichever key is set), LLM_MODEL, LLM_TIMEOUT_MS,
 *   OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_BASE_URL.
 */
const LlmEnv = z.object({
  LLM_PROVIDER: z.enum(["openai", "anthropic", "ollama"]).optional(),
  LLM_MODEL: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(4000),
  OPENAI_API_KEY: z.string().optional(),
  ANTHROPIC_API_KEY: z.string().optional(),
  OLLAMA_BASE_URL: z.string().url().optional(),
});

export type LlmSettings = { model: BaseChatModel; timeoutMs: number; description: string };

export async function chatModelFromEnv(env: Record<string, string | undefined> = process.env): Promise<LlmSettings | null> {
  const e = LlmEnv.parse(env);
  const provider = e.LLM_PROVIDER ?? (e.OPENAI_API_KEY ? "openai" : e.ANTHROPIC_API_KEY ? "anthropic" : e.OLLAMA_BASE_URL ? "ollama" : null);
  if (!provider) return null;
  const timeoutMs = e.LLM_TIMEOUT_MS;
  switch (provider) {
    case "openai": {
      const { ChatOpenAI } = await import("@langchain/openai");
      const model = e.LLM_MODEL ?? "gpt-4.1-mini";
      return { model: new ChatOpenAI({ model, apiKey: e.OPENAI_API_KEY, temperature: 0, maxRetries: 0 }), timeoutMs, description: `OpenAI ${model}` };
    }
    case "anthropic": {
      const { ChatAnthropic } = await import("@langchain/anthropic");
      const model = e.LLM_MODEL ?? "claude-haiku-4-5";
      return { model: new ChatAnthropic({ model, apiKey: e.ANTHROPIC_API_KEY, temperature: 0, maxRetries: 0 }), timeoutMs, description: `Anthropic ${model}` };
    }
    case "ollama": {
      const { ChatOllama } = await import("@langchain/ollama");
      const model = e.LLM_MODEL ?? "llama3.1";
      return { model: new ChatOllama({ model, baseUrl: e.OLLAMA_BASE_URL, temperature: 0 }), timeoutMs, description: `Ollama ${model}` };
    }
  }
}

/** Resolves with the model's answer, or rejects when it takes longer than the budget. */
export async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`LLM timed out after ${timeoutMs} ms`)), timeoutMs);
  try {
    return await Promise.race([
      work(controller.signal),
      new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(controller.signal.reason))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
