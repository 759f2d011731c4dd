import { addInterval } from "../../../lib/calendar";
import { actionDone, actionHandoff, propose } from "../../actions";
import type { CardAction, SubscriptionCard } from "../../cards";
import type { PendingAction } from "../../conversation-state";
import { formatDate, joinList, say, type Phrase } from "../../language";
import { statusInSentence, SUBSCRIPTION_STATUS, subscriptionStatusLabel } from "../../status-words";
import type { Frequency, ShopperRef, Subscription, SubscriptionProvider } from "../../tools/providers";
import type { Language, SkillContext, SkillResult } from "../../types";
import type { SkillDefinition, SkillPolicy } from "../definition";
import { COMMON_FREQUENCIES, formatFrequency, formatPeriod, frequencyIn } from "./frequency";
import { policyOrLogin, shopperOf } from "../provider-skill";
import { softHandoff } from "../human-handoff";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

type Intent = "skip" | "pause" | "resume" | "cancel" | "cancel_anyway" | "frequency" | "show";

const INTENTS: [Intent, RegExp][] = [
  ["cancel_anyway", /\bcancel (?:it )?anyway\b|\bstill (?:want to )?cancel\b|그래도 해지|그냥 해지/i],
  ["resume", /\bresume\b|\bunpause\b|\breactivate\b|\brestart\b|다시 시작|재개/i],
  ["skip", /\bskip\b|건너뛰|스킵/i],
  ["pause", /\bpause\b|\bput (?:it )?on hold\b|일시\s*중지|잠시 멈|멈춰/i],
  ["cancel", /\bcancel\b|\bunsubscribe\b|\bstop (?:my )?subscription\b|해지|구독 취소/i],
  ["frequency", /\bfrequency\b|\bhow often\b|\bevery\b|\bonce a (?:week|month)\b|\bmonthly\b|\bweekly\b|\bbi-?weekly\b|주기|마다|간격|에 ?한 ?번|매달|매월|매주|격주|격월/i],
];

const intentOf = (text: string): Intent => INTENTS.find(([, pattern]) => pattern.test(text))?.[0] ?? "show";

/** What this skill says about its policy (see SkillPolicy). */
const POLICY: SkillPolicy = {
  topic: "subscriptions",
  summary: { en: "How do I skip, pause or cancel a subscription?", ko: "구독 건너뛰기, 일시정지, 해지는 어떻게 하나요?" },
  offer: { en: "Want me to make that change to your subscription?", ko: "구독을 바로 변경해 드릴까요?" },
  accept: { en: "Yes, change my subscription", ko: "네, 구독 변경할게요" },
};

