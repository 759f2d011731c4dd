import { joinList, say } from "../language";
import { lookupShopperOrder } from "../tools/shopper-orders";
import type { SkillDefinition } from "./definition";
import { isUnfulfilled, orderLookupReply } from "./order-replies";
import { policyPassage } from "./policy";

export const returnsExchanges: SkillDefinition = {
  id: "returns_exchanges",
  name: "Returns & exchanges",
  overview: "Guides shoppers through returns and exchanges with your policy and a direct link to start one.",
  whenUsed: "A shopper wants to return or exchange an item, asks whether something can be returned, or asks about refunds.",
  howItResponds:
    "Checks which items of the shopper's order Shopify still allows to be returned, quotes your return & exchange policy, and shows a return card with the link to start the return (your returns provider's portal when one is connected).",
  tools: ["shopify.findOrderByNumber", "shopify.recentOrders", "shopify.order", "shopify.returnableItems", "knowledge.search", "providers.returns"],
  needsLogin: "yes",
  prerequisites: [{ kind: "knowledge", topic: "returns", missing: "Needs return & exchange policy content" }],
  async handle(ctx) {
    const { language } = ctx;
    const policy = await policyPassage(ctx, "returns", ctx.message);
    const sources = policy ? [policy.source] : [];
    const lookup = await lookupShopperOrder(ctx);
    if (lookup.kind !== "found") {
      // The policy is public: answer it even before we know the shopper's order.
      const reply = orderLookupReply(ctx, lookup);
      return policy && lookup.kind === "needs_identity"
        ? { ...reply, text: `${policy.text}\n\n${reply.text}`, facts: { ...reply.facts, policy: policy.text }, sources }
        : reply;
    }
    const { order } = lookup;
    const params = { name: order.name };
    if (isUnfulfilled(order)) {
      return {
        outcome: "resolved",
        text: say(language, {
          en: "Order {name} hasn't shipped yet, so there's nothing to return — I can cancel it instead if you like.",
          ko: "주문 {name}은(는) 아직 발송 전이라 반품 대신 주문 취소가 가능해요. 원하시면 취소해 드릴게요.",
        }, params),
        facts: { order: order.name, shipped: false },
        quickReplies: [say(language, { en: "Cancel order {name}", ko: "주문 {name} 취소해 주세요" }, params)],
        sources,
        remember: lookup.remember,
      };
    }
    const items = await ctx.tools.shopify.returnableItems(order.id);
    const provider = ctx.tools.providers.returns;
    const portalUrl = provider
      ? await provider.portalLink({ name: order.name, email: order.email, zip: order.shippingAddress?.zip ?? null })
      : order.statusPageUrl;
    const facts = { order: order.name, returnableItems: items, portalUrl, policy: policy?.text ?? null, provider: provider?.name ?? "shopify" };
    const card = {
      type: "return" as const,
      orderId: order.id,
      orderName: order.name,
      eligibleItems: items,
      portalUrl,
      policySummary: policy?.text ?? null,
      actions: items.length ? [{ kind: "link" as const, label: say(language, { en: "Start a return", ko: "반품 시작하기" }), url: portalUrl }] : [],
    };
    if (items.length === 0) {
      return {
        outcome: "resolved",
        text: say(language, {
          en: "None of the items on order {name} can be returned any more.",
          ko: "주문 {name}의 상품은 더 이상 반품할 수 없어요.",
        }, params) + (policy ? `\n\n${policy.text}` : ""),
        facts,
        card,
        sources,
        remember: lookup.remember,
      };
    }
    const list = joinList(items.map((i) => (i.quantity > 1 ? `${i.title} ×${i.quantity}` : i.title)), language);
    return {
      outcome: "resolved",
      text: say(language, {
        en: "These items from order {name} can be returned or exchanged: {list}. Start your return here: {url}",
        ko: "주문 {name}에서 반품·교환 가능한 상품: {list}. 여기에서 반품을 시작하세요: {url}",
      }, { ...params, list, url: portalUrl }) + (policy ? `\n\n${policy.text}` : ""),
      facts,
      card,
      sources,
      remember: lookup.remember,
    };
  },
};
