import type { KnowledgeAnswer } from "../knowledge/answer";
import type { KnowledgeTopic } from "../knowledge/topics";
import { say } from "../language";
import type { SkillContext, SkillResult } from "../types";
import type { SkillDefinition, SkillPolicy } from "./definition";

/** The knowledge base's answer to a question, from articles about `topic` (all articles when absent). */
export async function knowledgeAnswer(ctx: SkillContext, question: string, topic?: KnowledgeTopic): Promise<KnowledgeAnswer | null> {
  return ctx.tools.knowledge.answer(question, topic ? { topic } : {});
}

/**
 * The knowledge-base passage that states a skill's policy, for the skill to quote and cite beside what it does: the
 * answer to the shopper's message together with the question that sums the policy up.
 */
export async function policyPassage(ctx: SkillContext, policy: Pick<SkillPolicy, "topic" | "summary">) {
  const answer = await knowledgeAnswer(ctx, `${ctx.message}\n${say(ctx.language, policy.summary)}`, policy.topic);
  return answer ? { text: answer.text, source: answer.sources[0]! } : null;
}

/** Questions that are plainly about what the shop allows: "Can I change my shipping address?", "반품 기간이 어떻게 되나요?". */
const POLICY_QUESTION = new RegExp(
  [
    String.raw`^(?:hi|hey|hello)?[,! ]*(?:can|could|may) (?:i|you|we|someone)\b`,
    // "do you price match?", "do you ship to Canada?" — but "do you have any codes?" asks for what the skill shows.
    String.raw`^(?:do|does) (?:you|u|your|the store|y'?all) (?!have\b|got\b|sell\b|carry\b|stock\b)`,
    String.raw`^(?:is|are) (?:there|it possible|returns?|exchanges?|shipping|cancell?ations?)\b`,
    String.raw`^(?:do|does|will|would) (?:my|your|the) [\w\s]{1,30}\b(?:expire|renew|reset|roll over|carry over|transfer|count)`,
    String.raw`\bhow (?:long|many days|much time|late|soon|much does|does|do|can)\b`,
    String.raw`^what(?:'s| is| are) (?:your|the) [\w\s&]*(?:polic|rules?|window|fee|terms|deadline|cost)`,
    String.raw`\b(?:policy|policies)\b`,
    String.raw`(?:가능한가요|가능해요|가능할까요|가능하나요|되나요|돼요\?|있나요|있어요\?|어떻게 되나요|어떻게 돼요|정책|기간이|며칠|언제까지)`,
  ].join("|"),
  "iu",
);
const QUESTION_START = /^(?:what|when|where|which|who|why|how|is|are|do|does|can|could|will|would)\b/i;

/** A question rather than a request or a statement: "is there free shipping?", "배송 며칠 걸려요?". */
export function isQuestion(text: string): boolean {
  const message = text.trim();
  return /\?\s*$/.test(message) || POLICY_QUESTION.test(message) || QUESTION_START.test(message);
}

/** A message about one order by its number is a request about that order, whatever its form. */
const NAMES_AN_ORDER = /#\s?\d{3,}|\border\s*(?:no\.?|number|#)?\s*\d{3,}|\d{3,}\s?번|주문번호/i;
/** "Where is my order?", "has my refund gone through?": the shopper wants their own status, not the policy. */
const ASKS_FOR_STATUS =
  /\b(?:where(?:'s| is| are)?|when (?:will|does|do|is))\b.*\bmy\b|\b(?:has|have|did|is|was) my\b|\bhow (?:many|much) (?:points|credits?|rewards?|store credit)\b|\b(?:do|did) i have (?:any|enough)\b|\bmy (?:balance|account|points balance)\b|\bstatus\b|\btrack|어디쯤|언제 와|언제 도착|처리(?:됐|되었)|얼마나 있|잔액|포인트\s*(?:[가는]\s*)?(?:몇\s*점|얼마\s*(?:있|남|야|예요|에요|인))/i;
/** "Can I change how often my coffee comes?", "can you cancel it?" from a logged-in customer: about their own account. */
const ASKS_ABOUT_OWN = /^(?:can|could|may|would) (?:i|you|we)\b.*\b(?:my|it|this|these|them)\b/i;

/**
 * Whether a message asks what the shop allows rather than for something about the shopper's own orders or account.
 * It must read as a policy question ("Can I change my shipping address?", "do my points expire?", "반품 기간이 어떻게
 * 되나요?") — or, when `anyQuestion` (a guest the skill would otherwise ask to log in), as any question ("how do I
 * cancel it?") — and name no order number nor ask for a status; from a logged-in customer, "can I/you … my …" is a
 * polite request instead.
 */
export function isPolicyQuestion(text: string, { loggedIn = false, anyQuestion = false } = {}): boolean {
  const message = text.trim();
  const asks = anyQuestion ? isQuestion(message) : POLICY_QUESTION.test(message);
  if (!asks || NAMES_AN_ORDER.test(message) || ASKS_FOR_STATUS.test(message)) return false;
  return !(loggedIn && ASKS_ABOUT_OWN.test(message));
}

/**
 * A skill's answer to a question about its policy: the passage that answers it, cited once, then the offer to act
 * ("Want me to change it on your order?"). Null when the knowledge base has no answer: the skill handles the
 * message as a request instead.
 */
export async function answerPolicyQuestion(ctx: SkillContext, skill: SkillDefinition): Promise<SkillResult | null> {
  if (!skill.policy || ctx.state.pending || ctx.state.collecting) return null;
  const loggedIn = ctx.identity.customerId !== null;
  // A guest would be asked to log in or prove an order first: any question of theirs is better answered by the policy.
  const anyQuestion = skill.needsLogin === "yes" && !loggedIn && ctx.state.verifiedOrderIds.length === 0;
  if (!isPolicyQuestion(ctx.message, { loggedIn, anyQuestion })) return null;
  const answer = await knowledgeAnswer(ctx, ctx.message, skill.policy.topic);
  if (!answer) return null;
  const { language } = ctx;
  return {
    outcome: "resolved",
    text: `${answer.text}\n\n${say(language, skill.policy.offer)}`,
    facts: { policy: answer.text, offer: say(language, skill.policy.offer) },
    sources: answer.sources,
    quickReplies: [say(language, skill.policy.accept)],
  };
}
