import { say, type Phrase } from "../language";
import type { KnowledgeTopic } from "../knowledge/topics";
import type { SkillContext, SkillResult } from "../types";
import { policyPassage } from "./policy";

/**
 * The shared start of the provider-backed skills (subscriptions, loyalty): program questions are answered from the
 * knowledge base for anyone; account questions need a logged-in customer.
 */
export async function policyOrLogin(
  ctx: SkillContext,
  topic: KnowledgeTopic,
  loginPrompt: Phrase,
): Promise<{ done: SkillResult } | { policy: Awaited<ReturnType<typeof policyPassage>>; customerId: string }> {
  const policy = await policyPassage(ctx, topic, ctx.message);
  if (ctx.identity.customerId) return { policy, customerId: ctx.identity.customerId };
  const login = say(ctx.language, loginPrompt);
  return {
    done: {
      outcome: policy ? "resolved" : "needs_input",
      text: policy ? `${policy.text}\n\n${login}` : login,
      facts: { policy: policy?.text ?? null, loggedIn: false },
      sources: policy ? [policy.source] : [],
    },
  };
}
