import { isChangeable, type Order } from "../../../models/order";
import { actionDone, actionHandoff, actionNoLongerPossible, loginRequired, propose } from "../../actions";
import type { PendingAction } from "../../conversation-state";
import { formatMoney, say, type Phrase } from "../../language";
import { conceptsIn } from "../../lexicon";
import { lookupShopperOrder, ORDER_IDENTITY_SLOT } from "../../tools/shopper-orders";
import type { SkillContext, SkillResult } from "../../types";
import { Address, addressFields, addressIn, formatAddress } from "../../extractors/address";
import type { SkillDefinition, SkillPolicy } from "../definition";
import { orderCard, orderLookupReply, orderSituation, statusPageLink } from "../order-replies";
import { policyPassage } from "../policy";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

const ADDRESS_INTENT = /\baddress\b|\bship(?:ping)? (?:it )?to\b|\bdeliver(?:y)? (?:it )?to\b|주소|배송지/i;

/** Why an order that is not cancelled can no longer change, by its state (app/models/order.ts). */
const WHY_NOT_CHANGEABLE: Record<"unfulfilled" | "partially_shipped" | "shipped" | "on_hold", Phrase> = {
  unfulfilled: { en: "Since it's already being packed, I can't change or cancel it here — a person from our team may still be able to help.", ko: "이미 포장이 시작되어 여기에서는 변경하거나 취소할 수 없어요. 상담팀이 도와드릴 수 있는지 확인해 드릴게요." },
  on_hold: { en: "I can't change it here — a person from our team can help.", ko: "여기에서는 변경할 수 없어요. 상담팀이 도와드릴게요." },
  partially_shipped: { en: "Part of it has shipped, so I can't change or cancel it here — a person from our team can help with the items that haven't shipped.", ko: "일부 상품이 이미 발송되어 여기에서는 변경하거나 취소할 수 없어요. 아직 발송되지 않은 상품은 상담팀이 도와드릴 수 있어요." },
  shipped: { en: "Since it has shipped, it can't be changed or cancelled any more. Once it arrives, you can return or exchange items.", ko: "이미 발송되어 변경하거나 취소할 수 없어요. 상품을 받으신 후 반품이나 교환을 신청하실 수 있어요." },
};

/** A label bought is not yet a parcel on its way: said so, the way tracking says "Label created". */
const LABELLED: Phrase = { en: "It's already packed and labelled for shipping, so it can't be changed or cancelled any more. Once it arrives, you can return or exchange items.", ko: "이미 포장되어 송장이 발행되었기 때문에 변경하거나 취소할 수 없어요. 상품을 받으신 후 반품이나 교환을 신청하실 수 있어요." };

/** What this skill says about its policy (see SkillPolicy). */
const POLICY: SkillPolicy = {
  topic: "order_changes",
  summary: { en: "Until when can I change or cancel an order?", ko: "주문 변경이나 취소는 언제까지 할 수 있나요?" },
  offer: { en: "Want me to change or cancel it on your order?", ko: "주문을 바로 변경하거나 취소해 드릴까요?" },
  accept: { en: "Yes, change my order", ko: "네, 주문 변경할게요" },
};