export const subscriptions: SkillDefinition = {
  id: "subscriptions",
  name: ROUTE_LABEL_NAMES.subscriptions.en,
  overview: "Helps shoppers manage their subscriptions: next charge, skip, pause, resume, change frequency and cancel.",
  whenUsed: "A shopper asks about a subscription: when it charges next, or wants to skip, pause, resume, change or cancel it.",
  howItResponds:
    "Answers subscription questions from your subscription policy. For a logged-in customer it shows their subscriptions from your subscription provider with a subscription card, and skips, pauses, resumes, changes the frequency or cancels — each only after showing what will change and getting an explicit yes, then re-reading the subscription to confirm. Before a cancellation it makes your save offer.",
  shopperTopic: { en: "My subscription", ko: "구독" },
  policy: POLICY,
  tools: ["shopify.customerEmail", "knowledge.answer", "providers.subscriptions", "shopify.loginUrl"],
  needsLogin: "yes",
  prerequisites: [
    { kind: "integration", integration: "subscriptions", missing: "Needs a subscription provider" },
    { kind: "knowledge", topic: "subscriptions", missing: "Needs subscription policy content" },
  ],
  async act(ctx, pending) {
    const provider = ctx.tools.providers.subscriptions;
    if (!provider) throw new Error("no subscription provider connected");
    return changeSubscription(ctx, provider, await shopperOf(ctx, ctx.identity.customerId!), pending);
  },
  slots: {
    frequency: (text) => frequencyIn(text) !== null,
    // The save offer's choices: skip, pause or cancel anyway.
    cancellation: (text) => /\bskip\b|\bpause\b|\bcancel\b|건너뛰|일시\s*중지|해지/i.test(text),
  },
  async handle(ctx) {
    const { language } = ctx;
    const start = await policyOrLogin(ctx, POLICY, {
      en: "To see or change your subscriptions, please log in to your account at {url}.",
      ko: "구독을 확인하거나 변경하시려면 {url} 에서 계정에 로그인해 주세요.",
    });
    if ("done" in start) return start.done;
    const provider = ctx.tools.providers.subscriptions;
    if (!provider) return softHandoff(language, "no subscription provider connected");
    const { shopper } = start;

    const sources = start.policy ? [start.policy.source] : [];
    const all = await provider.subscriptions(shopper);
    if (all.length === 0) {
      return {
        outcome: "resolved",
        text: say(language, { en: "I don't see any subscriptions on your account.", ko: "고객님 계정에 구독 내역이 없어요." }) + (start.policy ? `\n\n${start.policy.text}` : ""),
        facts: { subscriptions: [], policy: start.policy?.text ?? null },
        sources,
      };
    }
    const collecting = ctx.state.collecting?.skill === "subscriptions" ? ctx.state.collecting : null;
    let intent = intentOf(ctx.message);
    if (collecting?.kind === "frequency" && intent === "show" && frequencyIn(ctx.message)) intent = "frequency";
    if (collecting?.kind === "cancellation" && intent === "cancel") intent = "cancel_anyway";
    const subscription = chooseSubscription(ctx, all, intent, collecting?.targetId ?? null);
    const remember = { focusSubscriptionId: subscription.id, collecting: null };
    const base = { sources, remember };
    const params = { product: productName(subscription) };
    const label = `your ${params.product} subscription`;

    const unavailable = (phrase: { en: string; ko: string }): SkillResult => ({
      outcome: "resolved",
      text: say(language, phrase, params),
      facts: { subscription: summary(subscription, language) },
      card: subscriptionCard(subscription, language, cardActions(subscription, language)),
      ...base,
    });

    switch (intent) {
      case "skip": {
        if (subscription.status !== "active" || !subscription.nextChargeAt) return unavailable({ en: "Your {product} subscription isn't active, so there's no delivery to skip.", ko: "{product} 구독이 활성 상태가 아니라 건너뛸 배송이 없어요." });
        // The same calendar the providers schedule by: a Jan 31 monthly charge skips to the end of February.
        const next = addInterval(new Date(subscription.nextChargeAt), subscription.frequency).toISOString();
        return propose(ctx, {
          action: "skip_subscription_charge",
          targetId: subscription.id,
          targetLabel: label,
          params: { skippedChargeAt: subscription.nextChargeAt },
          text: say(language, {
            en: "Skip the {product} delivery on {date}? You won't be charged for it, and your next delivery would be {next}. Reply \"yes\" to skip it.",
            ko: "{date} {product} 배송을 건너뛸까요? 이번 회차는 결제되지 않고, 다음 배송은 {next}이(가) 돼요. 건너뛰시려면 \"네\"라고 답해 주세요.",
          }, { ...params, date: formatDate(subscription.nextChargeAt, language), next: formatDate(next, language) }),
          facts: { subscription: summary(subscription, language), nextAfterSkip: next },
          confirmLabel: say(language, { en: "Yes, skip it", ko: "네, 건너뛸게요" }),
          warning: say(language, { en: "This delivery won't be sent.", ko: "이번 배송은 발송되지 않아요." }),
          card: (actions) => subscriptionCard(subscription, language, actions),
          ...base,
        });
      }
      case "pause": {
        if (subscription.status !== "active") return unavailable({ en: "Your {product} subscription isn't active, so there's nothing to pause.", ko: "{product} 구독이 활성 상태가 아니라 일시 중지할 수 없어요." });
        // A provider without a paused state pauses by moving the next charge out; the preview says exactly that.
        const delay = provider.pausing.kind === "delay" ? provider.pausing.by : null;
        const resumesAt = delay && subscription.nextChargeAt ? addInterval(new Date(subscription.nextChargeAt), delay).toISOString() : null;
        return propose(ctx, {
          action: "pause_subscription",
          targetId: subscription.id,
          targetLabel: label,
          text: resumesAt
            ? say(language, {
                en: "Pause your {product} subscription for {period}? Your next delivery moves from {date} to {resume}, and it carries on by itself after that. Reply \"yes\" to pause.",
                ko: "{product} 구독을 {period} 동안 일시 중지할까요? 다음 배송이 {date}에서 {resume}(으)로 미뤄지고, 그 후에는 자동으로 다시 배송돼요. 일시 중지하시려면 \"네\"라고 답해 주세요.",
              }, { ...params, period: formatPeriod(delay!, language), date: formatDate(subscription.nextChargeAt!, language), resume: formatDate(resumesAt, language) })
            : say(language, {
                en: "Pause your {product} subscription? There will be no deliveries or charges until you resume it — you can ask me any time. Reply \"yes\" to pause.",
                ko: "{product} 구독을 일시 중지할까요? 재개하실 때까지 배송과 결제가 없어요. 언제든 다시 말씀해 주시면 재개해 드려요. 일시 중지하시려면 \"네\"라고 답해 주세요.",
              }, params),
          facts: { subscription: summary(subscription, language), resumesAt },
          confirmLabel: say(language, { en: "Yes, pause it", ko: "네, 일시 중지" }),
          warning: resumesAt ? say(language, { en: "Deliveries pause until {resume}.", ko: "{resume}까지 배송이 멈춰요." }, { resume: formatDate(resumesAt, language) }) : say(language, { en: "No deliveries until you resume.", ko: "재개할 때까지 배송이 없어요." }),
          card: (actions) => subscriptionCard(subscription, language, actions),
          ...base,
        });
      }
      case "resume":
        // A cancelled subscription cannot simply resume: saying only "it isn't paused" would hide why.
        if (subscription.status === "cancelled") {
          return unavailable({
            en: "Your {product} subscription was cancelled, so it can't be resumed here. You can start a new subscription on the product page — or ask for a person and our team will restart it for you.",
            ko: "{product} 구독은 해지되어 여기에서 재개할 수 없어요. 상품 페이지에서 새로 구독하시거나, 상담원 연결을 요청하시면 상담팀이 다시 시작해 드려요.",
          });
        }
        if (subscription.status !== "paused") return unavailable({ en: "Your {product} subscription is active, not paused — nothing to resume.", ko: "{product} 구독은 일시 중지 상태가 아니라 이미 진행 중이에요." });
        return propose(ctx, {
          action: "resume_subscription",
          targetId: subscription.id,
          targetLabel: label,
          text: say(language, { en: "Resume your {product} subscription ({frequency})? Deliveries and charges start again. Reply \"yes\" to resume.", ko: "{product} 구독({frequency})을 재개할까요? 배송과 결제가 다시 시작돼요. 재개하시려면 \"네\"라고 답해 주세요." }, { ...params, frequency: formatFrequency(subscription.frequency, language) }),
          facts: { subscription: summary(subscription, language) },
          confirmLabel: say(language, { en: "Yes, resume it", ko: "네, 재개할게요" }),
          warning: say(language, { en: "Charges start again.", ko: "결제가 다시 시작돼요." }),
          card: (actions) => subscriptionCard(subscription, language, actions),
          ...base,
        });
      case "frequency": {
        if (subscription.status === "cancelled") return unavailable({ en: "Your {product} subscription is cancelled.", ko: "{product} 구독은 해지되었어요." });
        const frequency = frequencyIn(ctx.message);
        if (!frequency) {
          return {
            outcome: "needs_input",
            text: say(language, { en: "Your {product} subscription delivers {current}. How often would you like it?", ko: "{product} 구독은 현재 {current} 배송돼요. 얼마나 자주 받고 싶으세요?" }, { ...params, current: formatFrequency(subscription.frequency, language) }),
            facts: { subscription: summary(subscription, language), awaiting: "frequency" },
            quickReplies: COMMON_FREQUENCIES.map((f) => formatFrequency(f, language)),
            sources,
            remember: { focusSubscriptionId: subscription.id, collecting: { skill: "subscriptions", kind: "frequency", targetId: subscription.id } },
          };
        }
        const wanted = formatFrequency(frequency, language);
        if (frequency.unit === subscription.frequency.unit && frequency.count === subscription.frequency.count) return unavailable({ en: `Your {product} subscription already delivers ${wanted}.`, ko: `{product} 구독은 이미 ${wanted} 배송돼요.` });
        return propose(ctx, {
          action: "change_subscription_frequency",
          targetId: subscription.id,
          targetLabel: label,
          params: { frequency },
          text: say(language, { en: "Change your {product} subscription from {current} to {wanted}? Reply \"yes\" to change it.", ko: "{product} 구독 주기를 {current}에서 {wanted}(으)로 변경할까요? 변경하시려면 \"네\"라고 답해 주세요." }, { ...params, current: formatFrequency(subscription.frequency, language), wanted }),
          facts: { subscription: summary(subscription, language), newFrequency: wanted },
          confirmLabel: say(language, { en: "Yes, change it", ko: "네, 변경할게요" }),
          warning: say(language, { en: "Future deliveries follow the new frequency.", ko: "이후 배송은 새 주기를 따라요." }),
          card: (actions) => subscriptionCard(subscription, language, actions),
          ...base,
        });
      }
      case "cancel":
      case "cancel_anyway": {
        if (subscription.status === "cancelled") return unavailable({ en: "Your {product} subscription is already cancelled.", ko: "{product} 구독은 이미 해지되었어요." });
        const offer = ctx.guidance.saveOffer;
        if (intent === "cancel" && offer.enabled && subscription.status === "active") return saveOffer(ctx, subscription, base.sources);
        return propose(ctx, {
          action: "cancel_subscription",
          targetId: subscription.id,
          targetLabel: label,
          params: { reason: "Requested by the customer in chat" },
          text: say(language, { en: "Cancel your {product} subscription? There will be no more deliveries or charges. This can't be undone here — you'd need to subscribe again. Reply \"yes\" to cancel.", ko: "{product} 구독을 해지할까요? 이후 배송과 결제가 모두 중단돼요. 되돌릴 수 없으며 다시 구독하셔야 해요. 해지하시려면 \"네\"라고 답해 주세요." }, params),
          facts: { subscription: summary(subscription, language) },
          confirmLabel: say(language, { en: "Yes, cancel my subscription", ko: "네, 구독 해지" }),
          warning: say(language, { en: "Cancelling can't be undone.", ko: "해지는 되돌릴 수 없어요." }),
          card: (actions) => subscriptionCard(subscription, language, actions),
          ...base,
        });
      }
      case "show": {
        const list = joinList(all.map((s) => summary(s, language)), language);
        return {
          outcome: "resolved",
          text: say(language, { en: "Your subscriptions: {list}.", ko: "고객님의 구독: {list}." }, { list }),
          facts: { subscriptions: all.map((s) => summary(s, language)), policy: start.policy?.text ?? null },
          card: subscriptionCard(subscription, language, cardActions(subscription, language)),
          ...base,
        };
      }
    }
  },
};

