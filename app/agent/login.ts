import type { CardAction, LoginCard } from "./cards";
import { say } from "./language";
import type { SkillContext } from "./types";

/** Where a guest logs in: the address for the reply's text and the button for its card. */
export type LoginLink = { url: string; button: CardAction; card: LoginCard };

/**
 * The storefront's login page (Shopify's customer account login), for every reply that asks a guest to log in: in
 * the text, so SMS and email carry it too, and as a button on the card.
 */
export async function loginLink(ctx: SkillContext): Promise<LoginLink> {
  const url = await ctx.tools.shopify.loginUrl();
  const button: CardAction = { kind: "link", label: say(ctx.language, { en: "Log in", ko: "로그인" }), url };
  return { url, button, card: { type: "login", actions: [button] } };
}
