import { JIHOON, MATEO } from "../demo-facts";
import type { Scenario } from "../scenario";
import { CANNOT_EN, onDate } from "./facts";

/**
 * Blind set: discount codes (discounts.ts at SCENARIO_NOW). SUMMIT15 needs $50; SOCKS3 is 20% off 3+ socks;
 * VIP25 is for Emma, Olivia and Yuna only; SORRY15 for James and Jihoon; FALLGEAR20 starts Dec 8; codes cannot be
 * added to a placed order ("Discount codes and promotions").
 */
export const BLIND_COUPONS_DISCOUNTS: Scenario[] = [
  {
    id: "blind-coupon-guest-summit15-under-minimum",
    language: "en",
    voice: "typos",
    skill: "coupons_discounts",
    who: "guest",
    turns: ["summit15 isnt workin", "my carts like $40"],
    note: "SUMMIT15 is active but needs a $50 minimum purchase.",
    expect: { mustState: ["$50"], mustNotState: [/expired/i] },
  },
  {
    id: "blind-coupon-jihoon-personal-code-mixed-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "coupons_discounts",
    who: JIHOON,
    turns: ["안녕하세요", "제가 쓸 수 있는 할인 code 있어요?"],
    note: "Jihoon may use the personal SORRY15 (15% off, until Jan 23, 2027) besides the public codes; not VIP25, nor expired codes.",
    expect: { mustState: ["SORRY15"], mustNotState: ["VIP25", "SPRINGTHAW20", "BLACKFRIDAY30"] },
  },
  {
    id: "blind-coupon-mateo-friends-vip25",
    language: "en",
    voice: "plain",
    skill: "coupons_discounts",
    who: MATEO,
    turns: ["A friend gave me the code VIP25", "Can I use it on my next order?"],
    note: "VIP25 is a personal code for three specific customers; Mateo is not one of them.",
    expect: {
      mustState: [/personal|specific customers|only (for|works|available)|isn't available|not available|not eligible|can't be used|cannot be used|can't use|cannot use/i],
      mustNotState: [/you can use (it|VIP25|this code)/i],
    },
  },
  {
    id: "blind-coupon-guest-fallgear-not-yet-ko-casual",
    language: "ko",
    voice: "ko-casual",
    skill: "coupons_discounts",
    who: "guest",
    turns: ["ㅎㅇ", "FALLGEAR20 코드 지금 써도 돼?"],
    note: "FALLGEAR20 (20% off jackets) is scheduled: it starts Dec 8.",
    expect: { mustState: [onDate(12, 8)], mustNotState: [/만료/] },
  },
  {
    id: "blind-coupon-guest-socks-deal-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "coupons_discounts",
    who: "guest",
    turns: ["양말을 여러 켤레 사려고 하는데요", "3켤레 이상 사면 할인 있나요?"],
    note: "SOCKS3: 20% off 3 or more pairs of socks.",
    expect: { mustState: ["SOCKS3", "20%"] },
  },
  {
    id: "blind-coupon-guest-forgot-welcome10",
    language: "en",
    voice: "rambling",
    skill: "coupons_discounts",
    who: "guest",
    turns: [
      "hi so I placed an order yesterday and totally spaced on using WELCOME10 at checkout, which is so annoying",
      "is there any way you can add it to the order now?",
    ],
    note: "Codes cannot be added to an order after it is placed.",
    expect: { mustState: [CANNOT_EN], mustNotState: [/(I've |I have )?(applied|added) (it|the code|WELCOME10)\b/i, /refund(ed)? (you )?the (10%|difference)/i] },
  },
];