/** The subscription the shopper means: named by product, the one the conversation is about, or the first that fits. */
function chooseSubscription(ctx: SkillContext, all: Subscription[], intent: Intent, collectingId: string | null): Subscription {
  const text = ctx.message.toLowerCase();
  const named = all.find((s) => s.productTitle.toLowerCase().split(/\s+/).some((word) => word.length > 3 && text.includes(word)));
  const focused = all.find((s) => s.id === (collectingId ?? ctx.state.focusSubscriptionId));
  const fits = all.find((s) => (intent === "resume" ? s.status === "paused" : s.status === "active"));
  return named ?? focused ?? fits ?? all[0]!;
}

function saveOffer(ctx: SkillContext, subscription: Subscription, sources: SkillResult["sources"]): SkillResult {
  const { language } = ctx;
  const offer = ctx.guidance.saveOffer;
  const message = offer.message || say(language, {
    en: "Before you go: you could skip the next delivery or pause for a while instead, and keep your subscription price.",
    ko: "해지하시기 전에: 다음 배송만 건너뛰거나 잠시 일시 중지하시면 지금의 구독 가격을 그대로 유지할 수 있어요.",
  });
  const code = offer.discountCode ? say(language, { en: " If you stay, use code {code} on your next order.", ko: " 구독을 유지하시면 다음 주문에 {code} 코드를 사용하실 수 있어요." }, { code: offer.discountCode }) : "";
  const choices = [
    say(language, { en: "Skip the next delivery", ko: "다음 배송 건너뛰기" }),
    say(language, { en: "Pause my subscription", ko: "구독 일시 중지" }),
    say(language, { en: "Cancel anyway", ko: "그래도 해지할게요" }),
  ];
  return {
    outcome: "needs_input",
    text: `${message}${code}`,
    facts: { subscription: summary(subscription, language), saveOffer: true, discountCode: offer.discountCode || null },
    card: subscriptionCard(subscription, language, choices.map((text) => ({ kind: "reply" as const, label: text, text }))),
    quickReplies: choices,
    sources,
    remember: { focusSubscriptionId: subscription.id, collecting: { skill: "subscriptions", kind: "cancellation", targetId: subscription.id } },
  };
}

