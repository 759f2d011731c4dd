import { say, type Phrase } from "../language";
import { loginLink } from "../login";
import type { ShopperRef } from "../tools/providers";
import type { SkillContext, SkillResult } from "../types";
import type { SkillPolicy } from "./definition";
import { policyPassage } from "./policy";

/**
 * The shared start of the provider-backed skills (subscriptions, loyalty): program questions are answered from the
 * knowledge base for anyone; account questions need a logged-in customer, whom the provider knows by the email on
 * their Shopify record. A guest is asked to log in with `loginPrompt`, whose {url} is the storefront's login page.
 */
export async function policyOrLogin(
  ctx: SkillContext,
  policy: SkillPolicy,
  loginPrompt: Phrase,
): Promise<{ done: SkillResult } | { policy: Awaited<ReturnType<typeof policyPassage>>; shopper: ShopperRef }> {
  const passage = await policyPassage(ctx, policy);
  const { customerId } = ctx.identity;
  if (customerId) return { policy: passage, shopper: await shopperOf(ctx, customerId) };
  const login = await loginLink(ctx);
  const ask = say(ctx.language, loginPrompt, { url: login.url });
  return {
    done: {
      outcome: passage ? "resolved" : "needs_input",
      text: passage ? `${passage.text}\n\n${ask}` : ask,
      facts: { policy: passage?.text ?? null, loggedIn: false, loginUrl: login.url },
      card: login.card,
      sources: passage ? [passage.source] : [],
    },
  };
}

/** The proven customer as a provider knows them: by the email on their Shopify record. */
export async function shopperOf(ctx: SkillContext, customerId: string): Promise<ShopperRef> {
  return { customerId, email: await ctx.tools.shopify.customerEmail(customerId) };
}
