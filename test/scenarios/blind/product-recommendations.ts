import { EMMA, MINJUN } from "../demo-facts";
import type { Scenario } from "../scenario";

/** Blind set: product questions on the demo catalog (catalog.ts; stock from products.ts). */
const NOT_FOR_SALE = [/Glacier Insulated Vest/i, /Classic Canvas Tote/i];

export const BLIND_PRODUCT_RECOMMENDATIONS: Scenario[] = [
  {
    id: "blind-rec-guest-boot-size-10",
    language: "en",
    voice: "plain",
    skill: "product_recommendations",
    who: "guest",
    turns: ["Looking at the Granite Peak Hiking Boot", "Do you have it in a size 10?"],
    note: "Granite Peak size 10 is sold out (8, 9, 11 and 12 are in stock).",
    expect: { mustState: [/sold out|out of stock|unavailable|not available|none left/i], mustNotState: [/size 10 (is |are )?(in stock|available)/i], skill: null },
  },
  {
    id: "blind-rec-emma-rain-jacket-for-nephew",
    language: "en",
    voice: "rambling",
    skill: "product_recommendations",
    who: EMMA,
    turns: ["My nephew is 6 and he comes home soaked from school every other day", "do you have a rain jacket that would fit him?"],
    note: "Kids' Puddle Jumper Rain Jacket, $69 (S fits 6–7).",
    expect: { mustState: [/Puddle Jumper/i], mustNotState: NOT_FOR_SALE },
  },
  {
    id: "blind-rec-guest-gift-under-50-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "product_recommendations",
    who: "guest",
    turns: ["친구 생일 선물 찾고 있어요 🎁", "50달러 이하로 추천해 주세요"],
    note: "Anything at $50 or less; nothing pricier, nothing unpublished.",
    expect: {
      mustState: [/Beanie|Mug|Bottle|Headlamp|Socks|Cap|Hip Pack|Tee|Gift Card|Repair Kit|Campfire|비니|머그|보틀|양말|헤드램프|모자|캡|기프트|티셔츠/i],
      mustNotState: [/Summit Down Parka|Firefly|Traverse 45L|Ridgeline Rain Shell|Granite Peak|Trail Runner GTX|Daybreak 24L|Trailhead Fleece|Windbreak/i, ...NOT_FOR_SALE],
    },
  },
  {
    id: "blind-rec-minjun-trekking-poles-mixed-ko",
    language: "ko",
    voice: "ko-casual",
    skill: "product_recommendations",
    who: MINJUN,
    turns: ["다음 주에 산행 가는데", "trekking pole 있어?"],
    note: "Carbon Trekking Poles are sold out in every variant.",
    expect: { mustState: [/품절|재고(가|는)?\s*없|sold out|out of stock/i], mustNotState: [/구매\s*가능|재고(가|는)?\s*있|in stock/i], skill: null },
  },
];
