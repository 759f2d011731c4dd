import { z } from "zod";
import type { CardAction } from "./cards";
import { isAffirmative } from "./confirmation";
import type { PendingAction } from "./conversation-state";
import { say, type Phrase } from "./language";
import { loginLink } from "./login";
import type { SkillContext, SkillResult } from "./types";

/**
 * Account actions the agent can take for a shopper. Each is previewed, needs an explicit yes, is re-read from the
 * source of truth (Shopify or the provider) before the shopper is told it worked, and is recorded: an AgentAction
 * row per step and the action on that message's analytics event (engine.ts writes both from `SkillResult.action`).
 */
const ACTION_NAMES = [
  "cancel_order",
  "change_shipping_address",
  "request_return",
  "request_exchange",
  "skip_subscription_charge",
  "pause_subscription",
  "resume_subscription",
  "cancel_subscription",
  "change_subscription_frequency",
  "redeem_reward",
] as const;
export const ActionName = z.enum(ACTION_NAMES);
export type ActionName = z.infer<typeof ActionName>;

export type ActionStatus = "proposed" | "declined" | "done" | "failed";

/** One step of an action, as the engine records it. */
export type ActionRecord = {
  name: ActionName;
  targetId: string;
  targetLabel: string;
  status: ActionStatus;
  /** What was asked and what the source of truth said afterwards. */
  detail: Record<string, unknown>;
};

/** One step of the pending action, with `detail` as given (callers choose whether it carries the params). */
export function actionStep(pending: PendingAction, status: ActionStatus, detail: Record<string, unknown>): ActionRecord {
  return { name: pending.action, targetId: pending.targetId, targetLabel: pending.targetLabel, status, detail };
}

const YES: Phrase = { en: "yes", ko: "네" };
const NO: Phrase = { en: "no", ko: "아니요" };

export type Proposal = {
  action: ActionName;
  targetId: string;
  targetLabel: string;
  /** What the action needs when the yes comes (new frequency, reward id, address…), kept in the conversation state. */
  params?: PendingAction["params"];
  /** The preview: what will happen, in the shopper's words, ending with how to confirm. */
  text: string;
  facts: Record<string, unknown>;
  /** The button that confirms, e.g. "Yes, skip it", and what cannot be undone. */
  confirmLabel: string;
  warning: string;
  /** Draws the card with the confirm and keep buttons (null: no card, the quick replies carry the answer). */
  card?: (actions: CardAction[]) => SkillResult["card"];
  sources?: SkillResult["sources"];
  remember?: SkillResult["remember"];
};

/** Only a logged-in shopper may change their account; a guest is told how, with the link to log in, and nothing is proposed. */
export async function loginRequired(ctx: SkillContext, what: Phrase): Promise<SkillResult | null> {
  if (ctx.identity.customerId) return null;
  const login = await loginLink(ctx);
  return {
    outcome: "needs_input",
    text: say(ctx.language, {
      en: "For your security, I can only {what} for a logged-in customer. Please log in at {url} and ask me again — or ask for a person and our team will help.",
      ko: "보안을 위해 {what}은(는) 로그인한 고객님께만 도와드릴 수 있어요. {url} 에서 로그인한 뒤 다시 말씀해 주시거나, 상담원 연결을 요청해 주세요.",
    }, { what: say(ctx.language, what), url: login.url }),
    facts: { loggedIn: false, refused: say("en", what), loginUrl: login.url },
    card: login.card,
  };
}

/** Asks for an explicit yes before an action; the answer comes back to the same skill (engine.ts). */
export function propose(ctx: SkillContext, proposal: Proposal): SkillResult {
  const { language } = ctx;
  // The preview is the confirmation: its button sends the same "yes" a typed answer does (the widget shows the
  // warning beside it, with no second "are you sure?").
  const actions: CardAction[] = [
    { kind: "confirm", label: proposal.confirmLabel, text: say(language, YES), warning: proposal.warning },
    { kind: "reply", label: say(language, { en: "No, keep it as it is", ko: "아니요, 그대로 둘게요" }), text: say(language, NO) },
  ];
  const params = proposal.params ?? {};
  return {
    outcome: "needs_input",
    text: proposal.text,
    facts: { ...proposal.facts, awaitingConfirmation: proposal.action },
    card: proposal.card?.(actions) ?? null,
    quickReplies: [say(language, YES), say(language, NO)],
    sources: proposal.sources,
    remember: {
      ...proposal.remember,
      pending: { skill: ctx.skillId, action: proposal.action, targetId: proposal.targetId, targetLabel: proposal.targetLabel, params, askedAt: ctx.now.toISOString() },
    },
    action: { name: proposal.action, targetId: proposal.targetId, targetLabel: proposal.targetLabel, status: "proposed", detail: params },
  };
}

