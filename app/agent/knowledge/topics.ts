import type { KnowledgeDocument } from "./document";

/**
 * What a knowledge-base article is about, in the terms of the skills that read it: the Returns skill needs
 * "returns" content, Order editing needs "order_changes", and so on. "faq" is the General Q&A skill, which answers
 * from every article.
 */
export const KNOWLEDGE_TOPICS = [
  "returns",
  "order_changes",
  "subscriptions",
  "loyalty",
  "coupons",
  "shipping",
  "faq",
] as const;
export type KnowledgeTopic = (typeof KNOWLEDGE_TOPICS)[number];

type SpecificTopic = Exclude<KnowledgeTopic, "faq">;

const ORDER = String.raw`(?:an?\s+|the\s+|your\s+|my\s+)?orders?\b`;

/** English word stems and Korean nouns for each topic; matched against lowercased text. */
const TOPIC_KEYWORDS: Record<SpecificTopic, RegExp> = {
  returns: /\breturn(?:s|ed|ing)?\b|\brefund|\bexchang|반품|환불|교환/g,
  order_changes: new RegExp(
    String.raw`\b(?:cancel|chang|edit|modif)\w*\s+${ORDER}|\borders?\s+(?:chang|edit|cancel)|` +
      String.raw`\borders?\b[^.]{0,30}\b(?:cancell?ed|changed|edited)\b|주문\s*(?:취소|변경|수정)|배송지\s*변경`,
    "g",
  ),
  subscriptions: /\bsubscri|\brenewal|\brecurring|구독|정기\s*(?:배송|결제)/g,
  loyalty: /\bloyalty|\brewards?\b|\bpoints?\b|\btiers?\b|적립금|포인트|멤버십|회원\s*등급/g,
  coupons: /\bdiscount|\bcoupon|\bpromo|\bvoucher|쿠폰|할인|프로모션/g,
  shipping: /\bship|\bdeliver|\btracking\b|\bcarrier|\bcustoms\b|\bcourier|배송|택배|운송장|출고|관세/g,
};

/**
 * Without a telling title, a topic counts only when it is a real subject of the body: mentioned at least this
 * often, and at least half as often as the body's main topic. Otherwise a sizing guide that says "returns are free"
 * once would feed the Returns skill.
 */
const MIN_BODY_MENTIONS = 3;
const MIN_SHARE_OF_MAIN_TOPIC = 0.5;

/**
 * The topics of an article, always including "faq". A title that names topics ("Returns & Exchanges Policy")
 * decides alone, because bodies mention neighbouring topics in passing (a cancellation policy talks about
 * shipping); otherwise the body's substantial topics count.
 */
export function topicsOf(doc: KnowledgeDocument): KnowledgeTopic[] {
  const topics = Object.keys(TOPIC_KEYWORDS) as SpecificTopic[];
  const title = doc.title.toLowerCase();
  const titleTopics = topics.filter((topic) => new RegExp(TOPIC_KEYWORDS[topic].source).test(title));
  if (titleTopics.length > 0) return [...titleTopics, "faq"];

  const body = doc.body.toLowerCase();
  const bodyMentions = new Map(topics.map((topic) => [topic, body.match(TOPIC_KEYWORDS[topic])?.length ?? 0]));
  const mainTopicMentions = Math.max(...bodyMentions.values());
  const bodyTopics = topics.filter((topic) => {
    const mentions = bodyMentions.get(topic) ?? 0;
    return mentions >= MIN_BODY_MENTIONS && mentions >= mainTopicMentions * MIN_SHARE_OF_MAIN_TOPIC;
  });
  return [...bodyTopics, "faq"];
}

/** Whether any article covers the topic: a skill that depends on that policy is not offered without it. */
export function hasTopic(docs: readonly KnowledgeDocument[], topic: KnowledgeTopic): boolean {
  return docs.some((doc) => topicsOf(doc).includes(topic));
}
