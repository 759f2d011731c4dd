import { isAffirmative, isNegative } from "../confirmation";
import { formatMoney, say } from "../language";
import { lookupShopperOrder } from "../tools/shopper-orders";
import type { SkillContext, SkillResult } from "../types";
import type { SkillDefinition } from "./definition";
import { isUnfulfilled, orderCard, orderLookupReply } from "./order-replies";
import { policyPassage } from "./policy";

const CANCEL_INTENT = /\bcancel|취소/i;

export const orderEditing: SkillDefinition = {
  id: "order_editing",
  name: "Order editing",
  overview: "Helps shoppers change or cancel an order before it ships.",
  whenUsed: "A shopper wants to change an order (address, size, items) or cancel it.",
  howItResponds:
    "Explains what can still change on an unfulfilled order from your order change & cancel policy and links to the order status page. Cancels an unfulfilled order only after the shopper explicitly confirms, then re-reads the order before saying it worked.",
  tools: ["shopify.findOrderByNumber", "shopify.recentOrders", "shopify.order", "shopify.cancelOrder", "knowledge.search"],
  needsLogin: "yes",
  prerequisites: [{ kind: "knowledge", topic: "order_changes", missing: "Needs order change & cancel policy content" }],
  async handle(ctx) {
    if (ctx.state.pending?.skill === "order_editing") return answerPendingCancel(ctx);

    const lookup = await lookupShopperOrder(ctx);
    if (lookup.kind !== "found") return orderLookupReply(ctx, lookup);
    const { order } = lookup;
    const { language } = ctx;
    const policy = await policyPassage(ctx, "order_changes", ctx.message);
    const sources = policy ? [policy.source] : [];
    const params = { name: order.name, total: formatMoney(order.totalPriceSet.shopMoney, language) };
    const statusLink = { kind: "link" as const, label: say(language, { en: "Order status page", ko: "주문 상태 페이지" }), url: order.statusPageUrl };

    if (!isUnfulfilled(order)) {
      const text = order.cancelledAt
        ? say(language, { en: "Order {name} is already cancelled.", ko: "주문 {name}은(는) 이미 취소되었어요." }, params)
        : say(language, {
            en: "Order {name} has already shipped, so it can't be changed or cancelled any more. Once it arrives, you can return or exchange items.",
            ko: "주문 {name}은(는) 이미 발송되어 변경하거나 취소할 수 없어요. 상품을 받으신 후 반품이나 교환을 신청하실 수 있어요.",
          }, params);
      return { outcome: "resolved", text, facts: { order: order.name, editable: false, policy: policy?.text ?? null }, card: orderCard(order, language, [statusLink]), sources, remember: lookup.remember };
    }

    if (CANCEL_INTENT.test(ctx.message)) {
      return {
        outcome: "needs_input",
        text: say(language, {
          en: "Do you want me to cancel order {name} ({total})? This can't be undone; you'd be refunded to your original payment method. Reply \"yes\" to cancel.",
          ko: "주문 {name}({total})을(를) 취소할까요? 취소는 되돌릴 수 없으며, 결제하신 수단으로 환불돼요. 취소하시려면 \"네\"라고 답해 주세요.",
        }, params),
        facts: { order: order.name, total: params.total, awaitingConfirmation: "cancel" },
        card: orderCard(order, language, [
          { kind: "confirm", label: say(language, { en: "Yes, cancel order", ko: "네, 주문 취소" }), text: say(language, { en: "yes", ko: "네" }), warning: say(language, { en: "Cancelling can't be undone.", ko: "취소는 되돌릴 수 없어요." }) },
          { kind: "reply", label: say(language, { en: "Keep my order", ko: "주문 유지" }), text: say(language, { en: "no", ko: "아니요" }) },
        ]),
        quickReplies: [say(language, { en: "yes", ko: "네" }), say(language, { en: "no", ko: "아니요" })],
        sources,
        remember: { ...lookup.remember, pending: { skill: "order_editing", action: "cancel_order", targetId: order.id, targetLabel: order.name, askedAt: ctx.now.toISOString() } },
      };
    }

    const text = say(language, {
      en: "Order {name} hasn't shipped yet, so it can still be changed or cancelled.",
      ko: "주문 {name}은(는) 아직 발송 전이라 변경하거나 취소할 수 있어요.",
    }, params) + (policy ? `\n\n${policy.text}` : "") + "\n\n" + say(language, {
      en: "You can update your shipping details from the order status page, or I can cancel the order for you.",
      ko: "주문 상태 페이지에서 배송 정보를 수정하실 수 있고, 원하시면 제가 주문을 취소해 드릴게요.",
    });
    return {
      outcome: "resolved",
      text,
      facts: { order: order.name, editable: true, policy: policy?.text ?? null },
      card: orderCard(order, language, [
        statusLink,
        { kind: "confirm", label: say(language, { en: "Cancel order", ko: "주문 취소" }), text: say(language, { en: "Cancel order {name}", ko: "주문 {name} 취소해 주세요" }, params), warning: say(language, { en: "Cancelling can't be undone.", ko: "취소는 되돌릴 수 없어요." }) },
      ]),
      sources,
      remember: lookup.remember,
    };
  },
};

