import { deliveredAt, isChangeable, type Order } from "../../../models/order";
import { colourIn, sameColour } from "../../extractors/colour";
import { itemsMentioned } from "../../extractors/item-mention";
import { sameSize, sizeIn } from "../../extractors/size";
import { actionDone, actionHandoff, actionNoLongerPossible, propose } from "../../actions";
import type { CardAction, ReturnCard } from "../../cards";
import { loginLink } from "../../login";
import type { PendingAction } from "../../conversation-state";
import { formatDate, joinList, say, type Phrase } from "../../language";
import type { ProviderReturnStatus, ReturnsProvider } from "../../tools/providers";
import type { OrderReturnSummary, ReturnableItem } from "../../tools/shopify";
import { lookupShopperOrder, ORDER_IDENTITY_SLOT } from "../../tools/shopper-orders";
import type { SkillContext, SkillResult } from "../../types";
import type { ReturnReason } from "../../../shopify/operations/return-request";
import type { SkillDefinition, SkillPolicy } from "../definition";
import { orderLookupReply, orderSituation, statusPageLink } from "../order-replies";
import { policyPassage } from "../policy";
import { eligibilityLine, eligibilityOf, returnWindows } from "./return-eligibility";
import { returnReasonIn } from "./return-reasons";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

const STATUS_INTENT = /\bstatus\b|\bupdate on\b|\bwhere(?:'s| is) my (?:return|refund|exchange)\b|\bdid (?:you|u)(?: guys)?(?: ever)? (?:get|receive|process)\b|\bprocess(?:ed)? (?:my|the) (?:return|refund)\b|\bprocessed\b|\b(?:refund|return) yet\b|반품 상태|교환 상태|진행 상황|환불 언제|환불.*(?:됐|되었|처리)/i;
const EXCHANGE_INTENT = /\bexchange\b|\bswap\b|\bdifferent size\b|\bbigger size\b|\bsmaller size\b|교환|다른 사이즈/i;
const START_INTENT = /\breturn\b|\bsend (?:it |them )?back\b|\brefund\b|\bexchange\b|\bswap\b|반품|교환|환불/i;

/** The item to send back and, for an exchange, the variant wanted instead (null: a return for a refund). */
type Plan = { item: ReturnableItem; exchangeFor: { id: string; title: string } | null };

/** What this skill says about its policy (see SkillPolicy). */
const POLICY: SkillPolicy = {
  topic: "returns",
  summary: { en: "How many days do I have to return an item?", ko: "반품은 며칠 안에 할 수 있나요?" },
  offer: { en: "Want me to start a return or exchange for one of your orders?", ko: "주문하신 상품의 반품이나 교환을 바로 신청해 드릴까요?" },
  accept: { en: "Yes, start a return", ko: "네, 반품 신청할게요" },
};

export const returnsExchanges: SkillDefinition = {
  id: "returns_exchanges",
  name: ROUTE_LABEL_NAMES.returns_exchanges.en,
  overview: "Checks what can be returned item by item, starts returns and exchanges, and tells shoppers where their return stands.",
  whenUsed: "A shopper wants to return or exchange an item, asks whether something can be returned, asks about refunds or about a return they started.",
  howItResponds:
    "Checks which items of the shopper's order Shopify still allows to be returned and quotes your return & exchange policy. For a logged-in customer it requests the return or exchange in Shopify — after showing the item, the reason and getting an explicit yes, then re-reading the order's returns — or, when your returns provider owns returns, links to its portal. It reports a return's status from Shopify or your returns provider.",
  shopperTopic: { en: "A return, exchange or refund", ko: "반품·교환·환불" },
  policy: POLICY,
  tools: ["shopify.findOrderByNumber", "shopify.recentOrders", "shopify.order", "shopify.returnableItems", "shopify.exchangeVariants", "shopify.requestReturn", "shopify.orderReturns", "knowledge.answer", "providers.returns", "shopify.loginUrl"],
  needsLogin: "yes",
  prerequisites: [{ kind: "knowledge", topic: "returns", missing: "Needs return & exchange policy content" }],
  act: requestReturn,
  slots: {
    ...ORDER_IDENTITY_SLOT,
    // A size or colour ("the large one in navy if you have it"), or a short variant name ("Regular"); a question is a new one.
    exchange_variant: (text) => (sizeIn(text) !== null || colourIn(text) !== null || text.trim().length <= 40) && !/\?$/.test(text.trim()),
  },
  async handle(ctx) {
    const { language } = ctx;
    const policy = await policyPassage(ctx, POLICY);
    const sources = policy ? [policy.source] : [];
    const windows = await returnWindows(ctx);
    const provider = ctx.tools.providers.returns;
    const asksStatus = STATUS_INTENT.test(ctx.message);
    // "Any update on my return?" means an order with a return; "I want to return…" one with something delivered.
    const lookup = await lookupShopperOrder(ctx, asksStatus ? hasOpenReturn : (order) => order.items.some((item) => eligibilityOf(item, windows, ctx.now, null).kind === "returnable"));
    // Several orders with an open return: where each stands, rather than asking which.
    if (asksStatus && lookup.kind === "ambiguous") return returnStatus(ctx, lookup.candidates, provider, sources, { choosingOrder: null });
    if (lookup.kind !== "found") {
      // The policy is public: answer it even before we know the shopper's order.
      const reply = await orderLookupReply(ctx, lookup);
      return policy && lookup.kind === "needs_identity"
        ? { ...reply, text: `${policy.text}\n\n${reply.text}`, facts: { ...reply.facts, policy: policy.text }, sources }
        : reply;
    }
    const { order } = lookup;
    const params = { name: order.name };
    const remember = { ...lookup.remember, collecting: null };
    if (asksStatus) return returnStatus(ctx, [order], provider, sources, remember);
    if (order.status.kind === "cancelled") {
      return { outcome: "resolved", text: orderSituation(order, language), facts: { order: order.name, cancelled: true }, sources, remember };
    }
    if (!order.items.some((item) => deliveredAt(item) !== null)) {
      // Nothing has arrived: the return window has not started, so nothing is "too late" yet.
      const later = windows.returnDays
        ? say(language, { en: "Its items can be returned within {days} days once they're delivered.", ko: "상품을 받으신 날부터 {days}일 안에 반품하실 수 있어요." }, { days: windows.returnDays })
        : say(language, { en: "Its items can be returned once they're delivered.", ko: "상품을 받으신 후에 반품하실 수 있어요." });
      return {
        outcome: "resolved",
        text: `${orderSituation(order, language)}\n\n${later}`,
        facts: { order: order.name, delivered: false, returnWindowDays: windows.returnDays },
        quickReplies: isChangeable(order) ? [say(language, { en: "Cancel order {name}", ko: "주문 {name} 취소해 주세요" }, params)] : [],
        sources,
        remember,
      };
    }

    const shopifyReturnable = await ctx.tools.shopify.returnableItems(order.id);
    const eligibility = order.items.map((item) => eligibilityOf(item, windows, ctx.now, shopifyReturnable));
    const items = eligibility.flatMap((e) => (e.kind === "returnable" && e.returnable ? [e.returnable] : []));
    const eligibilityLines = eligibility.map((e) => `- ${eligibilityLine(e, language)}`).join("\n");
    const facts = { order: order.name, eligibility: eligibility.map((e) => ({ item: e.item.title, kind: e.kind, returnUntil: e.kind === "returnable" ? e.returnUntil : null, exchangeUntil: e.kind === "returnable" ? e.exchangeUntil : null })), policy: policy?.text ?? null, provider: provider?.name ?? "shopify" };
    const withPolicy = (text: string) => text + (policy ? `\n\n${policy.text}` : "");
    const summary = say(language, { en: "Order {name}:", ko: "주문 {name}:" }, params) + "\n" + eligibilityLines;
    if (items.length === 0) {
      return {
        outcome: "resolved",
        text: withPolicy(say(language, { en: "Nothing on order {name} can be returned right now:", ko: "주문 {name}에는 지금 반품할 수 있는 상품이 없어요:" }, params) + "\n" + eligibilityLines),
        facts,
        card: returnCard(order, [], null, policy?.text ?? null, []),
        sources,
        remember,
      };
    }

    // A connected returns provider owns returns: the shopper starts them in its portal, which knows its own rules.
    if (provider) {
      const portalUrl = await provider.portalLink({ name: order.name, email: order.email, zip: order.shippingAddress?.zip ?? null });
      return {
        outcome: "resolved",
        text: withPolicy(`${summary}\n\n${say(language, { en: "Start your return or exchange here: {url}", ko: "여기에서 반품이나 교환을 시작하세요: {url}" }, { url: portalUrl })}`),
        facts: { ...facts, portalUrl },
        card: returnCard(order, items, portalUrl, policy?.text ?? null, [{ kind: "link", label: say(language, { en: "Start a return", ko: "반품 시작하기" }), url: portalUrl }]),
        sources,
        remember,
      };
    }

    const collecting = ctx.state.collecting?.skill === "returns_exchanges" && ctx.state.collecting.kind === "exchange_variant" ? ctx.state.collecting : null;
    const mentioned = itemsMentioned(ctx.message, items);
    const named = mentioned.length === 1 ? mentioned[0]! : collecting ? items.find((i) => i.fulfillmentLineItemId === collecting.targetId) ?? null : null;
    const onlyOne = items.length === 1 ? items[0]! : null;
    const chosen = named ?? (START_INTENT.test(ctx.message) ? onlyOne : null);
    // A guest sees what can go back and is asked to log in to start (below); only a customer gets a preview.
    if (chosen && ctx.identity.customerId && (START_INTENT.test(ctx.message) || collecting)) {
      const item = chosen;
      const exchange = Boolean(collecting) || EXCHANGE_INTENT.test(ctx.message);
      if (!exchange) return proposeReturn(ctx, order, { item, exchangeFor: null }, policy?.text ?? null, sources, remember);
      const variants = item.productId ? (await ctx.tools.shopify.exchangeVariants(item.productId)).filter((v) => v.id !== item.variantId) : [];
      const wanted = variantNamed(ctx.message, variants);
      if (wanted) return proposeReturn(ctx, order, { item, exchangeFor: wanted }, policy?.text ?? null, sources, remember);
      if (variants.length === 0) {
        return {
          outcome: "resolved",
          text: say(language, { en: "{item} has no other size or colour in stock right now, so it can't be exchanged — I can start a return for it instead.", ko: "{item}은(는) 지금 다른 사이즈나 색상의 재고가 없어 교환할 수 없어요. 대신 반품을 신청해 드릴 수 있어요." }, { item: item.title }),
          facts: { ...facts, exchangeable: false },
          quickReplies: [say(language, { en: "Return {item}", ko: "{item} 반품" }, { item: item.title })],
          sources,
          remember,
        };
      }
      return {
        outcome: collecting ? "unanswered" : "needs_input",
        text: say(language, { en: "Which one would you like instead of {item}? In stock: {list}.", ko: "{item} 대신 어떤 옵션으로 교환할까요? 재고 있음: {list}." }, { item: item.title, list: joinList(variants.map((v) => v.title), language) }),
        facts: { ...facts, awaiting: "exchange_variant", options: variants.map((v) => v.title) },
        quickReplies: variants.slice(0, 6).map((v) => v.title),
        sources,
        remember: { ...lookup.remember, collecting: { skill: "returns_exchanges", kind: "exchange_variant", targetId: item.fulfillmentLineItemId } },
      };
    }

    // Which item? Each gets its own buttons; a guest sees what is eligible and is asked to log in to start.
    const login = ctx.identity.customerId ? null : await loginLink(ctx);
    const actions: CardAction[] = !login
      ? items.slice(0, 3).flatMap((item) => [
          { kind: "reply" as const, label: say(language, { en: "Return {item}", ko: "{item} 반품" }, { item: item.title }), text: say(language, { en: "Return {item}", ko: "{item} 반품할게요" }, { item: item.title }) },
          { kind: "reply" as const, label: say(language, { en: "Exchange {item}", ko: "{item} 교환" }, { item: item.title }), text: say(language, { en: "Exchange {item}", ko: "{item} 교환할게요" }, { item: item.title }) },
        ])
      : [login.button, statusPageLink(order, language)];
    const ask = !login
      ? say(language, { en: "Which item would you like to return or exchange?", ko: "어떤 상품을 반품하거나 교환할까요?" })
      : say(language, { en: "To start a return here, please log in to your account at {url}.", ko: "여기에서 반품을 시작하시려면 {url} 에서 계정에 로그인해 주세요." }, { url: login.url });
    return {
      outcome: "resolved",
      text: withPolicy(`${summary}\n\n${ask}`),
      facts,
      card: returnCard(order, items, null, policy?.text ?? null, actions),
      sources,
      remember,
    };
  },
};

const hasOpenReturn = (order: Order) => order.returns === "requested" || order.returns === "in_progress";

/** "size L", "in Forest / L", "the large one in navy", "라지로": the variant whose option values the message names. */
function variantNamed<V extends { id: string; title: string }>(message: string, variants: V[]): V | null {
  const text = ` ${message.toLowerCase().replace(/[^\p{L}\p{N}/ ]+/gu, " ")} `;
  const size = sizeIn(message);
  const colour = colourIn(message);
  // Sizes are read by the size extractor ("large", "라지" → L; never the "s" of "it's"), a waist like "34" also as typed.
  const named = (value: string) =>
    (sizeIn(value) ? (size ? sameSize(size, value) : /^\d/.test(value) && text.includes(` ${value} `)) : text.includes(` ${value.toLowerCase()} `)) ||
    (colour !== null && sameColour(colour, value));
  const score = (variant: V) => {
    const parts = variant.title.split(/\s*\/\s*/);
    const hits = parts.filter(named).length;
    return hits === parts.length ? hits + 1 : hits;
  };
  const ranked = [...variants].sort((a, b) => score(b) - score(a));
  const [best, second] = ranked;
  // Only a clear winner counts: "L" when both Forest / L and Navy / L exist is asked about, not guessed.
  return best && score(best) > 0 && (!second || score(best) > score(second)) ? best : null;
}

/** The preview of a return or exchange, with the policy it falls under quoted first (fees, refund method). */
function proposeReturn(ctx: SkillContext, order: Order, plan: Plan, policy: string | null, sources: SkillResult["sources"], remember: SkillResult["remember"]): SkillResult {
  const { language } = ctx;
  const policyFirst = (text: string) => (policy ? `${policy}\n\n${text}` : text);
  const reason = returnReasonIn(ctx.message);
  const exchange = plan.exchangeFor !== null;
  return propose(ctx, {
    action: exchange ? "request_exchange" : "request_return",
    targetId: order.id,
    targetLabel: `${exchange ? "an exchange" : "a return"} of ${plan.item.title} from order ${order.name}`,
    params: {
      orderName: order.name,
      fulfillmentLineItemId: plan.item.fulfillmentLineItemId,
      itemTitle: plan.item.title,
      quantity: 1,
      reason,
      // The shopper's own words reach the merchant with the request.
      note: `Shopper said: ${ctx.message}`.slice(0, 300),
      exchangeFor: plan.exchangeFor?.title ?? null,
      exchangeVariantId: plan.exchangeFor?.id ?? null,
    },
    text: policyFirst(exchange
      ? say(language, { en: "Request an exchange of {item} from order {name} for {variant}? We'll review it and email you a return label; the new one ships when yours is on its way back. Reply \"yes\" to request it.", ko: "주문 {name}의 {item}을(를) {variant}(으)로 교환 신청할까요? 확인 후 반품 라벨을 이메일로 보내 드리고, 상품이 반송되면 새 상품을 발송해요. 신청하시려면 \"네\"라고 답해 주세요." }, { item: plan.item.title, name: order.name, variant: plan.exchangeFor!.title })
      : say(language, { en: "Request a return of {item} from order {name}? We'll review it and email you a return label; your refund follows once it's back. Reply \"yes\" to request it.", ko: "주문 {name}의 {item} 반품을 신청할까요? 확인 후 반품 라벨을 이메일로 보내 드리고, 상품이 도착하면 환불해 드려요. 신청하시려면 \"네\"라고 답해 주세요." }, { item: plan.item.title, name: order.name })),
    facts: { order: order.name, item: plan.item.title, kind: exchange ? "exchange" : "return", reason, exchangeFor: plan.exchangeFor?.title ?? null },
    confirmLabel: exchange ? say(language, { en: "Yes, request the exchange", ko: "네, 교환 신청" }) : say(language, { en: "Yes, request the return", ko: "네, 반품 신청" }),
    warning: say(language, { en: "The store reviews the request before the label is sent.", ko: "스토어가 신청을 확인한 뒤 라벨을 보내 드려요." }),
    card: (actions) => returnCard(order, [plan.item], null, policy, actions),
    sources,
    remember,
  });
}

/** Requests the return in Shopify, then re-reads the order's returns to be sure it is there. */
async function requestReturn(ctx: SkillContext, pending: PendingAction): Promise<SkillResult> {
  const { language } = ctx;
  const order = await ctx.tools.shopify.order(pending.targetId);
  if (!order || order.customerId !== ctx.identity.customerId) return actionHandoff(ctx, pending, "the order is not the customer's");
  const p = pending.params as { fulfillmentLineItemId: string; itemTitle: string; quantity: number; reason: ReturnReason; note: string; exchangeFor: string | null; exchangeVariantId: string | null };
  const still = (await ctx.tools.shopify.returnableItems(order.id)).find((i) => i.fulfillmentLineItemId === p.fulfillmentLineItemId);
  if (!still) {
    return actionNoLongerPossible(pending, {
      text: say(language, { en: "{item} can't be returned any more — a return for it may already be open.", ko: "{item}은(는) 더 이상 반품할 수 없어요. 이미 반품이 진행 중일 수 있어요." }, { item: p.itemTitle }),
      facts: { item: p.itemTitle, requested: false },
    }, { reason: "no longer returnable" });
  }
  const created = await ctx.tools.shopify.requestReturn(order.id, [{ fulfillmentLineItemId: p.fulfillmentLineItemId, quantity: p.quantity, reason: p.reason, note: p.note, exchangeVariantId: p.exchangeVariantId }]);
  const returns = await ctx.tools.shopify.orderReturns(order.id);
  const saved = returns.find((r) => r.id === created.id);
  if (!saved) return actionHandoff(ctx, pending, `return ${created.name} does not show on the order after returnRequest`);
  const text = p.exchangeFor
    ? say(language, { en: "Done — exchange request {ret} is in: {item} for {variant}. You'll get an email with the return label once the store approves it.", ko: "교환 신청 {ret}이(가) 접수되었어요: {item} → {variant}. 스토어가 승인하면 반품 라벨을 이메일로 보내 드려요." }, { ret: saved.name, item: p.itemTitle, variant: p.exchangeFor })
    : say(language, { en: "Done — return request {ret} is in for {item}. You'll get an email with the return label once the store approves it.", ko: "{item} 반품 신청 {ret}이(가) 접수되었어요. 스토어가 승인하면 반품 라벨을 이메일로 보내 드려요." }, { ret: saved.name, item: p.itemTitle });
  return actionDone(pending, {
    text,
    facts: { return: saved.name, status: saved.status, item: p.itemTitle, exchangeFor: p.exchangeFor },
    card: returnCard(order, [], null, null, [statusPageLink(order, language)]),
  }, { returnId: saved.id, returnName: saved.name, status: saved.status });
}

/** What a return's status means for the shopper; Shopify's statuses are read as the provider ones they match. */
const STATUS_WORDS: Record<ProviderReturnStatus, Phrase> = {
  requested: { en: "requested, waiting for the store's approval", ko: "신청됨 (스토어 승인 대기)" },
  open: { en: "approved — send the item back with the label", ko: "승인됨 — 라벨로 상품을 보내 주세요" },
  in_transit: { en: "on its way back to us", ko: "반송 중" },
  received: { en: "received, being processed", ko: "도착, 처리 중" },
  closed: { en: "completed", ko: "완료" },
  cancelled: { en: "cancelled", ko: "취소됨" },
  declined: { en: "declined", ko: "거절됨" },
};
const SHOPIFY_RETURN_STATUS: Record<OrderReturnSummary["status"], ProviderReturnStatus> = {
  REQUESTED: "requested",
  OPEN: "open",
  CLOSED: "closed",
  CANCELED: "cancelled",
  DECLINED: "declined",
};

/** Where the order's returns stand: the provider's record when it owns returns, else Shopify's. */
async function returnStatus(ctx: SkillContext, orders: Order[], provider: ReturnsProvider | null, sources: SkillResult["sources"], remember: SkillResult["remember"]): Promise<SkillResult> {
  const { language } = ctx;
  const returnsOf = async (order: Order) =>
    provider
      ? (await provider.returnsFor({ name: order.name })).map((r) => ({ order: order.name, name: r.id, status: r.status, createdAt: r.createdAt, items: r.items.map((i) => i.title), url: r.trackingUrl ?? r.labelUrl }))
      : (await ctx.tools.shopify.orderReturns(order.id)).map((r) => ({ order: order.name, name: r.name, status: SHOPIFY_RETURN_STATUS[r.status], createdAt: r.createdAt, items: r.items.map((i) => i.title).filter(Boolean), url: null as string | null }));
  const returns = (await Promise.all(orders.map(returnsOf))).flat();
  const names = joinList(orders.map((order) => order.name), language);
  if (returns.length === 0) {
    return {
      outcome: "resolved",
      text: say(language, { en: "There's no return on order {name} yet. Would you like to start one?", ko: "주문 {name}에는 아직 반품 내역이 없어요. 반품을 시작할까요?" }, { name: names }),
      facts: { orders: orders.map((order) => order.name), returns: [] },
      quickReplies: orders.length === 1 ? [say(language, { en: "Return an item from {name}", ko: "{name} 상품 반품할게요" }, { name: names })] : [],
      sources,
      remember,
    };
  }
  const lines = returns.map((r) => `${r.order} · ${joinList(r.items, language) || r.name}: ${say(language, STATUS_WORDS[r.status])} (${formatDate(r.createdAt, language)})${r.url ? ` ${r.url}` : ""}`);
  return {
    outcome: "resolved",
    text: say(language, { en: "Your returns:\n{lines}", ko: "반품 내역:\n{lines}" }, { lines: lines.map((l) => `- ${l}`).join("\n") }),
    facts: { orders: orders.map((order) => order.name), returns, source: provider?.name ?? "shopify" },
    sources,
    remember,
  };
}

function returnCard(order: Order, items: { title: string; quantity: number }[], portalUrl: string | null, policy: string | null, actions: CardAction[]): ReturnCard {
  return { type: "return", orderId: order.id, orderName: order.name, eligibleItems: items.map((i) => ({ title: i.title, quantity: i.quantity })), portalUrl, policySummary: policy, actions };
}