/**
 * The shopper answered yes or no to a pending action (the engine sends only those here; anything else lets the
 * question lapse). Only the yes runs it. A provider or Shopify failure while acting is never papered over: a person
 * takes it, with the reason.
 */
export async function answerPending(
  ctx: SkillContext,
  run: (pending: PendingAction) => Promise<SkillResult>,
): Promise<SkillResult> {
  const pending = ctx.state.pending!;
  const cleared = { pending: null };
  const params = { target: pending.targetLabel };
  if (!isAffirmative(ctx.message)) {
    return {
      outcome: "resolved",
      text: say(ctx.language, { en: "No problem — I've left {target} as it is.", ko: "알겠습니다. {target}은(는) 그대로 둘게요." }, params),
      facts: { target: pending.targetLabel, done: false },
      remember: cleared,
      action: actionStep(pending, "declined", pending.params),
    };
  }
  if (!ctx.identity.customerId) return { ...(await loginRequired(ctx, { en: "make that change", ko: "변경" }))!, remember: cleared };
  // The admin's Preview chats as a real customer of the shop: it shows every step but never changes their account.
  if (ctx.channel === "preview") {
    return {
      outcome: "resolved",
      text: say(ctx.language, {
        en: "Preview: here I would go ahead with {target}, then re-read it to confirm. Nothing was changed, because this is a test conversation.",
        ko: "미리보기: 실제 대화라면 여기에서 {target} 작업을 진행하고 결과를 다시 확인해요. 테스트 대화라서 아무것도 변경하지 않았어요.",
      }, params),
      facts: { target: pending.targetLabel, done: false, preview: true },
      remember: cleared,
    };
  }
  try {
    const result = await run(pending);
    return { ...result, remember: { ...result.remember, pending: null } };
  } catch (error) {
    return actionHandoff(ctx, pending, error instanceof Error ? error.message : String(error));
  }
}

/** An action that failed or could not be confirmed afterwards: the shopper is told plainly and a person takes over. */
export function actionHandoff(ctx: SkillContext, pending: PendingAction, reason: string, detail: Record<string, unknown> = {}): SkillResult {
  return {
    outcome: "handed_off",
    text: say(ctx.language, {
      en: "I couldn't confirm that the change to {target} went through, so I've passed this to our team. A person will check it and follow up with you here — you don't need to repeat anything.",
      ko: "{target} 변경이 처리되었는지 확인하지 못해 상담팀에 전달했어요. 담당자가 확인 후 이곳으로 연락드릴게요. 다시 설명하지 않으셔도 돼요.",
    }, { target: pending.targetLabel }),
    facts: { target: pending.targetLabel, done: "unknown" },
    handoff: { reason: `${pending.action} for ${pending.targetLabel} failed: ${reason}` },
    remember: { pending: null },
    action: actionStep(pending, "failed", { ...pending.params, ...detail, reason }),
  };
}

/** The result of a confirmed action that the source of truth shows as done. */
export function actionDone(pending: PendingAction, result: Omit<SkillResult, "action" | "outcome">, detail: Record<string, unknown> = {}): SkillResult {
  return { ...result, outcome: "resolved", action: actionStep(pending, "done", { ...pending.params, ...detail }) };
}

/**
 * A confirmed action that the source of truth no longer allows (the order shipped meanwhile, the points ran short):
 * the shopper is told why, nothing was changed, and the step is recorded as failed with the reason.
 */
export function actionNoLongerPossible(pending: PendingAction, result: Omit<SkillResult, "action" | "outcome">, detail: Record<string, unknown>): SkillResult {
  return { ...result, outcome: "resolved", action: actionStep(pending, "failed", detail) };
}