export const orderEditing: SkillDefinition = {
  id: "order_editing",
  name: ROUTE_LABEL_NAMES.order_editing.en,
  overview: "Helps shoppers change the shipping address of an order or cancel it, before it ships.",
  whenUsed: "A shopper wants to change an order (address, size, items) or cancel it.",
  howItResponds:
    "Explains what can still change on an unfulfilled order from your order change & cancel policy. For a logged-in customer it changes the shipping address or cancels the order — each only after showing what will happen and getting an explicit yes — then re-reads the order from Shopify before saying it worked.",
  shopperTopic: { en: "Changing or cancelling an order", ko: "주문 변경·취소" },
  policy: POLICY,
  tools: ["shopify.findOrderByNumber", "shopify.recentOrders", "shopify.order", "shopify.cancelOrder", "shopify.updateShippingAddress", "knowledge.answer", "shopify.loginUrl"],
  needsLogin: "yes",
  prerequisites: [{ kind: "knowledge", topic: "order_changes", missing: "Needs order change & cancel policy content" }],
  act: (ctx, pending) => (pending.action === "cancel_order" ? cancelOrder(ctx, pending) : changeAddress(ctx, pending)),
  slots: { ...ORDER_IDENTITY_SLOT, shipping_address: (text) => addressIn(text) !== null },
  async handle(ctx) {

    // A change or a cancellation can only be meant for an order that has not shipped.
    const lookup = await lookupShopperOrder(ctx, isChangeable);
    if (lookup.kind !== "found") return orderLookupReply(ctx, lookup);
    const { order } = lookup;
    const { language } = ctx;
    const policy = await policyPassage(ctx, POLICY);
    const sources = policy ? [policy.source] : [];
    const params = { name: order.name, total: formatMoney(order.total, language) };
    const statusLink = statusPageLink(order, language);

    if (!isChangeable(order)) {
      // Why it cannot change is the order's state, told the way order tracking tells it.
      const text = order.status.kind === "cancelled"
        ? orderSituation(order, language)
        : `${orderSituation(order, language)}\n\n${say(language, order.status.kind === "shipped" && order.status.shipment === "label_created" ? LABELLED : WHY_NOT_CHANGEABLE[order.status.kind])}`;
      return { outcome: "resolved", text, facts: { order: order.name, editable: false, policy: policy?.text ?? null }, card: orderCard(order, language, [statusLink]), sources, remember: { ...lookup.remember, collecting: null } };
    }

    const collectingAddress = ctx.state.collecting?.kind === "shipping_address" && ctx.state.collecting.targetId === order.id;
    // The lexicon's cancel concept reads typos too ("cancle my ordr").
    // A guest is refused the change but keeps the order they proved, so the conversation can go on about it.
    const refusedGuest = async (what: Phrase) => {
      const refused = await loginRequired(ctx, what);
      return refused && { ...refused, remember: { ...lookup.remember, collecting: null } };
    };
    if (conceptsIn(ctx.message).includes("cancel")) {
      return (await refusedGuest({ en: "cancel an order", ko: "주문 취소" })) ?? {
        ...propose(ctx, {
          action: "cancel_order",
          targetId: order.id,
          targetLabel: `order ${order.name}`,
          text: say(language, {
            en: "Do you want me to cancel order {name} ({total})? This can't be undone; you'd be refunded to your original payment method. Reply \"yes\" to cancel.",
            ko: "주문 {name}({total})을(를) 취소할까요? 취소는 되돌릴 수 없으며, 결제하신 수단으로 환불돼요. 취소하시려면 \"네\"라고 답해 주세요.",
          }, params),
          facts: { order: order.name, total: params.total },
          confirmLabel: say(language, { en: "Yes, cancel order", ko: "네, 주문 취소" }),
          warning: say(language, { en: "Cancelling can't be undone.", ko: "취소는 되돌릴 수 없어요." }),
          card: (actions) => orderCard(order, language, actions),
          sources,
          remember: { ...lookup.remember, collecting: null },
        }),
      };
    }
    if (ADDRESS_INTENT.test(ctx.message) || collectingAddress) {
      const refused = await refusedGuest({ en: "change a shipping address", ko: "배송지 변경" });
      if (refused) return refused;
      // Only the address itself, never the sentence around it; no address in the message: ask for it.
      const address = addressIn(ctx.message);
      if (!address) return askForAddress(ctx, order, collectingAddress, lookup.remember);
      return proposeAddress(ctx, order, address, lookup.remember);
    }

    const text = say(language, {
      en: "Order {name} hasn't shipped yet, so it can still be changed or cancelled.",
      ko: "주문 {name}은(는) 아직 발송 전이라 변경하거나 취소할 수 있어요.",
    }, params) + (policy ? `\n\n${policy.text}` : "") + "\n\n" + say(language, {
      en: "I can change the shipping address or cancel the order for you.",
      ko: "배송지를 변경하거나 주문을 취소해 드릴 수 있어요.",
    });
    return {
      outcome: "resolved",
      text,
      facts: { order: order.name, editable: true, policy: policy?.text ?? null },
      card: orderCard(order, language, [
        statusLink,
        { kind: "reply", label: say(language, { en: "Change shipping address", ko: "배송지 변경" }), text: say(language, { en: "Change the shipping address of {name}", ko: "주문 {name} 배송지 변경해 주세요" }, params) },
        { kind: "reply", label: say(language, { en: "Cancel order", ko: "주문 취소" }), text: say(language, { en: "Cancel order {name}", ko: "주문 {name} 취소해 주세요" }, params) },
      ]),
      sources,
      remember: lookup.remember,
    };
  },
};

function askForAddress(ctx: SkillContext, order: Order, askedBefore: boolean, remember: SkillResult["remember"]): SkillResult {
  const current = order.shippingAddress ? [order.shippingAddress.address1, order.shippingAddress.city, order.shippingAddress.zip].filter(Boolean).join(", ") : null;
  return {
    // A second address that cannot be read counts as not understood, so a person steps in rather than a loop.
    outcome: askedBefore ? "unanswered" : "needs_input",
    text: say(ctx.language, {
      en: "What's the new shipping address for order {name}? Please send it in one message: street, apartment (if any), city, state and ZIP — for example: 500 Pine St, Apt 2, Seattle, WA 98101.",
      ko: "주문 {name}의 새 배송지를 한 번에 보내 주세요: 시/도, 시/군/구, 도로명 주소, 상세 주소(있다면), 우편번호 — 예: 서울특별시 강남구 테헤란로 152, 1204호 (06236).",
    }, { name: order.name }) + (current ? `\n\n${say(ctx.language, { en: "Current address: {current}", ko: "현재 배송지: {current}" }, { current })}` : ""),
    facts: { order: order.name, awaiting: "shipping_address", currentAddress: current },
    remember: { ...remember, collecting: { skill: "order_editing", kind: "shipping_address", targetId: order.id } },
  };
}

