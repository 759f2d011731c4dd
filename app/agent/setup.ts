import { chatModelFromEnv } from "./llm/chat-model";
import { llmResponder, templateResponder, type Responder } from "./responder";
import { trainClassifier } from "./router/classifier";
import { embeddedRouter, withLlmRouting, type Router } from "./routing";

/**
 * The router and responder for this process: embedded, or with the configured LLM in front of them. The embedded
 * router's model is loaded (or trained, once per corpus change) here, so the first shopper does not wait for it.
 */
export async function agentFromEnv(env: Record<string, string | undefined> = process.env): Promise<{ router: Router; responder: Responder; llm: string | null }> {
  const [llm] = await Promise.all([chatModelFromEnv(env), trainClassifier()]);
  if (!llm) return { router: embeddedRouter, responder: templateResponder, llm: null };
  return { router: withLlmRouting(embeddedRouter, llm), responder: llmResponder(llm), llm: llm.description };
}
