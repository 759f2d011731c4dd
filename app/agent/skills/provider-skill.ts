import { say, type Phrase } from "../language";
import type { KnowledgeTopic } from "../knowledge/topics";
import type { ShopperRef } from "../tools/providers";
import type { SkillContext, SkillResult } from "../types";
import { policyPassage } from "./policy";

/**
 * The shared start of the provider-backed skills (subscriptions, loyalty): program questions are answered from the
 * knowledge base for anyone; account questions need a logged-in customer, whom the provider knows by the email on
 * their Shopify record.
 */
export async function policyOrLogin(
  ctx: SkillContext,
  topic: KnowledgeTopic,
  loginPrompt: Phrase,
): Promise<{ done: SkillResult } | { policy: Awaited<ReturnType<typeof policyPassage>>; shopper: ShopperRef }> {
  const policy = await policyPassage(ctx, topic, ctx.message);
  const { customerId } = ctx.identity;
  if (customerId) return { policy, shopper: { customerId, email: await ctx.tools.shopify.customerEmail(customerId) } };
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
