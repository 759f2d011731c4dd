import { currentShipment, itemLabel, type CancelReason, type Hold, type Order, type OrderItem } from "../../models/order";
import type { CardAction, OrderCard } from "../cards";
import { formatDate, joinList, say, type Phrase } from "../language";
import { loginLink } from "../login";
import { orderStatusPhrase, shipmentStatusLabel } from "../status-words";
import type { OrderLookupResult } from "../tools/shopper-orders";
import type { Language, SkillContext, SkillResult } from "../types";

/**
 * The replies every order skill gives when it cannot show an order yet — one wording, so no skill leaks more. A guest
 * asked to log in gets the link to the storefront's login page.
 */
export async function orderLookupReply(ctx: SkillContext, lookup: Exclude<OrderLookupResult, { kind: "found" }>): Promise<SkillResult> {
  const { language } = ctx;
  const base = { facts: { lookup: lookup.kind }, remember: lookup.remember };
  const askToLogIn = async (phrase: Phrase): Promise<SkillResult> => {
    const login = await loginLink(ctx);
    return { ...base, outcome: "needs_input", text: say(language, phrase, { url: login.url }), facts: { ...base.facts, loginUrl: login.url }, card: login.card };
  };
  switch (lookup.kind) {
    case "needs_identity":
      return askToLogIn({
        en: "I can look that up. Please log in to your account at {url}, or send me your order number together with the email address you used at checkout (for example: #1001 jane@example.com).",
        ko: "확인해 드릴게요. {url} 에서 계정에 로그인하시거나, 주문 번호와 주문 시 사용하신 이메일 주소를 함께 보내 주세요 (예: #1001 jane@example.com).",
      });
    case "verification_failed":
      return askToLogIn({
        en: "I couldn't match that order number with that email address. Please check both and try again, or log in to your account at {url}.",
        ko: "주문 번호와 이메일 주소가 일치하는 주문을 찾지 못했어요. 두 가지를 다시 확인해 주시거나 {url} 에서 계정에 로그인해 주세요.",
      });
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
    case "ambiguous":
      return {
        ...base,
        outcome: "needs_input",
        text: say(language, { en: "Which order do you mean?", ko: "어떤 주문을 말씀하시는 건가요?" }) + "\n" + lookup.candidates.map((order) => `- ${orderChoice(order, language)}`).join("\n"),
        facts: { lookup: lookup.kind, candidates: lookup.candidates.map((order) => order.name) },
        quickReplies: lookup.candidates.map((order) => orderChoice(order, language)),
      };
  }
}

/** One order as a choice: "#1016 · Firefly 20° Down Sleeping Bag · Delivered" — its number, what is in it, where it is. */
export function orderChoice(order: Order, language: Language): string {
  const items = order.items.map((item) => item.title);
  const shown = items.length > 2 ? [...items.slice(0, 2), say(language, { en: "{n} more", ko: "외 {n}개" }, { n: items.length - 2 })] : items;
  return `${order.name} · ${shown.join(", ")} · ${orderStatusLabel(order, language)}`;
}

/** A shopper-facing status word for an order (status-words.ts), the same in every skill's reply and card. */
export const orderStatusLabel = (order: Order, language: Language) => say(language, orderStatusPhrase(order.status));

/** Why an order is held, in the store's general words, and what the shopper can do or expect next. */
const HOLDS: Record<Hold["reason"], { why: Phrase; next: Phrase | null }> = {
  address: {
    why: { en: "We couldn't verify the shipping address.", ko: "배송지 주소를 확인하지 못했어요." },
    next: { en: "Reply with the correct address (or confirm the current one) and it ships as soon as it's confirmed.", ko: "올바른 주소를 보내 주시거나 현재 주소가 맞는지 확인해 주시면 바로 발송해 드려요." },
  },
  payment: {
    why: { en: "We're waiting for your payment to clear.", ko: "결제 확인을 기다리고 있어요." },
    next: { en: "It ships as soon as the payment is confirmed.", ko: "결제가 확인되면 바로 발송돼요." },
  },
  fraud_review: {
    why: { en: "Our team is reviewing it before it ships, which we do for some orders.", ko: "발송 전에 상담팀이 주문을 확인하고 있어요." },
    next: { en: "They'll email you if they need anything.", ko: "필요한 것이 있으면 이메일로 연락드릴 거예요." },
  },
  out_of_stock: {
    why: { en: "An item is waiting to be restocked.", ko: "상품 재입고를 기다리고 있어요." },
    next: { en: "It ships as soon as it's back in stock.", ko: "재입고되면 바로 발송돼요." },
  },
  delivery_date: {
    why: { en: "It's waiting for a delivery date.", ko: "배송 날짜를 정하는 중이에요." },
    next: { en: "It ships as soon as the date is set.", ko: "날짜가 정해지면 발송돼요." },
  },
  awaiting_return: {
    why: { en: "It's waiting for the items you're sending back.", ko: "반송하시는 상품을 기다리고 있어요." },
    next: { en: "It ships once they're scanned in.", ko: "도착이 확인되면 발송돼요." },
  },
  other: {
    why: { en: "Our team is holding it for now.", ko: "현재 상담팀에서 보류 중이에요." },
    next: { en: "A person can tell you why and what happens next.", ko: "담당자가 이유와 다음 절차를 안내해 드릴 수 있어요." },
  },
};

