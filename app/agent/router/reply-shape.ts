import { conceptsIn } from "../lexicon";
import { EMAIL, LINK } from "../text-patterns";

/**
 * Reads the form of a shopper's message, without the model: is it only a reply to the agent ("yes please", "#1001",
 * "그걸로 해주세요"), a confirmation ("네 취소해 주세요"), or a refinement of the item being discussed ("something
 * cheaper?", "파란색은요?")? The router keeps such messages in the active skill, because a bag-of-words model gives
 * them confident but arbitrary labels (nlp.js scored "yes please" 1.0 for human_handoff from "agent please").
 */

export interface ReplyShape {
  /** The message without its leading acknowledgements ("yes, ", "네 "): the part worth classifying. */
  content: string;
  /** It started with an acknowledgement (yes/no/ok/thanks, 네/아니요/좋아요…). */
  acknowledged: boolean;
  /** No topic word at all: acknowledgements, an order number or code, pronouns ("that one", "it's 1003"). */
  carriesNoTopic: boolean;
  /** Only narrows down the current item: cheaper, another colour or size ("what about in blue?", "파란색은요?"). */
  refinesCurrent: boolean;
  /** Opens with "and", "what if", "so", "그럼"… and is short: the next question on the same topic. */
  continues: boolean;
  /** A fragment ("size M", "for 2 months", "침낭이요", "any update?") that only makes sense after the agent's reply. */
  fragment: boolean;
  /**
   * Points back at what was just discussed: "how much is it?", "the other one", "when?", "because it's too small",
   * "그거 언제 와요?" — or, in
   * Korean, which drops what is understood, a short question with nothing but a question word ("얼마예요?", "보통
   * 얼마나 걸려요?").
   */
  refersBack: boolean;
}

