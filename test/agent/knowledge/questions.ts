/**
 * Shopper questions with the knowledge-base document that answers them (file names in ./fixtures). They are phrased
 * the way shoppers write in a chat — differently from the documents, with inflections and a few typos — so the
 * hit rate measures the tokenizer and ranking rather than copy-pasted wording. Shared by the tests and
 * bench/knowledge.ts.
 */
export interface LabelledQuestion {
  question: string;
  /** Any of these documents answering the question counts as a hit. */
  expectedDocumentIds: string[];
}

const ask = (question: string, ...expectedDocumentIds: string[]): LabelledQuestion => ({
  question,
  expectedDocumentIds,
});

export const ENGLISH_QUESTIONS: LabelledQuestion[] = [
  ask("can i send back shoes i wore once", "returns-and-exchanges.md"),
  ask("how many days do I have to return something?", "returns-and-exchanges.md"),
  ask("when will i get my money back after returning", "returns-and-exchanges.md"),
  ask("i want to swap my jacket for a bigger size", "returns-and-exchanges.md", "sizing-guide.md"),
  ask("is the return shipping free?", "returns-and-exchanges.md"),
  ask("how long does shipping take", "shipping-faq.md"),
  ask("do you offer free delivery", "shipping-faq.md"),
  ask("my tracking number hasnt updated in a week", "shipping-faq.md"),
  ask("package says delivered but i never got it", "shipping-faq.md"),
  ask("do you ship to canada?", "international-shipping.md"),
  ask("will I have to pay customs fees in Switzerland", "international-shipping.md"),
  ask("can I cancel my order", "order-changes-and-cancellations.md"),
  ask("I put the wrong adress on my order, can I change it?", "order-changes-and-cancellations.md"),
  ask("what size should i get if im between sizes", "sizing-guide.md"),
  ask("do your sneakers run small or big", "sizing-guide.md"),
  ask("how do I wash my wool sweater", "care-instructions.md"),
  ask("my zipper broke after two months", "warranty.md"),
  ask("how much is a point worth", "loyalty-program.md"),
  ask("do my reward points expire", "loyalty-program.md"),
  ask("how do i pause my sock subscription", "subscription-policy.md"),
  ask("cancel subscription before next charge", "subscription-policy.md"),
  ask("my discount code isn't working", "discounts-and-coupons.md"),
  ask("can I use two promo codes on one order?", "discounts-and-coupons.md"),
  ask("do you take paypal", "payment-methods.md"),
  ask("can i pay in installments with klarna", "payment-methods.md"),
  ask("do gift cards expire", "gift-cards.txt"),
];

export const KOREAN_QUESTIONS: LabelledQuestion[] = [
  ask("반품하려면 어떻게 해야 돼요?", "ko-returns.md"),
  ask("환불은 언제 들어오나요", "ko-returns.md"),
  ask("사이즈 교환 가능한가요?", "ko-returns.md", "ko-sizing.md"),
  ask("세일 상품도 반품돼요?", "ko-returns.md"),
  ask("해외 배송 되나요", "ko-shipping.md"),
  ask("배송비 얼마예요?", "ko-shipping.md"),
  ask("주문한 거 언제 도착해요", "ko-shipping.md"),
  ask("제주도도 배송되나요?", "ko-shipping.md"),
  ask("신발 사이즈 260이면 뭘 사야 하나요", "ko-sizing.md"),
  ask("평소 한국 사이즈 95 입는데 어떤 사이즈 주문할까요", "ko-sizing.md"),
];

/** Questions the knowledge base cannot answer: the search must return nothing rather than cite something. */
export const OFF_TOPIC_QUESTIONS: string[] = [
  "what's the capital of France",
  "who won the world cup in 2022",
  "write me a poem about the ocean",
  "what is the weather in Paris tomorrow",
  "비트코인 가격 알려줘",
  "오늘 서울 날씨 어때?",
  "점심 메뉴 추천해줘",
];