type SubscriptionAction = Extract<PendingAction["action"], "skip_subscription_charge" | "pause_subscription" | "resume_subscription" | "cancel_subscription" | "change_subscription_frequency">;

/** The next charge is still ahead and later than it was: what a skip, or a pause that delays, leaves behind. */
const chargeMovedLater = (before: Subscription, after: Subscription) =>
  after.status === "active" && after.nextChargeAt !== null && after.nextChargeAt > (before.nextChargeAt ?? "");

/**
 * Each action: what to ask the provider, how the re-read subscription shows it happened, and what the shopper is
 * then told. One row per action, so an action cannot be run without its check.
 */
const SUBSCRIPTION_ACTIONS: Record<SubscriptionAction, {
  run(provider: SubscriptionProvider, shopper: ShopperRef, pending: PendingAction): Promise<void>;
  happened(before: Subscription, after: Subscription, provider: SubscriptionProvider, pending: PendingAction): boolean;
  done(provider: SubscriptionProvider): Phrase;
}> = {
  skip_subscription_charge: {
    run: (provider, shopper, pending) => provider.skipNextCharge(shopper, pending.targetId),
    happened: chargeMovedLater,
    done: () => ({ en: "Done — that delivery is skipped. Your next {product} delivery is on {date}.", ko: "완료했어요. 이번 배송은 건너뛰었고, 다음 {product} 배송은 {date}이에요." }),
  },
  pause_subscription: {
    run: (provider, shopper, pending) => provider.pause(shopper, pending.targetId),
    happened: (before, after, provider) => (provider.pausing.kind === "delay" ? chargeMovedLater(before, after) : after.status === "paused"),
    done: (provider) =>
      provider.pausing.kind === "delay"
        ? { en: "Done — your {product} subscription is paused. Your next delivery is now on {date}.", ko: "완료했어요. {product} 구독이 일시 중지되어 다음 배송은 {date}이에요." }
        : { en: "Done — your {product} subscription is paused. Just ask me when you'd like it back.", ko: "완료했어요. {product} 구독이 일시 중지되었어요. 다시 받고 싶으실 때 말씀해 주세요." },
  },
  resume_subscription: {
    run: (provider, shopper, pending) => provider.resume(shopper, pending.targetId),
    happened: (_before, after) => after.status === "active",
    done: () => ({ en: "Welcome back — your {product} subscription is active again. Next delivery: {date}.", ko: "{product} 구독이 다시 시작되었어요. 다음 배송: {date}." }),
  },
  cancel_subscription: {
    run: (provider, shopper, pending) => provider.cancel(shopper, pending.targetId, String(pending.params.reason ?? "Requested by the customer in chat")),
    happened: (_before, after) => after.status === "cancelled",
    done: () => ({ en: "Your {product} subscription is cancelled. There will be no more deliveries or charges.", ko: "{product} 구독이 해지되었어요. 이후 배송과 결제는 없어요." }),
  },
  change_subscription_frequency: {
    run: (provider, shopper, pending) => provider.changeFrequency(shopper, pending.targetId, pending.params.frequency as Frequency),
    happened: (_before, after, _provider, pending) => JSON.stringify(after.frequency) === JSON.stringify(pending.params.frequency),
    done: () => ({ en: "Done — your {product} subscription now delivers {frequency}. Next delivery: {date}.", ko: "완료했어요. {product} 구독은 이제 {frequency} 배송돼요. 다음 배송: {date}." }),
  },
};