function proposeAddress(ctx: SkillContext, order: Order, address: Address, remember: SkillResult["remember"]): SkillResult {
  const { language } = ctx;
  // Field by field, so the shopper checks exactly what will be saved.
  const fields = addressFields(address, language).map(({ label, value }) => `${label}: ${value}`).join("\n");
  return propose(ctx, {
    action: "change_shipping_address",
    targetId: order.id,
    targetLabel: `the shipping address of order ${order.name}`,
    params: { address },
    text: say(language, {
      en: "Change the shipping address of order {name} to:\n{address}\n\nReply \"yes\" to save it.",
      ko: "주문 {name}의 배송지를 다음으로 변경할까요?\n{address}\n\n저장하시려면 \"네\"라고 답해 주세요.",
    }, { name: order.name, address: fields }),
    facts: { order: order.name, newAddress: address },
    confirmLabel: say(language, { en: "Yes, change the address", ko: "네, 배송지 변경" }),
    warning: say(language, { en: "The order will ship to the new address.", ko: "주문이 새 배송지로 발송돼요." }),
    card: (actions) => orderCard(order, language, actions),
    remember: { ...remember, collecting: null },
  });
}

/** Re-read first (it may have shipped since the question), cancel, then re-read to be sure before saying so. */
async function cancelOrder(ctx: SkillContext, pending: PendingAction): Promise<SkillResult> {
  const { language } = ctx;
  const name = pending.targetLabel.replace(/^order /, "");
  const before = await ctx.tools.shopify.order(pending.targetId);
  if (!before || !isChangeable(before) || before.customerId !== ctx.identity.customerId) {
    return actionNoLongerPossible(pending, {
      text: say(language, { en: "Order {name} can no longer be cancelled — it has started shipping or was already cancelled.", ko: "주문 {name}은(는) 이미 발송이 시작되었거나 취소되어 취소할 수 없어요." }, { name }),
      facts: { order: name, cancelled: false },
    }, { reason: "no longer cancellable" });
  }
  await ctx.tools.shopify.cancelOrder(pending.targetId);
  const after = await ctx.tools.shopify.order(pending.targetId);
  if (after?.status.kind !== "cancelled") return actionHandoff(ctx, pending, "the order does not show as cancelled after orderCancel");
  return actionDone(pending, {
    text: say(language, {
      en: "Done — order {name} is cancelled. Your refund goes back to your original payment method, usually within 5–10 business days.",
      ko: "주문 {name}이(가) 취소되었어요. 환불은 결제하신 수단으로 보통 영업일 기준 5~10일 안에 처리돼요.",
    }, { name }),
    facts: { order: name, cancelled: true, cancelledAt: after.status.at },
    card: orderCard(after, language, [statusPageLink(after, language)]),
  }, { cancelledAt: after.status.at });
}

async function changeAddress(ctx: SkillContext, pending: PendingAction): Promise<SkillResult> {
  const { language } = ctx;
  const address = Address.parse(pending.params.address);
  const name = pending.targetLabel.replace(/^the shipping address of order /, "");
  const before = await ctx.tools.shopify.order(pending.targetId);
  if (!before || !isChangeable(before) || before.customerId !== ctx.identity.customerId) {
    return actionNoLongerPossible(pending, {
      text: say(language, { en: "The address of order {name} can't be changed any more — it has started shipping or was cancelled.", ko: "주문 {name}은(는) 이미 발송이 시작되었거나 취소되어 배송지를 변경할 수 없어요." }, { name }),
      facts: { order: name, changed: false },
    }, { reason: "no longer editable" });
  }
  await ctx.tools.shopify.updateShippingAddress(pending.targetId, address);
  const after = await ctx.tools.shopify.order(pending.targetId);
  const saved = after?.shippingAddress;
  if (!saved || saved.address1 !== address.address1 || saved.zip !== address.zip) return actionHandoff(ctx, pending, "the order does not show the new address after orderUpdate");
  return actionDone(pending, {
    text: say(language, {
      en: "Done — order {name} will ship to {address}.",
      ko: "완료했어요. 주문 {name}은(는) {address}(으)로 발송돼요.",
    }, { name, address: formatAddress(address) }),
    facts: { order: name, changed: true, newAddress: formatAddress(address) },
    card: orderCard(after!, language, [statusPageLink(after!, language)]),
  });
}
