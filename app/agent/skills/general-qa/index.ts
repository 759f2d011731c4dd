import { say } from "../../language";
import { readReplyShape } from "../../router/reply-shape";
import type { Turn } from "../../types";
import type { SkillDefinition } from "../definition";
import { ROUTE_LABEL_NAMES } from "../../skill-ids";

const GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|안녕|안녕하세요|하이|헬로)\b/i;
const THANKS = /^(thanks|thank you|thx|ty|cheers|great,? thanks|perfect|awesome|고마워|고맙습니다|감사|감사합니다|감사해요)/i;
const BYE = /\b(bye|goodbye|see you)\b|안녕히|수고하세요/i;
/** A message that opens as a question of its own ("what's your phone number") names its own subject, however short. */
const OPENS_A_QUESTION = /^(?:what|what's|whats|when|where|which|who|why|how|is|are|do|does|did|can|could|will|would|should|may)\b/i;

/**
 * The earlier question a follow-up continues, when the agent's last reply answered a general question: "and to
 * Canada?", "how long does it take?" or "얼마나 걸려요?" keep the subject of "how much is shipping in the US?". A
 * follow-up continues ("and…"), refers back ("it", a bare Korean question word) or is a fragment that does not open a
 * question of its own. If that earlier question followed another, its subject comes too.
 */
export function followedQuestion(message: string, history: readonly Turn[]): string | undefined {
  const shape = readReplyShape(message);
  if (!(shape.continues || shape.refersBack || (shape.fragment && !OPENS_A_QUESTION.test(shape.content)))) return undefined;
  const [previous, reply] = history.slice(-2);
  if (previous?.role !== "shopper" || reply?.role !== "agent" || reply.skill !== "general_qa") return undefined;
  const earlier = followedQuestion(previous.text, history.slice(0, -2));
  return earlier ? `${earlier}\n${previous.text}` : previous.text;
}

export const generalQa: SkillDefinition = {
  id: "general_qa",
  name: ROUTE_LABEL_NAMES.general_qa.en,
  overview: "Answers questions about your store, products and policies from your knowledge base, citing its sources.",
  whenUsed: "A shopper asks a general question — shipping times, costs and countries, sizing, materials, care, warranty, payment, accounts, contact details, the brand — or says hello.",
  howItResponds:
    "Finds the passage in your knowledge base that answers the question and replies from it, naming the article. When the knowledge base has no answer it says so and offers a person — it never makes up policy.",
  shopperTopic: { en: "A question about the store", ko: "쇼핑몰 이용 문의" },
  tools: ["knowledge.answer"],
  needsLogin: "no",
  prerequisites: [{ kind: "knowledge", topic: "faq", missing: "Needs brand FAQ & articles" }],
  async handle(ctx) {
    const { language } = ctx;
    const message = ctx.message.trim();
    if (message.length < 40 && (GREETING.test(message) || THANKS.test(message) || BYE.test(message))) {
      const text = THANKS.test(message) || BYE.test(message)
        ? say(language, { en: "You're welcome! Anything else I can help with?", ko: "천만에요! 더 도와드릴 일이 있을까요?" })
        : say(language, {
            en: "Hi! I'm {brand}'s assistant. I can help with orders, returns, discounts, products and questions about our store. What can I do for you?",
            ko: "안녕하세요! {brand} 상담 도우미예요. 주문, 반품, 할인, 상품, 쇼핑몰 이용에 대해 도와드릴 수 있어요. 무엇을 도와드릴까요?",
          }, { brand: ctx.guidance.brandName || say(language, { en: "the store", ko: "스토어" }) });
      return { outcome: "resolved", text, facts: { smallTalk: true } };
    }
    const follows = followedQuestion(message, ctx.history);
    const answer = await ctx.tools.knowledge.answer(ctx.message, follows ? { follows } : {});
    if (!answer) {
      return {
        outcome: "unanswered",
        text: say(language, {
          en: "I don't have an answer to that in our help articles, and I'd rather not guess. Would you like me to connect you with a person?",
          ko: "도움말에서 그 질문에 대한 답을 찾지 못했어요. 추측해서 답하기보다는 담당자를 연결해 드릴까요?",
        }),
        facts: { answer: null },
        quickReplies: [say(language, { en: "Talk to a person", ko: "상담원 연결" })],
      };
    }
    // The source is cited once, beside the reply (the widget, the transcript), not again inside the text.
    return { outcome: "resolved", text: answer.text, facts: { answer: answer.text }, sources: answer.sources };
  },
};
