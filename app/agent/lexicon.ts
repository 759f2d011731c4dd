/**
 * Shoppers name the same thing many ways — "reimbursement", "rebate", "money back", "환불", "돈 돌려받" — and the
 * router's training data cannot hold every one. A concept gathers the words for one idea in both languages; the
 * router reads it as a feature and knowledge search adds its words to a question, so a synonym or a Korean word
 * reaches an article written with another word (a Korean question finds an English article).
 *
 * English entries are matched against lowercased words at word starts (so "refund" covers "refunds", "refunded");
 * Korean entries against the message with its spaces removed (so "반품신청" and "반품 신청" read alike).
 */
export type Concept = {
  /** The words knowledge search adds to a question that names the concept (none: the concept is a request, not a subject). */
  en: readonly string[];
  /** Further English ways to say it (phrases allowed), matched at word starts. */
  enAlso?: readonly string[];
  ko: readonly string[];
};

export const CONCEPTS = {
  refund: {
    en: ["refund"],
    enAlso: ["reimburs", "rebate", "money back", "my money", "compensat", "chargeback", "credit back", "refnd", "refudn"],
    ko: ["환불", "환급", "돈돌려", "돌려받", "환불금"],
  },
  return: {
    en: ["return"],
    enAlso: ["send back", "send it back", "sending back", "ship back", "mail back", "retrun", "retun", "return label"],
    ko: ["반품", "반송", "돌려보내", "회수"],
  },
  exchange: { en: ["exchange"], enAlso: ["swap", "exhange", "exchnage", "trade it", "replace", "replacement"], ko: ["교환", "맞교환", "바꿔", "바꾸"] },
  cancel: { en: ["cancel"], enAlso: ["cancle", "cancell", "call off", "don't want it anymore"], ko: ["취소", "캔슬"] },
  change: { en: ["change"], enAlso: ["edit", "modify", "update", "fix", "chnage", "correct", "switch"], ko: ["변경", "수정", "바꿔", "고치"] },
  address: { en: ["address"], enAlso: ["adress", "addres", "zip code", "postcode", "apartment", "street"], ko: ["주소", "배송지", "우편번호"] },
  order: { en: ["order"], enAlso: ["purchase", "ordr", "oder"], ko: ["주문", "구매"] },
  shipping: {
    en: ["shipping", "delivery"],
    enAlso: ["ship", "deliver", "shiping", "postage", "courier", "freight", "dispatch"],
    ko: ["배송", "배달", "택배", "출고", "발송"],
  },
  international: {
    en: ["international"],
    enAlso: ["overseas", "abroad", "worldwide", "customs", "duties", "import tax"],
    ko: ["해외", "국제", "관세", "통관"],
  },
  /** Places say "shipping abroad" to the router, but add no search words: the place itself is the word to find. */
  place: {
    en: [],
    enAlso: ["canada", "toronto", "vancouver", "uk", "london", "australia", "europe", "germany", "france", "japan", "korea", "mexico", "singapore"],
    ko: ["캐나다", "영국", "호주", "유럽", "일본", "한국", "미국", "싱가포르"],
  },
  tracking: {
    en: ["tracking"],
    enAlso: ["track", "where is my", "wheres my", "where's my", "parcel", "package", "shipment", "eta", "arrive", "pakage", "packge"],
    ko: ["배송조회", "송장", "운송장", "어디쯤", "어디있", "어디에있", "언제와", "언제오", "언제도착", "도착"],
  },
  subscription: {
    en: ["subscription"],
    enAlso: ["subscri", "subscripton", "auto-ship", "autoship", "auto ship", "auto-deliver", "auto deliver", "recurring", "subscribe & save", "subscribe and save", "monthly box", "refill plan", "how often", "frequency", "next box", "next shipment"],
    ko: ["구독", "정기배송", "정기결제", "정기구매", "정기구독"],
  },
  skip: { en: ["skip"], enAlso: ["pause", "postpone", "hold off", "delay my next"], ko: ["건너뛰", "스킵", "일시정지", "일시중지", "미루"] },
  points: {
    en: ["points", "rewards", "loyalty"],
    enAlso: ["point", "reward", "pts", "loyalty", "vip", "tier", "perks", "stars", "cashback", "referral", "redeem", "redemption"],
    ko: ["포인트", "적립금", "적립", "마일리지", "리워드", "멤버십", "등급"],
  },
  coupon: {
    en: ["coupon", "discount"],
    enAlso: ["promo", "voucher", "discout", "cupon", "coupn", "deal", "sale", "offer", "bogo", "markdown", "% off", "percent off", "price match", "price adjust"],
    ko: ["쿠폰", "할인", "프로모션", "세일", "특가", "이벤트코드", "할인코드"],
  },
  payment: {
    en: ["payment", "pay"],
    enAlso: ["paypal", "klarna", "afterpay", "apple pay", "google pay", "credit card", "debit card", "visa", "mastercard", "amex", "installment", "crypto", "bitcoin", "checkout"],
    ko: ["결제", "카드", "페이팔", "할부", "계좌이체", "무통장"],
  },
  contact: {
    en: ["contact", "phone", "email", "call"],
    enAlso: ["ring", "phone number", "telephone", "reach you", "get in touch", "customer service", "support team", "opening hours", "business hours"],
    ko: ["연락", "전화", "이메일", "고객센터", "상담시간", "영업시간", "연락처"],
  },
  person: {
    en: [],
    enAlso: ["person", "human", "agent", "representative", "representitive", "real person", "someone", "somebody", "manager", "supervisor", "operator", "staff", "live chat"],
    ko: ["상담원", "사람", "직원", "매니저", "상담사", "담당자"],
  },
  size: { en: ["size", "fit"], enAlso: ["sizing", "too small", "too big", "too tight", "measurements", "runs small", "runs big"], ko: ["사이즈", "치수", "크기", "핏"] },
  care: { en: ["care", "wash"], enAlso: ["clean", "laundry", "washing", "dry clean", "iron", "dishwasher", "stain"], ko: ["세탁", "관리", "세척", "빨래", "손세탁"] },
  warranty: { en: ["warranty", "repair"], enAlso: ["guarantee", "broke", "broken", "defect", "faulty"], ko: ["보증", "수리", "고장", "불량", "에이에스"] },
  recommend: {
    en: [],
    enAlso: ["recommend", "suggest", "i need a ", "i need some", "i want a ", "shopping for", "in the market for", "reccomend", "recomend", "which one", "what should i get", "gift idea", "looking for", "best seller", "in stock", "back in stock", "alternative"],
    ko: ["추천", "골라", "선물", "재입고", "어떤게좋", "뭐가좋"],
  },
  giftCard: { en: ["gift card"], enAlso: ["giftcard", "gift certificate", "e-gift"], ko: ["기프트카드", "상품권", "기프티콘"] },
  account: { en: ["account"], enAlso: ["sign up", "signup", "register", "log in", "login", "password", "newsletter"], ko: ["회원가입", "계정", "로그인", "비밀번호", "탈퇴", "뉴스레터"] },
} as const satisfies Record<string, Concept>;