/**
 * Why the order (or its unshipped part) waits and what happens next. The store's own note says why when it wrote
 * one (it is in the store's language, so only English replies quote it).
 */
export function holdExplained(hold: Hold, language: Language): string {
  const { why, next } = HOLDS[hold.reason];
  const reason = hold.notes && language === "en" ? hold.notes : say(language, why);
  return next ? `${reason} ${say(language, next)}` : reason;
}

/** Why an order was cancelled, as a clause after "was cancelled on <date>"; none for a staff or unstated reason. */
const CANCEL_REASONS: Partial<Record<CancelReason, Phrase>> = {
  customer: { en: " at your request", ko: " 요청에 따라" },
  declined: { en: " because the card issuer declined the payment", ko: " 카드사에서 결제를 거절하여" },
  inventory: { en: " because an item was out of stock", ko: " 상품 재고가 없어" },
  fraud: { en: " after a review by our team", ko: " 상담팀 확인 후" },
};

/** What happened to the money after a cancellation. */
const MONEY_AFTER_CANCEL: Record<Order["refund"], Phrase | null> = {
  full: { en: "Your payment was refunded to your original payment method.", ko: "결제 금액은 원래 결제 수단으로 환불되었어요." },
  partial: { en: "Part of your payment was refunded to your original payment method.", ko: "결제 금액 일부가 원래 결제 수단으로 환불되었어요." },
  voided: { en: "Nothing was charged.", ko: "결제된 금액은 없어요." },
  none: null,
};

const itemsList = (items: OrderItem[], language: Language) =>
  joinList(items.map((item) => (item.quantity > 1 ? `${itemLabel(item)} ×${item.quantity}` : itemLabel(item))), language);

/**
 * Where the order stands, in sentences, with what happens next — the one description of an order's state. Order
 * tracking answers with it; editing and returns quote it when the state is why they cannot act.
 */
export function orderSituation(order: Order, language: Language): string {
  const { status } = order;
  const params = { name: order.name, date: formatDate(order.placedAt, language) };
  switch (status.kind) {
    case "cancelled": {
      const why = status.reason && CANCEL_REASONS[status.reason];
      const cancelled = say(language, { en: "Order {name} was cancelled on {when}{why}.", ko: "주문 {name}은(는) {when}에{why} 취소되었어요." }, { ...params, when: formatDate(status.at, language), why: why ? say(language, why) : "" });
      const money = MONEY_AFTER_CANCEL[status.refund];
      return money ? `${cancelled} ${say(language, money)}` : cancelled;
    }
    case "on_hold":
      return `${say(language, { en: "Order {name} (placed {date}) is on hold and hasn't shipped yet.", ko: "주문 {name}({date} 주문)은 현재 보류 중이며 아직 발송 전이에요." }, params)} ${holdExplained(status.hold, language)}`;
    case "unfulfilled": {
      const text = status.packing
        ? say(language, { en: "Order {name} (placed {date}) is being packed and hasn't shipped yet. You'll get an email with tracking as soon as it ships.", ko: "주문 {name}({date} 주문)은 포장 중이며 아직 발송 전이에요. 발송되면 운송장 정보를 이메일로 보내 드려요." }, params)
        : say(language, { en: "Order {name} (placed {date}) is being prepared and hasn't shipped yet. You'll get an email with tracking as soon as it ships.", ko: "주문 {name}({date} 주문)은 상품 준비 중이며 아직 발송 전이에요. 발송되면 운송장 정보를 이메일로 보내 드려요." }, params);
      return order.paymentPending ? `${text} ${holdExplained({ reason: "payment", notes: null }, language)}` : text;
    }
    case "partially_shipped": {
      const waiting = order.items.filter((item) => item.unshippedQuantity > 0);
      const shipped = order.items.filter((item) => item.shipment);
      const shipment = currentShipment(order);
      const parts = [
        say(language, { en: "Part of order {name} has shipped: {items}", ko: "주문 {name}의 일부 상품이 발송되었어요: {items}" }, { ...params, items: itemsList(shipped, language) }) +
          (shipment ? ` — ${shipmentSentence(shipment, language)}` : "."),
        say(language, { en: "Not shipped yet: {items}.", ko: "아직 발송 전: {items}." }, { items: itemsList(waiting, language) }),
      ];
      if (status.hold) parts.push(holdExplained(status.hold, language));
      if (status.expectedShipBy) parts.push(say(language, { en: "Expected to ship by {when}.", ko: "{when}까지 발송될 예정이에요." }, { when: formatDate(status.expectedShipBy, language) }));
      return parts.join(" ");
    }
    case "shipped": {
      const shipment = currentShipment(order)!;
      const arrived = shipment.status === "delivered" || shipment.status === "picked_up";
      const lead = arrived ? { en: "Order {name} was", ko: "주문 {name}은(는)" } : { en: "Here's the latest on order {name}:", ko: "주문 {name}의 최신 배송 정보예요:" };
      return `${say(language, lead, params)} ${shipmentSentence(shipment, language)}`;
    }
  }
}

