import { ETHAN } from "../demo-facts";
import type { Scenario } from "../scenario";

/** Blind set: store questions answered from the knowledge base (knowledge-en.ts, knowledge-ko.ts, store-facts.ts). */
export const BLIND_GENERAL_QA: Scenario[] = [
  {
    id: "blind-qa-guest-korea-shipping-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "general_qa",
    who: "guest",
    turns: ["한국으로 배송되나요?", "배송비는 얼마고 며칠 걸려요?"],
    note: "Korea: CJ대한통운, 2–4 business days, $9.95, free over $100.",
    expect: { mustState: ["$9.95", "$100", /2\s*[~–-]\s*4/], mustNotState: ["$8.95"] },
  },
  {
    id: "blind-qa-guest-zipper-warranty",
    language: "en",
    voice: "rambling",
    skill: "general_qa",
    who: "guest",
    turns: [
      "ok so long story",
      "the main zipper on my Ridgeline shell just split after maybe a year and a bit of use, is that something you cover or am I out of luck?",
    ],
    note: "2-year warranty against defects; broken zippers are covered.",
    expect: { mustState: [/2.year|two.year|2 years|two years/i], mustNotState: [/not covered/i, /\b(1|one).year warranty|90.day warranty/i] },
  },
  {
    id: "blind-qa-guest-gift-card-expiry-ko-casual",
    language: "ko",
    voice: "ko-casual",
    skill: "general_qa",
    who: "guest",
    turns: ["기프트카드 선물하려고 🎁", "유효기간 있어?"],
    note: "Gift cards never expire.",
    expect: { mustState: [/만료되지 않|만료(가|는|되는 일(이|은))?\s*없|유효기간(이|은)?\s*없|never expire/i], mustNotState: [/1년|12개월|18개월|5년/] },
  },
  {
    id: "blind-qa-guest-canada-how-long-how-much",
    language: "en",
    voice: "terse",
    skill: "general_qa",
    who: "guest",
    turns: ["do u ship to canada", "how long + how much"],
    note: "Other countries: DHL Express from Portland, 5–8 business days, $24.95, free over $200.",
    expect: { mustState: [/5\s*[–-]\s*8|5 to 8/, "$24.95"], mustNotState: ["$9.95", /2\s*[–-]\s*4 business/] },
  },
  {
    id: "blind-qa-guest-boot-size-from-mm-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "general_qa",
    who: "guest",
    turns: ["그래니트 피크 등산화 사려고 하는데요", "평소에 270 신으면 몇 사이즈 사야 할까요?"],
    note: "Granite Peak boots run half a size large: half a size down is recommended (270 mm = US 9).",
    expect: { mustState: [/반\s*치수/], mustNotState: [/반\s*치수\s*크게\s*(선택|주문|구매|사)/], skill: null },
  },
  {
    id: "blind-qa-ethan-po-box",
    language: "en",
    voice: "terse",
    skill: "general_qa",
    who: ETHAN,
    turns: ["shipping q", "can u ship to a po box"],
    note: "PO boxes and APO/FPO addresses ship with USPS.",
    expect: { mustState: ["USPS"], mustNotState: [/(can't|cannot|don't|do not) ship to (a )?PO/i] },
  },
];
