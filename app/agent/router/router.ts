import type { RouteLabel } from "../skill-ids";
import { classifyMessage, CONFIDENCE_THRESHOLD, detectLanguage, type Language } from "./classifier";
import { readReplyShape, wordCount } from "./reply-shape";

export interface RouteContext {
  /** The skill handling the conversation so far; when absent it is inferred from the earlier messages. */
  activeSkill?: RouteLabel | null;
}

export interface RouteDecision {
  skill: RouteLabel;
  /** nlp.js's score for `skill` (under CONFIDENCE_THRESHOLD: unsure), or RULE_CONFIDENCE when a rule decided. */
  confidence: number;
  language: Language;
  /** The message continues the active skill rather than starting a topic. */
  followUp: boolean;
}

/** Reported when the message's form (a bare reply, a confirmation, a refinement) decided, not the model. */
export const RULE_CONFIDENCE = 1;

/** "yes cancel it", "네 취소해 주세요": an acknowledgement plus at most this many words confirms the active skill. */
const CONFIRMATION_MAX_WORDS = 3;

/**
 * A close call goes to the conversation: when nlp.js gives the active skill at least this score, the message stays
 * ("how do I redeem them?" after a points question scores general_qa 0.58, loyalty 0.38). Measured on the labelled
 * set: 0.3 keeps every conversation right and still lets 98% of clear topic changes through.
 */
const CLOSE_CALL_SCORE = 0.3;

type Decision = Omit<RouteDecision, "language">;

/** Decides the skill for one message given the skill the conversation is in. Each rule is one step, in order. */
async function decide(text: string, activeSkill: RouteLabel | null): Promise<Decision> {
  const reply = readReplyShape(text);
  // "#1001", "yes please", "ok", "그걸로 해주세요": an answer to the agent, or small talk when nothing is going on.
  if (reply.carriesNoTopic)
    return { skill: activeSkill ?? "general_qa", confidence: RULE_CONFIDENCE, followUp: activeSkill !== null };

  const { label, confidence, scores } = await classifyMessage(reply.content);
  const sure = confidence >= CONFIDENCE_THRESHOLD;
  if (activeSkill === null) {
    return sure
      ? { skill: label, confidence, followUp: false }
      : { skill: "general_qa", confidence: scores.general_qa ?? 0, followUp: false };
  }
  const stay = (stayConfidence: number): Decision => ({
    skill: activeSkill,
    confidence: stayConfidence,
    followUp: true,
  });
  // Asking for a person wins over any follow-up reading: "no, get me a human".
  if (label === "human_handoff" && sure) return { skill: label, confidence, followUp: activeSkill === label };
  // "네 취소해 주세요" after "cancel my subscription" confirms that, even though on its own it reads as an order cancel.
  if (reply.acknowledged && wordCount(reply.content) <= CONFIRMATION_MAX_WORDS) return stay(RULE_CONFIDENCE);
  // "something cheaper?", "what about in blue?": narrowing down the item the active skill is showing.
  if (reply.refinesCurrent) return stay(RULE_CONFIDENCE);
  // nlp.js is unsure, or the active skill is a close second: the conversation's topic is the better guess.
  const activeScore = scores[activeSkill] ?? 0;
  if (!sure || activeScore >= CLOSE_CALL_SCORE) return stay(activeScore);
  return { skill: label, confidence, followUp: label === activeSkill };
}

/** The skill the conversation is in after `earlier`, routing each message in turn as it was when it arrived. */
async function inferActiveSkill(earlier: readonly string[]): Promise<RouteLabel | null> {
  let activeSkill: RouteLabel | null = null;
  for (const message of earlier) activeSkill = (await decide(message, activeSkill)).skill;
  return activeSkill;
}

/** The language of the last message that has letters: "#1001" in a Korean conversation is Korean. */
function conversationLanguage(messages: readonly string[]): Language {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i] ?? "";
    if (/\p{L}/u.test(message)) return detectLanguage(message);
  }
  return "en";
}

/**
 * Routes the last of the shopper's `messages` (oldest first), using the conversation: re-routes when the shopper
 * changes topic, stays in the active skill for follow-ups ("#1001", "yes please", "something cheaper?").
 */
export async function route(messages: readonly string[], context: RouteContext = {}): Promise<RouteDecision> {
  const last = messages.at(-1) ?? "";
  const activeSkill =
    context.activeSkill !== undefined ? context.activeSkill : await inferActiveSkill(messages.slice(0, -1));
  const decision = await decide(last, activeSkill);
  return { ...decision, language: conversationLanguage(messages) };
}
