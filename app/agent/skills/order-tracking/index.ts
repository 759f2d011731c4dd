import type { CardAction } from "../../cards";
import { currentShipment, isChangeable, isInFlight } from "../../../models/order";
import { say } from "../../language";
import { lookupShopperOrder, ORDER_IDENTITY_SLOT } from "../../tools/shopper-orders";
import type { SkillDefinition, SkillPolicy } from "../definition";
import { needsPerson, orderCard, orderLookupReply, orderSituation, orderStatusLabel, statusPageLink } from "../order-replies";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

/** What this skill says about its policy (see SkillPolicy). */
const POLICY: SkillPolicy = {
  topic: "shipping",
  summary: { en: "How long does shipping take?", ko: "배송은 며칠 걸리나요?" },
  offer: { en: "Want me to check where your order is?", ko: "주문하신 상품이 어디쯤 있는지 확인해 드릴까요?" },
  accept: { en: "Yes, track my order", ko: "네, 배송 조회할게요" },
};

export const orderTracking: SkillDefinition = {
  id: "order_tracking",
  name: ROUTE_LABEL_NAMES.order_tracking.en,
  overview: "Tells shoppers where their order is, in real time, with an inline order card.",
  whenUsed: "A shopper asks where an order is, whether it has shipped, for a tracking number or a delivery date, or why an order is on hold, late, missing an item or was not delivered.",
  howItResponds:
    "Finds the order the shopper means — by number, by an item in it or by when it was placed, else the one still on its way, asking which when several are — and answers with its status, carrier, tracking number and link, and estimated delivery. Holds, partial shipments, attempted and failed deliveries are explained with what happens next; a failed delivery goes to your team. Only a logged-in customer or a guest who gives the order number with its email sees an order.",
  shopperTopic: { en: "Where my order is", ko: "배송 조회" },
  policy: POLICY,
  tools: ["shopify.findOrderByNumber", "shopify.recentOrders", "shopify.order", "shopify.loginUrl"],
  needsLogin: "yes",
  prerequisites: [],
  slots: ORDER_IDENTITY_SLOT,
  async handle(ctx) {
    // "Where is my order?" means one still on its way; with none on its way, the latest.
    const lookup = await lookupShopperOrder(ctx, isInFlight);
    if (lookup.kind !== "found") return orderLookupReply(ctx, lookup);
    const { order } = lookup;
    const { language } = ctx;
    const shipment = currentShipment(order);
    const facts = {
      order: order.name,
      status: orderStatusLabel(order, language),
      hold: order.status.kind === "on_hold" || order.status.kind === "partially_shipped" ? order.status.hold : null,
      placedAt: order.placedAt,
      carrier: shipment?.carrier ?? null,
      trackingNumber: shipment?.trackingNumber ?? null,
      trackingUrl: shipment?.trackingUrl ?? null,
      estimatedDeliveryAt: shipment?.estimatedDeliveryAt ?? null,
      deliveredAt: shipment?.deliveredAt ?? null,
      waitingItems: order.items.filter((item) => item.unshippedQuantity > 0).map((item) => item.title),
    };
    const params = { name: order.name };
    const actions: CardAction[] = [];
    if (shipment?.trackingUrl) actions.push({ kind: "link", label: say(language, { en: "Track package", ko: "배송 조회" }), url: shipment.trackingUrl });
    actions.push(statusPageLink(order, language));
    if (shipment?.status === "delivered") actions.push({ kind: "reply", label: say(language, { en: "Start a return", ko: "반품 신청" }), text: say(language, { en: "I want to return something from {name}", ko: "{name} 주문 반품하고 싶어요" }, params) });
    const holdsAddress = order.status.kind === "on_hold" && order.status.hold.reason === "address";
    if (holdsAddress) actions.push({ kind: "reply", label: say(language, { en: "Change the address", ko: "주소 변경" }), text: say(language, { en: "Change the shipping address of order {name}", ko: "주문 {name} 배송지 변경해 주세요" }, params) });
    if (isChangeable(order)) {
      // Starts the cancellation; the preview that follows asks for the one confirmation.
      actions.push({ kind: "reply", label: say(language, { en: "Cancel order", ko: "주문 취소" }), text: say(language, { en: "Cancel order {name}", ko: "주문 {name} 취소해 주세요" }, params) });
    }
    const text = orderSituation(order, language);
    const card = orderCard(order, language, actions);
    // A parcel going back to the store needs a person to arrange a replacement or a refund.
    if (needsPerson(order)) return { outcome: "handed_off", text, facts, card, handoff: { reason: `delivery of ${order.name} failed; replacement or refund to arrange` }, remember: lookup.remember };
    return { outcome: "resolved", text, facts, card, remember: lookup.remember };
  },
};
