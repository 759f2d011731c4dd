import type { CardAction } from "../cards";
import { formatDate, say } from "../language";
import { lookupShopperOrder } from "../tools/shopper-orders";
import type { SkillDefinition, SkillPolicy } from "./definition";
import { isUnfulfilled, latestShipment, orderCard, orderLookupReply, orderStatusLabel, placedOn, statusPageLink } from "./order-replies";

/** What this skill says about its policy (see SkillPolicy). */
const POLICY: SkillPolicy = {
  topic: "shipping",
  summary: { en: "How long does shipping take?", ko: "배송은 며칠 걸리나요?" },
  offer: { en: "Want me to check where your order is?", ko: "주문하신 상품이 어디쯤 있는지 확인해 드릴까요?" },
  accept: { en: "Yes, track my order", ko: "네, 배송 조회할게요" },
};

export const orderTracking: SkillDefinition = {
  id: "order_tracking",
  name: "Order tracking",
  overview: "Tells shoppers where their order is, in real time, with an inline order card.",
  whenUsed: "A shopper asks where an order is, whether it has shipped, for a tracking number or a delivery date.",
  howItResponds:
    "Finds the shopper's order by number or their latest order, and answers with its status, carrier, tracking number and link, and estimated delivery. Only a logged-in customer or a guest who gives the order number with its email sees an order.",
  shopperTopic: { en: "Where my order is", ko: "배송 조회" },
  policy: POLICY,
  tools: ["shopify.findOrderByNumber", "shopify.recentOrders", "shopify.order"],
  needsLogin: "yes",
  prerequisites: [],
  async handle(ctx) {
    const lookup = await lookupShopperOrder(ctx);
    if (lookup.kind !== "found") return orderLookupReply(ctx, lookup);
    const { order } = lookup;
    const { language } = ctx;
    const shipment = latestShipment(order);
    const tracking = shipment?.trackingInfo[0];
    const facts = {
      order: order.name,
      status: orderStatusLabel(order, language),
      placedAt: order.processedAt,
      carrier: tracking?.company ?? null,
      trackingNumber: tracking?.number ?? null,
      trackingUrl: tracking?.url ?? null,
      estimatedDeliveryAt: shipment?.estimatedDeliveryAt ?? null,
      deliveredAt: shipment?.deliveredAt ?? null,
      cancelledAt: order.cancelledAt,
    };
    const params = { name: order.name, date: placedOn(order, language), carrier: facts.carrier ?? "", number: facts.trackingNumber ?? "" };

    let text: string;
    if (order.cancelledAt) {
      text = say(language, { en: "Order {name} was cancelled on {when}.", ko: "주문 {name}은(는) {when}에 취소되었어요." }, { ...params, when: formatDate(order.cancelledAt, language) });
    } else if (!shipment) {
      text = say(language, {
        en: "Order {name} (placed {date}) is being prepared and hasn't shipped yet. You'll get an email with tracking as soon as it ships.",
        ko: "주문 {name}({date} 주문)은 상품 준비 중이며 아직 발송 전이에요. 발송되면 운송장 정보를 이메일로 보내 드려요.",
      }, params);
    } else if (shipment.deliveredAt) {
      text = say(language, { en: "Order {name} was delivered on {when} by {carrier}.", ko: "주문 {name}은(는) {when}에 {carrier}(으)로 배송 완료되었어요." }, { ...params, when: formatDate(shipment.deliveredAt, language) });
    } else {
      text = say(language, { en: "Here's the latest on order {name}: {status} with {carrier}, tracking number {number}.", ko: "주문 {name}은(는) 현재 {status} 상태예요. 택배사: {carrier}, 운송장 번호: {number}." }, { ...params, status: facts.status.toLowerCase() });
      if (shipment.estimatedDeliveryAt) {
        text += " " + say(language, { en: "Estimated delivery: {eta}.", ko: "도착 예정일: {eta}." }, { eta: formatDate(shipment.estimatedDeliveryAt, language) });
      }
      if (tracking?.url) text += " " + say(language, { en: "Track it here: {url}", ko: "배송 조회: {url}" }, { url: tracking.url });
    }

    const actions: CardAction[] = [];
    if (tracking?.url) actions.push({ kind: "link", label: say(language, { en: "Track package", ko: "배송 조회" }), url: tracking.url });
    actions.push(statusPageLink(order, language));
    if (shipment?.deliveredAt) actions.push({ kind: "reply", label: say(language, { en: "Start a return", ko: "반품 신청" }), text: say(language, { en: "I want to return something from {name}", ko: "{name} 주문 반품하고 싶어요" }, params) });
    if (isUnfulfilled(order)) {
      actions.push({
        kind: "confirm",
        label: say(language, { en: "Cancel order", ko: "주문 취소" }),
        text: say(language, { en: "Cancel order {name}", ko: "주문 {name} 취소해 주세요" }, params),
        warning: say(language, { en: "Cancelling can't be undone.", ko: "취소는 되돌릴 수 없어요." }),
      });
    }
    return { outcome: "resolved", text, facts, card: orderCard(order, language, actions), remember: lookup.remember };
  },
};
