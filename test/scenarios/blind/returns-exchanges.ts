import { AVA, EMMA, ETHAN, LIAM, MINJUN, NOAH, OLIVIA, YUNA } from "../demo-facts";
import type { Scenario } from "../scenario";
import { anyOf, onDate, REFUSES_RETURN_EN } from "./facts";

/**
 * Blind set: returns and exchanges. Returns within 30 days of delivery, exchanges free within 45, a $6.95 label fee
 * for US returns, free CJ대한통운 pickup in Korea, opened coffee not returnable (knowledge-en/ko.ts, store-facts.ts).
 */
const KO_RETURN_ALLOWED = /반품(이|을)?\s*(가능합니다|하실 수 있습니다|접수(해 드렸|되었|됐))/;

export const BLIND_RETURNS_EXCHANGES: Scenario[] = [
  {
    id: "blind-return-ethan-boots-past-30-days",
    language: "en",
    voice: "rambling",
    skill: "returns_exchanges",
    who: ETHAN,
    turns: [
      "hey, question about my boots",
      "So the Granite Peak boots I got last month are about half a size too big. I've only worn them around the house on carpet and I still have the box. Can I send them back for my money?",
    ],
    note: "#1015 was delivered 31 days ago: past the 30-day return window, inside the 45-day exchange window.",
    expect: {
      mustState: ["#1015", /exchange/i, /30.?day|45.?day/i],
      mustNotState: [/can't be exchanged|cannot be exchanged|not eligible for (an )?exchange/i, "#1033"],
    },
  },
  {
    id: "blind-return-noah-three-tees",
    language: "en",
    voice: "terse",
    skill: "returns_exchanges",
    who: NOAH,
    turns: ["return the 3 tees i got", { tap: /size|fit|small|big|large/i, ifOffered: true }],
    note: "The three Basecamp tees are #1024, delivered 3 days ago. #1035 (beanie + logo tee) has not shipped.",
    expect: { mustState: ["#1024", /return/i], mustNotState: [REFUSES_RETURN_EN, /outside|expired|passed/i, "#1035", "#1011"] },
  },
  {
    id: "blind-return-guest-seoyeon-sun-hoodie-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "returns_exchanges",
    who: "guest",
    turns: ["썬 후드티 반품하고 싶은데요", "주문번호 1013이고요 이메일은 seoyeon.lee@example.com 이에요"],
    note: "#1013 was delivered 39 days ago: the 30-day return window has passed; a free exchange (45 days) is still possible.",
    expect: { mustState: ["#1013", /교환/], mustNotState: [KO_RETURN_ALLOWED, "#1029"] },
  },
  {
    id: "blind-return-emma-sleeping-bag-deadline",
    language: "en",
    voice: "plain",
    skill: "returns_exchanges",
    who: EMMA,
    turns: ["Hi Emma here", "How long do I have to send back the sleeping bag?"],
    note: "#1016 was delivered Oct 29: the 30-day return window ends Nov 28 (4 days from now).",
    expect: { mustState: ["#1016", anyOf(onDate(11, 28), /\b4 (more )?days/i)], mustNotState: ["#1001", /expired|has passed|outside (the|our)/i], skill: null },
  },
  {
    id: "blind-return-liam-tee-exchange-status",
    language: "en",
    voice: "slang",
    skill: "returns_exchanges",
    who: LIAM,
    turns: ["whats up w my tee exchange", "did u guys get them back yet"],
    note: "#1018 has a REQUESTED return of both Forest / M tees, to exchange for L; the USPS return label is in transit. #1003's return is closed.",
    expect: { mustState: ["#1018", /exchange|return/i], mustNotState: [/refund(ed)? (has been|was) (issued|processed)/i, "#1003"] },
  },
  {
    id: "blind-return-minjun-pickup-ko-casual",
    language: "ko",
    voice: "ko-casual",
    skill: "returns_exchanges",
    who: MINJUN,
    turns: ["비니 색이 좀 별로야. 교환돼?", "수거는 어떻게 해? 내가 택배 보내야 돼?"],
    note: "Korean customers: the store books a free CJ대한통운 pickup; the $6.95 label fee is for US returns.",
    expect: { mustState: ["CJ대한통운", /수거/, /무료/], mustNotState: ["$6.95", /6\.95/], skill: null },
  },
  {
    id: "blind-return-guest-opened-coffee",
    language: "en",
    voice: "slang",
    skill: "returns_exchanges",
    who: "guest",
    turns: ["hey so i bought the campfire blend", "can i return it if i already opened it? tastes kinda burnt lol"],
    note: "Opened coffee is not returnable (a damaged or stale bag is replaced free within 14 days).",
    expect: {
      mustState: [/can't be returned|cannot be returned|can't return|cannot return|not returnable|isn't returnable|non-returnable|can't accept returns/i],
      mustNotState: [/yes,? you can return/i],
      skill: null,
    },
  },
  {
    id: "blind-return-ava-mug-not-arrived",
    language: "en",
    voice: "typos",
    skill: "returns_exchanges",
    who: AVA,
    turns: ["hiya", "the mug in my newest order, can i send it bak if i dont like the color?"],
    note: "#1030 (with the Blue Speckle mug) has not been delivered (UPS attempted delivery): it can be returned once it arrives.",
    expect: { mustState: ["#1030"], mustNotState: [REFUSES_RETURN_EN, /was delivered|has been delivered/i, "#1022"] },
  },
  {
    id: "blind-return-yuna-commuter-pack-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "returns_exchanges",
    who: YUNA,
    turns: ["한 달 좀 넘게 전에 받은 롤탑 백팩 있잖아요", "그거 반품 가능할까요?"],
    note: "#1014 (Roll-Top Commuter Pack) was delivered 37 days ago: return window passed, exchange (45 days) still open.",
    expect: { mustState: ["#1014", /교환/], mustNotState: [KO_RETURN_ALLOWED, "#1005", "#1026"] },
  },
  {
    id: "blind-return-olivia-cant-cancel-what-about-returns",
    language: "en",
    voice: "plain",
    skill: "returns_exchanges",
    who: OLIVIA,
    turns: ["I need to cancel the order with the cap and socks, I got the wrong sock size", "ugh ok, what about returns then?"],
    note: "#1032 has a FedEx label (cannot be cancelled) and has not arrived: once delivered it can be returned within 30 days or exchanged within 45.",
    expect: { mustState: [/30 days|45 days/i], mustNotState: [REFUSES_RETURN_EN, "#1019", "#1010"] },
  },
];
