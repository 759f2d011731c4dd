import type { OrderCard } from "../cards";
import type { CardAction } from "../cards";
import { formatDate, say } from "../language";
import type { OrderDetails } from "../../shopify/operations/order-fields";
import { ORDER_STATUS, shipmentStatusLabel, shipmentStatusPhrase } from "../status-words";
import type { OrderLookupResult } from "../tools/shopper-orders";
import type { Language, SkillContext, SkillResult } from "../types";

/** The replies every order skill gives when it cannot show an order yet — one wording, so no skill leaks more. */
export function orderLookupReply(ctx: SkillContext, lookup: Exclude<OrderLookupResult, { kind: "found" }>): SkillResult {
  const { language } = ctx;
  const base = { facts: { lookup: lookup.kind }, remember: lookup.remember };
  switch (lookup.kind) {
    case "needs_identity":
      return {
        ...base,
        outcome: "needs_input",
        text: say(language, {
          en: "I can look that up. Please log in to your account, or send me your order number together with the email address you used at checkout (for example: #1001 jane@example.com).",
          ko: "확인해 드릴게요. 계정에 로그인하시거나, 주문 번호와 주문 시 사용하신 이메일 주소를 함께 보내 주세요 (예: #1001 jane@example.com).",
        }),
      };
    case "verification_failed":
      return {
        ...base,
        outcome: "needs_input",
        text: say(language, {
          en: "I couldn't match that order number with that email address. Please check both and try again, or log in to your account.",
          ko: "주문 번호와 이메일 주소가 일치하는 주문을 찾지 못했어요. 두 가지를 다시 확인해 주시거나 계정에 로그인해 주세요.",
        }),
      };
    case "verification_locked":
      return {
        ...base,
        outcome: "handed_off",
        handoff: { reason: "guest order verification failed too many times" },
        text: say(language, {
          en: "For your security I can't try more order lookups right now. I've passed this conversation to our team, and a person will follow up with you.",
          ko: "보안을 위해 지금은 주문 조회를 더 시도할 수 없어요. 상담팀에 대화를 전달했으니 담당자가 곧 연락드릴 거예요.",
        }),
      };
    case "not_found":
      return {
        ...base,
        outcome: "needs_input",
        text: say(language, {
          en: "I couldn't find order #{number} on your account. Could you check the number? It's in your order confirmation email.",
          ko: "고객님 계정에서 주문 #{number}을(를) 찾지 못했어요. 주문 확인 이메일에 있는 번호를 다시 확인해 주시겠어요?",
        }, { number: lookup.orderNumber ?? "" }),
      };
    case "no_orders":
      return {
        ...base,
        outcome: "resolved",
        text: say(language, {
          en: "I don't see any orders on your account yet. If you ordered as a guest, send me the order number and the email you used.",
          ko: "아직 계정에 주문 내역이 없어요. 비회원으로 주문하셨다면 주문 번호와 사용하신 이메일을 보내 주세요.",
        }),
      };
  }
}

/** A shopper-facing status word for an order, from Shopify's fulfillment and cancellation state. */
export function orderStatusLabel(order: OrderDetails, language: Language): string {
  if (order.cancelledAt) return say(language, ORDER_STATUS.cancelled);
  const shipment = latestShipment(order);
  // A cancelled shipment says nothing about the order itself: the order's own state does.
  const shipped = shipment?.displayStatus === "CANCELED" ? null : shipmentStatusPhrase(shipment?.displayStatus);
  if (shipped) return say(language, shipped);
  if (order.displayFulfillmentStatus === "ON_HOLD") return say(language, ORDER_STATUS.onHold);
  if (order.displayFulfillmentStatus === "PARTIALLY_FULFILLED") return say(language, ORDER_STATUS.partlyShipped);
  return say(language, ORDER_STATUS.beingPrepared);
}

export function latestShipment(order: OrderDetails) {
  return [...order.fulfillments].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

/** Nothing of the order has shipped and it is not cancelled: the window for changes and cancellation. */
export const isUnfulfilled = (order: OrderDetails) =>
  !order.cancelledAt && order.fulfillments.length === 0 && ["UNFULFILLED", "ON_HOLD", "SCHEDULED"].includes(order.displayFulfillmentStatus);

export function orderCard(order: OrderDetails, language: Language, actions: CardAction[]): OrderCard {
  return {
    type: "order",
    orderId: order.id,
    name: order.name,
    placedAt: order.processedAt,
    status: orderStatusLabel(order, language),
    total: order.totalPriceSet.shopMoney,
    items: order.lineItems.nodes.map((item) => ({
      title: item.variantTitle ? `${item.title} — ${item.variantTitle}` : item.title,
      quantity: item.quantity,
      imageUrl: item.image?.url ?? null,
    })),
    shipments: order.fulfillments.map((f) => ({
      status: f.displayStatus ?? f.status,
      statusLabel: shipmentStatusLabel(f.displayStatus ?? f.status, language),
      carrier: f.trackingInfo[0]?.company ?? null,
      trackingNumber: f.trackingInfo[0]?.number ?? null,
      trackingUrl: f.trackingInfo[0]?.url ?? null,
      estimatedDeliveryAt: f.estimatedDeliveryAt,
      deliveredAt: f.deliveredAt,
    })),
    statusPageUrl: order.statusPageUrl,
    actions,
  };
}

/** The card button to the order's status page on the storefront (Shopify's own page for the order). */
export function statusPageLink(order: Pick<OrderDetails, "statusPageUrl">, language: Language): CardAction {
  return { kind: "link", label: say(language, { en: "Order status page", ko: "주문 상태 페이지" }), url: order.statusPageUrl };
}

export const placedOn = (order: OrderDetails, language: Language) => formatDate(order.processedAt, language);
