import { chatModelFromEnv } from "./llm/chat-model";
import { llmResponder, templateResponder, type Responder } from "./responder";
import { embeddedRouter, withLlmRouting, type Router } from "./routing";

/** The router and responder for this process: embedded, or with the configured LLM in front of them. */
export async function agentFromEnv(env: Record<string, string | undefined> = process.env): Promise<{ router: Router; responder: Responder; llm: string | null }> {
  const llm = await chatModelFromEnv(env);
  if (!llm) return { router: embeddedRouter, responder: templateResponder, llm: null };
  return { router: withLlmRouting(embeddedRouter, llm), responder: llmResponder(llm), llm: llm.description };
}
