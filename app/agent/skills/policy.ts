import type { KnowledgeAnswer } from "../knowledge/answer";
import type { KnowledgeTopic } from "../knowledge/topics";
import { say } from "../language";
import type { SkillContext, SkillResult } from "../types";
import type { SkillDefinition } from "./definition";

/** The knowledge base's answer to a question, from articles about `topic` (all articles when absent). */
export async function knowledgeAnswer(ctx: SkillContext, question: string, topic?: KnowledgeTopic): Promise<KnowledgeAnswer | null> {
  return ctx.tools.knowledge.answer(question, topic ? { topic } : {});
}

/** The knowledge-base passage that states a policy, for a skill to quote and cite. */
export async function policyPassage(ctx: SkillContext, topic: KnowledgeTopic, query: string) {
  const answer = await knowledgeAnswer(ctx, query, topic);
  return answer ? { text: answer.text, source: answer.sources[0]! } : null;
}

/**
 * A question about what the shop allows ("Can I change my shipping address?", "How long do I have to cancel?",
 * "반품 기간이 어떻게 되나요?") rather than a request about one of the shopper's orders: no order number, no "this"
 * or "my <thing> from order…", no item already in the conversation.
 */
const POLICY_QUESTION = new RegExp(
  [
    String.raw`^(?:hi|hey|hello)?[,! ]*(?:can|could|may) (?:i|you|we|someone)\b`,
    String.raw`^(?:do|does) (?:you|u|your|the store|y'?all)\b`,
    String.raw`^(?:is|are) (?:there|it possible|returns?|exchanges?|shipping|cancell?ations?)\b`,
    String.raw`^how (?:long|many days|much time|late|soon|much does|does|do)\b`,
    String.raw`^what(?:'s| is| are) (?:your|the) [\w\s&]*(?:polic|rules?|window|fee|terms|deadline|cost)`,
    String.raw`\b(?:policy|policies)\b`,
    String.raw`(?:가능한가요|가능해요|가능할까요|가능하나요|되나요|돼요\?|있나요|있어요\?|어떻게 되나요|어떻게 돼요|정책|기간이|며칠|언제까지)`,
  ].join("|"),
  "iu",
);
const NAMES_AN_ORDER = /#\s?\d{3,}|\border\s*(?:no\.?|number|#)?\s*\d{3,}|\d{3,}\s?번|주문번호|\bthis\b|\bthese\b|\bit\b(?!'s| is)|\bthem\b|이거|그거/i;

export function isPolicyQuestion(text: string): boolean {
  const message = text.trim();
  return POLICY_QUESTION.test(message) && !NAMES_AN_ORDER.test(message);
}

/**
 * A skill's answer to a question about its policy: the passage that answers it, cited once, then the offer to act
 * ("Want me to change it on your order?"). Null when the knowledge base has no answer: the skill handles the
 * message as a request instead.
 */
export async function answerPolicyQuestion(ctx: SkillContext, skill: SkillDefinition): Promise<SkillResult | null> {
  if (!skill.policy || ctx.state.pending || ctx.state.collecting || !isPolicyQuestion(ctx.message)) return null;
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