/** Runs a confirmed action, then re-reads the subscription: the shopper hears what the provider now says. */
async function changeSubscription(ctx: SkillContext, provider: SubscriptionProvider, shopper: ShopperRef, pending: PendingAction): Promise<SkillResult> {
  const { language } = ctx;
  const action = SUBSCRIPTION_ACTIONS[pending.action as SubscriptionAction];
  if (!action) return actionHandoff(ctx, pending, `unknown subscription action ${pending.action}`);
  const before = await provider.subscription(shopper, pending.targetId);
  if (!before) return actionHandoff(ctx, pending, "the subscription is no longer on the customer's account");
  await action.run(provider, shopper, pending);
  const after = await provider.subscription(shopper, pending.targetId);
  if (!after) return actionHandoff(ctx, pending, "the subscription could not be read back after the change");
  if (!action.happened(before, after, provider, pending)) {
    return actionHandoff(ctx, pending, `the provider does not show the change (status ${after.status}, next charge ${after.nextChargeAt ?? "none"})`);
  }
  const params = { product: productName(after), date: after.nextChargeAt ? formatDate(after.nextChargeAt, language) : "", frequency: formatFrequency(after.frequency, language) };
  return actionDone(pending, {
    text: say(language, action.done(provider), params),
    facts: { subscription: summary(after, language) },
    card: subscriptionCard(after, language, cardActions(after, language)),
  }, { status: after.status, nextChargeAt: after.nextChargeAt, frequency: after.frequency });
}