/** One shipment's state and what happens next, as a sentence after "Here's the latest on order #1031:" or "Order #1031 was". */
function shipmentSentence(shipment: NonNullable<ReturnType<typeof currentShipment>>, language: Language): string {
  const params = {
    carrier: shipment.carrier ?? say(language, { en: "the carrier", ko: "택배사" }),
    number: shipment.trackingNumber ?? "",
    url: shipment.trackingUrl ?? "",
    eta: shipment.estimatedDeliveryAt ? formatDate(shipment.estimatedDeliveryAt, language) : "",
    when: shipment.deliveredAt ? formatDate(shipment.deliveredAt, language) : "",
    status: shipmentStatusLabel(shipment.status, language),
  };
  const track = shipment.trackingUrl ? " " + say(language, { en: "Track it here: {url}", ko: "배송 조회: {url}" }, params) : "";
  const eta = shipment.estimatedDeliveryAt ? " " + say(language, { en: "Estimated delivery: {eta}.", ko: "도착 예정일: {eta}." }, params) : "";
  switch (shipment.status) {
    case "delivered":
    case "picked_up":
      return say(language, shipment.trackingNumber
        ? { en: "delivered on {when} by {carrier} (tracking number {number}).", ko: "{when}에 {carrier}(으)로 배송 완료되었어요 (운송장 번호 {number})." }
        : { en: "delivered on {when} by {carrier}.", ko: "{when}에 {carrier}(으)로 배송 완료되었어요." }, params);
    case "attempted":
      return say(language, {
        en: "{carrier} tried to deliver it but couldn't. They usually try again the next business day — make sure someone can sign for it, or check for a notice.",
        ko: "{carrier}에서 배송을 시도했지만 전달하지 못했어요. 보통 다음 영업일에 다시 배송을 시도해요. 수령 가능하도록 해 주시거나 부재 안내문을 확인해 주세요.",
      }, params) + track;
    case "failed":
      return say(language, {
        en: "{carrier} couldn't deliver it and the parcel is going back to us (tracking number {number}). We'll send a replacement or a refund — a person from our team will sort it out with you.",
        ko: "{carrier}에서 배송하지 못해 상품이 저희에게 반송되고 있어요 (운송장 번호 {number}). 재발송 또는 환불을 도와드리며, 상담팀 담당자가 안내해 드릴 거예요.",
      }, params);
    case "delayed":
      return say(language, { en: "delayed in transit with {carrier} (tracking number {number}).", ko: "{carrier} 배송이 지연되고 있어요 (운송장 번호 {number})." }, params) + eta + track;
    default:
      return say(language, { en: "{status} with {carrier}, tracking number {number}.", ko: "현재 {status} 상태예요. 택배사: {carrier}, 운송장 번호: {number}." }, { ...params, status: language === "en" ? params.status.toLowerCase() : params.status }) + eta + track;
  }
}

/** A failed delivery needs a person to choose a replacement or refund; nothing else about an order does. */
export const needsPerson = (order: Order) => order.status.kind === "shipped" && order.status.shipment === "failed";

export function orderCard(order: Order, language: Language, actions: CardAction[]): OrderCard {
  return {
    type: "order",
    orderId: order.id,
    name: order.name,
    placedAt: order.placedAt,
    status: orderStatusLabel(order, language),
    total: order.total,
    items: order.items.map((item) => ({ title: itemLabel(item), quantity: item.quantity, imageUrl: item.imageUrl })),
    shipments: order.shipments.map((s) => ({
      status: s.shopifyStatus,
      statusLabel: shipmentStatusLabel(s.status, language),
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
      trackingUrl: s.trackingUrl,
      estimatedDeliveryAt: s.estimatedDeliveryAt,
      deliveredAt: s.deliveredAt,
    })),
    statusPageUrl: order.statusPageUrl,
    actions,
  };
}

/** The card button to the order's status page on the storefront (Shopify's own page for the order). */
export function statusPageLink(order: Pick<Order, "statusPageUrl">, language: Language): CardAction {
  return { kind: "link", label: say(language, { en: "Order status page", ko: "주문 상태 페이지" }), url: order.statusPageUrl };
}