export type ConceptId = keyof typeof CONCEPTS;

type Matcher = { id: ConceptId; english: RegExp; korean: RegExp };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MATCHERS: Matcher[] = (Object.entries(CONCEPTS) as [ConceptId, Concept][]).map(([id, concept]) => ({
  id,
  english: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...concept.en, ...(concept.enAlso ?? [])].map(escape).join("|")})`, "u"),
  korean: new RegExp(concept.ko.map(escape).join("|"), "u"),
}));

/** The concepts a message names, in either language. */
export function conceptsIn(text: string): ConceptId[] {
  const lower = text.toLowerCase();
  const korean = lower.replace(/\s+/g, "");
  return MATCHERS.filter((m) => m.english.test(lower) || m.korean.test(korean)).map((m) => m.id);
}

/**
 * Korean words for things every shop's help articles talk about, with the English word an article would use, so
 * a Korean question finds an English article ("캐나다 배송 얼마나 걸려요?" → canada shipping). Words a concept already
 * gathers (반품, 배송, 포인트…) are not repeated here: the concept's English words serve both. A phrase without English
 * is read whole so that a word inside it is not misread: "얼마나 걸려요" asks how long, its "얼마" is not "how much".
 */
const KOREAN_GLOSSARY: Record<string, string> = {
  캐나다: "canada", 영국: "uk kingdom", 호주: "australia", 일본: "japan", 한국: "korea", 미국: "us states", 유럽: "europe eu",
  중국: "china", 독일: "germany", 프랑스: "france", 관세: "duties customs",
  전화: "phone call", 번호: "number", 메일: "email", 주소: "address", 매장: "store showroom", 쇼룸: "showroom",
  영업시간: "hours open", 운영시간: "hours open", 주말: "weekend saturday sunday", 채팅: "chat",
  배송비: "shipping cost rate", 무료: "free", 기간: "days time", 며칠: "days", 얼마나걸: "", 얼마: "cost price much",
  수수료: "fee", 카드: "card",
  할부: "installments", 페이팔: "paypal", 상품권: "gift card", 기프트카드: "gift card", 선물: "gift", 포장: "wrap packaging",
  건조: "dry", 다림질: "iron", 얼룩: "stain", 소재: "material", 원단: "fabric",
  치수: "size dimensions", 파손: "damaged", 불량: "defective",
  조립: "assembly assemble", 설치: "installation",
  회원: "member account", 가입: "sign up account", 친환경: "sustainability", 재고: "stock",
};

/** Longer words first, each read once: "기프트카드" is a gift card, not also a card. */
const GLOSSARY_LONGEST_FIRST = Object.entries(KOREAN_GLOSSARY).sort(([a], [b]) => b.length - a.length);

/** One thing a question names, in the words an English article would use: a concept's words, or a Korean word's English. */
export type SearchTerm = { words: readonly string[]; concept?: ConceptId };

/**
 * What a question names, in English: the concepts it mentions and, for Korean, the glossary's words. Knowledge
 * search adds them to the question; each term counts as one thing named, whichever of its words an article uses.
 */
export function englishSearchTerms(text: string): SearchTerm[] {
  const terms: SearchTerm[] = conceptsIn(text).flatMap((concept) => (CONCEPTS[concept].en.length > 0 ? [{ words: CONCEPTS[concept].en, concept }] : []));
  let korean = text.replace(/\s+/g, "");
  for (const [term, english] of GLOSSARY_LONGEST_FIRST) {
    if (!korean.includes(term)) continue;
    if (english) terms.push({ words: english.split(" ") });
    korean = korean.replaceAll(term, " ");
  }
  return terms;
}
