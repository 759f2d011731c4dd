import { chosenOption } from "./clarify";
import { answersCollecting } from "./collecting";
import { isAffirmative, isNegative } from "./confirmation";
import type { ConversationState } from "./conversation-state";
import { chosenOrder } from "./order-choice";
import type { RouteDecision } from "./routing";
import type { RouteLabel } from "./skill-ids";

/**
 * The one rule for whether a message stays with the question the agent asked or leaves it.
 *
 * The agent asks four kinds of question: confirm an action ("Cancel order #1035? Reply yes"), give a detail a skill
 * collects (an address, a variant), choose an order ("Which order do you mean?") or choose a topic ("a return or your
 * points?"). A message that answers the open question in that question's own terms — yes/no, a value the slot's
 * reader accepts, one of the offered choices — stays with it. A message that does not answer it leaves, and the
 * question lapses (nothing is done), except that while a detail is being collected, a message the router is not sure
 * is about something else goes back to the collecting skill, which can ask again.
 */

/** Router confidence above which a message leaves a skill that is waiting for a detail it asked for. */
const SURE_OF_NEW_TOPIC = 0.9;

/** Where this turn goes: the skill, the message it answers (the original question, after a choice) and the state it sees. */
export type TurnPlan = { routed: RouteDecision; message: string; state: ConversationState };

/** The shopper's reply in the terms of the question asked, or null when it does not answer it. */
function answerInQuestionTerms(state: ConversationState, text: string): { skill: RouteLabel; message?: string; focusOrderId?: string } | null {
  if (state.pending && (isAffirmative(text) || isNegative(text))) return { skill: state.pending.skill };
  const skill = state.clarifying && chosenOption(state.clarifying, text);
  if (skill) return { skill, message: state.clarifying!.message };
  const order = state.choosingOrder && chosenOrder(state.choosingOrder, text);
  if (order) return { skill: state.choosingOrder!.skill, message: state.choosingOrder!.message, focusOrderId: order };
  // A guest's order number and email answer the request that asked for them: the skill reads both together, the
  // new details first, so they win over any given before (a mistyped email).
  if (state.collecting && answersCollecting(state.collecting, text)) {
    const { skill, request } = state.collecting;
    return request ? { skill, message: `${text}\n${request}` } : { skill };
  }
  return null;
}

/**
 * Plans a turn from the open question, calling the router only when the message does not answer it. The state
 * returned keeps only the question the message answered; every other question lapses.
 */
export async function planTurn(state: ConversationState, text: string, route: () => Promise<RouteDecision>, language: RouteDecision["language"]): Promise<TurnPlan> {
  const answer = answerInQuestionTerms(state, text);
  const lapsed: ConversationState = { ...state, pending: null, clarifying: null, choosingOrder: null };
  if (answer) {
    const routed: RouteDecision = { skill: answer.skill, confidence: 1, language };
    const kept = state.pending && !answer.message && answer.skill === state.pending.skill ? { pending: state.pending } : {};
    const collecting = state.collecting?.skill === answer.skill ? state.collecting : null;
    return {
      routed,
      message: answer.message ?? text,
      state: { ...lapsed, ...kept, collecting, ...(answer.focusOrderId ? { focusOrderId: answer.focusOrderId } : {}) },
    };
  }
  const routed = await route();
  const { collecting } = state;
  const staysCollecting = collecting && routed.skill !== "human_handoff" && (routed.skill === collecting.skill || routed.confidence < SURE_OF_NEW_TOPIC);
  return {
    routed: staysCollecting ? { skill: collecting.skill, confidence: 1, language: routed.language } : routed,
    message: text,
    state: { ...lapsed, collecting: staysCollecting ? collecting : null },
  };
}