/** The shopper answered "cancel order X?": only an explicit yes cancels, and the order is re-read before we say so. */
async function answerPendingCancel(ctx: SkillContext): Promise<SkillResult> {
  const { language } = ctx;
  const pending = ctx.state.pending!;
  const cleared = { pending: null };
  const params = { name: pending.targetLabel };
  if (!isAffirmative(ctx.message)) {
    return {
      outcome: "resolved",
      text: isNegative(ctx.message)
        ? say(language, { en: "No problem — order {name} stays as it is.", ko: "알겠습니다. 주문 {name}은(는) 그대로 유지할게요." }, params)
        : say(language, { en: "I haven't cancelled order {name}. If you still want to, say \"yes, cancel it\".", ko: "주문 {name}은(는) 취소하지 않았어요. 취소를 원하시면 \"네 취소해 주세요\"라고 말씀해 주세요." }, params),
      facts: { order: pending.targetLabel, cancelled: false },
      remember: cleared,
    };
  }
  const before = await ctx.tools.shopify.order(pending.targetId);
  if (!before || !isUnfulfilled(before)) {
    return {
      outcome: "resolved",
      text: say(language, { en: "Order {name} can no longer be cancelled — it has started shipping or was already cancelled.", ko: "주문 {name}은(는) 이미 발송이 시작되었거나 취소되어 취소할 수 없어요." }, params),
      facts: { order: pending.targetLabel, cancelled: false },
      remember: cleared,
    };
  }
  try {
    await ctx.tools.shopify.cancelOrder(pending.targetId);
  } catch (error) {
    return cancelHandoff(ctx, `order cancellation failed: ${(error as Error).message}`);
  }
  const after = await ctx.tools.shopify.order(pending.targetId);
  if (!after?.cancelledAt) return cancelHandoff(ctx, "order cancellation was requested but the order does not show as cancelled");
  return {
    outcome: "resolved",
    text: say(language, {
      en: "Done — order {name} is cancelled. Your refund goes back to your original payment method, usually within 5–10 business days.",
      ko: "주문 {name}이(가) 취소되었어요. 환불은 결제하신 수단으로 보통 영업일 기준 5~10일 안에 처리돼요.",
    }, params),
    facts: { order: pending.targetLabel, cancelled: true, cancelledAt: after.cancelledAt },
    card: orderCard(after, language, [{ kind: "link", label: say(language, { en: "Order status page", ko: "주문 상태 페이지" }), url: after.statusPageUrl }]),
    remember: cleared,
  };
}

function cancelHandoff(ctx: SkillContext, reason: string): SkillResult {
  return {
    outcome: "handed_off",
    text: say(ctx.language, {
      en: "I couldn't confirm the cancellation of order {name}, so I've passed this to our team. A person will check it and follow up with you.",
      ko: "주문 {name}의 취소를 확인하지 못해 상담팀에 전달했어요. 담당자가 확인 후 연락드릴게요.",
    }, { name: ctx.state.pending!.targetLabel }),
    facts: { order: ctx.state.pending!.targetLabel, cancelled: "unknown" },
    handoff: { reason },
    remember: { pending: null },
  };
}