const REFERS_BACK = /\b(?:it|its|it's|that|this|those|these|them|they|one|ones|her|his|him|she|he)\b|그거|이거|저거|그걸|이걸|저걸|그것|이것/i;
/** An answer to "why?" the agent asked: "because it's too small", "사이즈가 너무 작아서요". */
const GIVES_A_REASON = /^(?:because|bc|cuz|coz|cause)\b|(?:아서|어서|해서|라서|니까)요?[.!~]*$/i;
const BARE_QUESTION = /^(?:when|where|why|how|how much|how long|how many|which|what about)\s*\?*$/i;
const KOREAN_QUESTION_WORD = /얼마|언제|어디|어떻게|몇|왜/;
/** A Korean question this short, with a question word, leaves its subject to the conversation. */
const KOREAN_BARE_QUESTION_MAX_WORDS = 3;

/** Openings that hang a message on the one before: "and for sale items?", "what if it's been worn?", "그럼 언제 와요?". */
const CONTINUATION = /^(?:and|& |what about|how about|what if|so|then|but|or|if so|그럼|그러면|근데|그래서|그리고|그건|그거는)(?=$|[\s,.!?])/i;
/** A fragment this short (in words that carry a topic) is an answer to the agent, not a new request. */
const FRAGMENT_MAX_WORDS = 4;
/** A continued question this short stays on the topic; a longer one may well be a new request ("and also…"). */
const CONTINUATION_MAX_WORDS = 6;

/** Replies to the agent: yes, no, ok, thanks, bye and their Korean forms. */
const ACKNOWLEDGEMENTS = [
  ...["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "k", "please", "pls", "plz", "thanks", "thank you", "thx"],
  ...["ty", "no", "nope", "nah", "great", "cool", "perfect", "bye", "goodbye"],
  ...[
    "네",
    "넵",
    "예",
    "응",
    "ㅇㅇ",
    "ㅇㅋ",
    "오케이",
    "아니요",
    "아뇨",
    "아니",
    "좋아요",
    "괜찮아요",
    "감사합니다",
    "감사해요",
  ],
  ...["고마워요", "고맙습니다", "알겠어요", "알겠습니다", "그래요"],
];

/** An acknowledgement at the start of a message, with the punctuation after it. */
const LEADING_ACKNOWLEDGEMENT = new RegExp(
  String.raw`^(?:${ACKNOWLEDGEMENTS.join("|")})(?=$|[\s,.!?~])[\s,.!?~]*`,
  "i"
);

/** Words that carry no topic: acknowledgements, pronouns, fillers, generic nouns and the words around an order number. */
const NO_TOPIC_WORDS = new Set([
  ...ACKNOWLEDGEMENTS.flatMap((acknowledgement) => acknowledgement.split(" ")),
  ...["got", "it", "sounds", "good", "go", "ahead", "do", "that's", "all", "fine", "a", "an", "the", "one", "ones"],
  ...["that", "this", "its", "it's", "them", "those", "these", "same", "again", "too", "also", "and", "as", "well"],
  ...["then", "so", "just", "in", "after", "before", "what", "about", "how", "more", "less", "i", "i'll", "i'd", "i'm"],
  ...["me", "take", "want", "have", "has", "any", "anything", "something", "else", "other", "another", "different"],
  ...["order", "number", "is", "my", "size", "color", "colour", "version", "pair"],
  ...["좀", "그럼", "그리고", "그냥", "더", "다른", "사이즈", "있어요", "있나요", "없어요", "없나요"],
]);

/**
 * Korean pronouns, generic nouns and the order-number words with the particles and polite endings they take
 * ("그걸로", "이거요", "주문이요", "거"), and particles left on their own ("은요?" once "파란색" is read as a refinement).
 */
const KOREAN_PRONOUN_WITH_PARTICLES =
  /^(?:그거|이거|저거|그걸|이걸|저걸|그것|이것|저것|거|것|걸|주문|번호|주문번호)?(?:이|가|은|는|을|를|로|으로|도)?(?:요|이요|이에요|예요|입니다)?$/;

/** Bare request verbs ("해주세요", "할게요", "부탁드려요"): they carry a topic only when another word names it. */
const KOREAN_REQUEST_VERB =
  /^(?:해|해요|해줘|해줘요|해주세요|할게요|할래요|주세요|줘요|줘|부탁해요|부탁드려요|부탁드립니다|부탁합니다)$/;

/** A number (an order number, a size, a quantity) or a discount code: "#1001", "1001번이요", "10", "SUMMER25". */
const REFERENCE_WORD = /^(?:#?\d+(?:번(?:이요|이에요|요|입니다)?)?|[a-z]{3,}\d{1,3})$/i;

/** Comparatives, colours and sizes: what a shopper says to narrow down the item being discussed. */
const REFINEMENT = new RegExp(
  [
    String.raw`\b(?:cheaper|less expensive|pricier|bigger|smaller|larger|lighter|warmer|longer|shorter|colou?rs?)\b`,
    String.raw`\b(?:black|white|blue|red|green|gr[ae]y|pink|navy|beige|brown)\b`,
    String.raw`\bin (?:an? )?(?:xs|s|m|l|xl|xxl|small|medium|large)\b`,
    String.raw`(?:더\s*)?(?:싼|저렴한|비싼|큰|작은|가벼운|긴|짧은|따뜻한)`,
    String.raw`(?:빨간|파란|노란|검정|검은|까만|흰|하얀|초록|회|분홍|남|갈)색(?:상)?|검정|블랙|화이트|네이비|베이지|그레이|핑크|색상?`,
    String.raw`스몰|미디엄|라지`,
  ].join("|"),
  "gi"
);

/** Emails and links name who or where, never a topic: "it's #1024, noah@example.com". */
const ADDRESS_LIKE = new RegExp(`${EMAIL.source}|${LINK.source}`, "g");

function words(text: string): string[] {
  return text
    .replace(ADDRESS_LIKE, " ")
    .toLowerCase()
    .split(/[\s,.!?~;:()"]+/)
    // Emoji and symbols ("👍", "ㅋㅋ" aside) say nothing about a topic.
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

function carriesTopic(word: string): boolean {
  return !(
    NO_TOPIC_WORDS.has(word) ||
    KOREAN_PRONOUN_WITH_PARTICLES.test(word) ||
    KOREAN_REQUEST_VERB.test(word) ||
    REFERENCE_WORD.test(word)
  );
}

export function readReplyShape(text: string): ReplyShape {
  let content = text.trim();
  let acknowledged = false;
  for (let match = LEADING_ACKNOWLEDGEMENT.exec(content); match; match = LEADING_ACKNOWLEDGEMENT.exec(content)) {
    acknowledged = true;
    content = content.slice(match[0].length);
  }
  const withoutRefinements = content.replace(REFINEMENT, " ");
  const topical = words(content).filter(carriesTopic);
  return {
    content,
    acknowledged,
    carriesNoTopic: topical.length === 0,
    continues: CONTINUATION.test(content) && topical.length <= CONTINUATION_MAX_WORDS,
    fragment: topical.length <= FRAGMENT_MAX_WORDS,
    refersBack:
      REFERS_BACK.test(content) ||
      BARE_QUESTION.test(content) ||
      GIVES_A_REASON.test(content) ||
      (KOREAN_QUESTION_WORD.test(content) && topical.length <= KOREAN_BARE_QUESTION_MAX_WORDS && conceptsIn(content).length === 0),
    // Refinement words and nothing else that names a topic: "회색 후드를 검정으로 교환해 주세요" is an exchange.
    refinesCurrent: withoutRefinements !== content && !words(withoutRefinements).some(carriesTopic),
  };
}

/** Words in a message, for the router's "a short confirmation" rule. */
export function wordCount(text: string): number {
  return words(text).length;
}
