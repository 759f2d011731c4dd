import { AVA, JAMES, MINJUN, NOAH, YUNA } from "../demo-facts";
import type { Scenario } from "../scenario";

/**
 * Blind set: Summit Rewards (providers/summit-rewards.ts, Smile): Summit 2,450, Ridge 900, Base Camp 180 points;
 * $5 off = 100 points, $10 = 200, free shipping = 150, $25 = 500 (Ridge and up).
 */
export const BLIND_LOYALTY: Scenario[] = [
  {
    id: "blind-loyalty-james-balance",
    language: "en",
    voice: "slang",
    skill: "loyalty",
    who: JAMES,
    turns: ["yo", "how many pts i got"],
    note: "James: Ridge, 900 points.",
    expect: { mustState: ["900", "Ridge"], mustNotState: ["2,450", "180 points"] },
  },
  {
    id: "blind-loyalty-ava-free-shipping-ok-do-it",
    language: "en",
    voice: "plain",
    skill: "loyalty",
    who: AVA,
    turns: ["can i use my points for free shipping?", "ok do it"],
    note: "Free shipping costs 150 points; Ava has 900, so 750 are left.",
    expect: { mustState: [/code/i, "750"], mustNotState: ["2,300", "2,450"] },
  },
  {
    id: "blind-loyalty-minjun-enough-for-5-ko-casual",
    language: "ko",
    voice: "ko-casual",
    skill: "loyalty",
    who: MINJUN,
    turns: ["포인트 얼마 있어?", "그걸로 5달러 할인 돼?"],
    note: "Minjun has 180 points; $5 off costs 100, so yes.",
    expect: { mustState: ["100"], mustNotState: [/부족/] },
  },
  {
    id: "blind-loyalty-yuna-25-off-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "loyalty",
    who: YUNA,
    turns: ["포인트로 25달러 할인 받고 싶어요", "네"],
    note: "$25 off costs 500 points (Ridge and up); Yuna is Summit with 2,450, so 1,950 remain.",
    expect: { mustState: [/코드|code/i, /1,?950/], mustNotState: [/부족/] },
  },
  {
    id: "blind-loyalty-noah-not-a-member",
    language: "en",
    voice: "terse",
    skill: "loyalty",
    who: NOAH,
    turns: ["hey", "how many points do i have"],
    note: "Noah is not in Summit Rewards.",
    expect: {
      mustState: [/not (yet )?(a member|enrolled|signed up|part of|in)|haven't joined|aren't (yet )?(a member|enrolled)|join/i],
      mustNotState: [/you have \d/i, /\b(900|180|2,450) points/i],
    },
  },
  {
    id: "blind-loyalty-guest-ridge-perks-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "loyalty",
    who: "guest",
    turns: ["서밋 리워즈 등급이 어떻게 돼요?", "리지 등급은 혜택이 뭐예요?"],
    note: "Ridge (500+ points in 12 months): 1.25 points per $1 and free expedited shipping twice a year.",
    expect: { mustState: [/1\.25/], skill: null },
  },
];