/** The product as the templates name it: they add "subscription" themselves ("Summit Roast Coffee Subscription" → "Summit Roast Coffee"). */
const productName = (subscription: Subscription) => subscription.productTitle.replace(/\s+subscription$/i, "");

function summary(subscription: Subscription, language: Language): string {
  const status = subscription.status === "active" ? "" : `, ${statusInSentence(SUBSCRIPTION_STATUS[subscription.status], language)}`;
  const next = subscription.status === "active" && subscription.nextChargeAt ? say(language, { en: ", next on {date}", ko: ", 다음 배송 {date}" }, { date: formatDate(subscription.nextChargeAt, language) }) : "";
  return `${subscription.productTitle} (${formatFrequency(subscription.frequency, language)}${next}${status})`;
}

/** What the card offers for a subscription in its state; each sends a message that the skill then previews. */
function cardActions(subscription: Subscription, language: Language): CardAction[] {
  const reply = (label: { en: string; ko: string }) => ({ kind: "reply" as const, label: say(language, label), text: say(language, label) });
  if (subscription.status === "cancelled") return [];
  if (subscription.status === "paused") return [reply({ en: "Resume my subscription", ko: "구독 재개" })];
  return [
    reply({ en: "Skip the next delivery", ko: "다음 배송 건너뛰기" }),
    reply({ en: "Change frequency", ko: "배송 주기 변경" }),
    reply({ en: "Pause my subscription", ko: "구독 일시 중지" }),
    reply({ en: "Cancel my subscription", ko: "구독 해지" }),
  ];
}

function subscriptionCard(subscription: Subscription, language: Language, actions: CardAction[]): SubscriptionCard {
  return {
    type: "subscription",
    subscriptionId: subscription.id,
    productTitle: subscription.productTitle,
    status: subscription.status,
    statusLabel: subscriptionStatusLabel(subscription.status, language),
    frequency: formatFrequency(subscription.frequency, language),
    nextChargeAt: subscription.status === "active" ? subscription.nextChargeAt : null,
    price: subscription.price,
    actions,
  };
}
