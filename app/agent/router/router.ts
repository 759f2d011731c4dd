import { emailIn } from "../extractors/email";
import { orderNumberIn } from "../extractors/order-number";
import { type ConceptId, conceptsIn } from "../lexicon";
import type { RouteLabel } from "../skill-ids";
import { classifyMessage, CONFIDENCE_THRESHOLD, type Language } from "./classifier";
import { conversationLanguage } from "./language";
import { readReplyShape, wordCount } from "./reply-shape";

export interface RouteContext {
  /** The skill handling the conversation so far; when absent it is inferred from the earlier messages. */
  activeSkill?: RouteLabel | null;
  /** The conversation's language so far: a message that shows none ("#1028", "ok") keeps it. */
  language?: Language;
}

export interface RouteDecision {
  skill: RouteLabel;
  /** The model's probability for `skill` (under CONFIDENCE_THRESHOLD: unsure), or RULE_CONFIDENCE when a rule decided. */
  confidence: number;
  language: Language;
  /** The message continues the active skill rather than starting a topic. */
  followUp: boolean;
  /**
   * Set when the router should ask rather than guess: the two skills the message most likely means, best first.
   * `skill` is then the best of them.
   */
  clarify?: [RouteLabel, RouteLabel];
}

/** Reported when the message's form (a bare reply, a confirmation, a refinement) decided, not the model. */
export const RULE_CONFIDENCE = 1;

/** "yes cancel it", "네 취소해 주세요": an acknowledgement plus at most this many words confirms the active skill. */
const CONFIRMATION_MAX_WORDS = 3;

/**
 * A close call goes to the conversation: when the model gives the active skill at least this probability, the
 * message stays ("how do I redeem them?" after a points question). Set by hand, a little below the first router's
 * 0.3 because this model's probabilities are spread more honestly; the conversation tests guard it.
 */
const CLOSE_CALL_SCORE = 0.25;

/**
 * An unsure message is worth a question only when the two likeliest skills hold most of the probability between
 * them; spread thinner, the message names no topic the agent knows (general_qa says it does not know).
 */
const CLARIFY_MASS = 0.6;

/**
 * Concepts that name a skill's topic (refund, tracking, points, a person…). A fragment or continuation that names one
 * is a request of its own ("tracking??", "and how do I return something?"): the model, not the conversation,
 * decides where it goes.
 */
const TOPIC_CONCEPTS: ReadonlySet<ConceptId> = new Set<ConceptId>(["refund", "return", "exchange", "tracking", "subscription", "points", "coupon", "recommend", "person", "cancel", "international"]);

function namesATopic(text: string): boolean {
  return conceptsIn(text).some((concept) => TOPIC_CONCEPTS.has(concept));
}

type Decision = Omit<RouteDecision, "language">;

/** Decides the skill for one message given the skill the conversation is in. Each rule is one step, in order. */
async function decide(text: string, activeSkill: RouteLabel | null): Promise<Decision> {
  const reply = readReplyShape(text);
  // "#1001", "yes please", "ok", "그걸로 해주세요": an answer to the agent, or small talk when nothing is going on.
  if (reply.carriesNoTopic) {
    // An order number or email that opens a conversation is about an order: most often, where it is.
    if (activeSkill === null && (orderNumberIn(text) || emailIn(text))) return { skill: "order_tracking", confidence: RULE_CONFIDENCE, followUp: false };
    return { skill: activeSkill ?? "general_qa", confidence: RULE_CONFIDENCE, followUp: activeSkill !== null };
  }

  const { label, confidence, scores } = await classifyMessage(reply.content);
  const sure = confidence >= CONFIDENCE_THRESHOLD;
  const question = clarification(scores);
  if (activeSkill === null) {
    if (sure) return { skill: label, confidence, followUp: false };
    return question
      ? { skill: label, confidence, followUp: false, clarify: question }
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
  // "so what happens now?", "and for sale items?": the next question on this topic — unless it names a topic the
  // model is sure of ("and how do I return something?").
  if (reply.continues && !(sure && namesATopic(reply.content))) return stay(RULE_CONFIDENCE);
  // "size M", "how much is it?", "침낭이요": an answer to the agent or a question about what it just showed — when the
  // model is unsure of the fragment or it points back; "wher is my ordr" or "tracking??" are new requests.
  if (reply.fragment && (!sure || reply.refersBack) && !(sure && namesATopic(reply.content))) return stay(RULE_CONFIDENCE);
  // The active skill is a close call: the conversation's topic is the better guess.
  const activeScore = scores[activeSkill] ?? 0;
  if (label === activeSkill || activeScore >= CLOSE_CALL_SCORE) return stay(Math.max(activeScore, confidence));
  if (sure) return { skill: label, confidence, followUp: false };
  // Unsure, and the conversation's topic is not among the likely ones: ask, or stay when nothing is likely.
  return question ? { skill: label, confidence, followUp: false, clarify: question } : stay(activeScore);
}

/** The two likeliest labels, when together they are likely enough to ask the shopper which one they mean. */
function clarification(scores: Partial<Record<RouteLabel, number>>): [RouteLabel, RouteLabel] | undefined {
  const [first, second] = (Object.entries(scores) as [RouteLabel, number][]).sort((a, b) => b[1] - a[1]);
  // General Q&A is where an unsure message goes anyway: it answers from the knowledge base or says it does not know.
  if (!first || !second || first[0] === "general_qa" || first[1] + second[1] < CLARIFY_MASS) return undefined;
  return [first[0], second[0]];
}

/** The skill the conversation is in after `earlier`, routing each message in turn as it was when it arrived. */
async function inferActiveSkill(earlier: readonly string[]): Promise<RouteLabel | null> {
  let activeSkill: RouteLabel | null = null;
  for (const message of earlier) activeSkill = (await decide(message, activeSkill)).skill;
  return activeSkill;
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
  return { ...decision, language: conversationLanguage(messages, context.language) };
}
