import { AVA, EMMA, SOPHIA, YUNA } from "../demo-facts";
import type { Scenario } from "../scenario";
import { onDate } from "./facts";

/**
 * Blind set: the coffee subscription, on Recharge (providers/subscription-seed.ts, recharge.ts). At SCENARIO_NOW:
 * Sophia — Whole Bean every 2 weeks, next charge Nov 28; Ava — Whole Bean every 4 weeks, next charge Dec 1 (a skip
 * moves it to Dec 29); Emma's was cancelled three weeks ago. Changes at least 3 days before the next charge.
 */
export const BLIND_SUBSCRIPTIONS: Scenario[] = [
  {
    id: "blind-sub-ava-skip-next",
    language: "en",
    voice: "typos",
    skill: "subscriptions",
    who: AVA,
    turns: ["can i skip my nxt coffee", "yes pls"],
    note: "Ava's Dec 1 charge is skipped; the next one is Dec 29 (every 4 weeks).",
    expect: { mustState: [/skip/i, onDate(12, 29)], mustNotState: [/cancell?ed/i] },
  },
  {
    id: "blind-sub-sophia-less-often-tap",
    language: "en",
    voice: "plain",
    skill: "subscriptions",
    who: SOPHIA,
    turns: [
      "Every two weeks is honestly way too much coffee for me. Can I get it less often?",
      { tap: /4 weeks/i, orSay: "every 4 weeks please" },
      { tap: /^(yes|confirm)/i, ifOffered: true },
    ],
    note: "Summit Roast moves from every 2 weeks to every 4 weeks (Recharge reschedules the next charge to Dec 12).",
    expect: { mustState: [/every 4 weeks/i], mustNotState: [/cancell?ed/i] },
  },
  {
    id: "blind-sub-emma-is-it-really-off",
    language: "en",
    voice: "rambling",
    skill: "subscriptions",
    who: EMMA,
    turns: [
      "Hello! I'm a bit confused about something",
      "I think I stopped my coffee subscription a few weeks back but I want to double check it's really off and I won't get charged again?",
    ],
    note: "Emma's Summit Roast subscription was cancelled on Nov 3: no next charge.",
    expect: { mustState: [/cancel/i], mustNotState: [/next (charge|delivery|order|shipment)[^.\n]*\b(is|on|scheduled)\b/i, /\bis (still )?active\b/i] },
  },
  {
    id: "blind-sub-yuna-no-subscription-mixed-ko",
    language: "ko",
    voice: "ko-polite",
    skill: "subscriptions",
    who: YUNA,
    turns: ["안녕하세요~", "커피 subscription 이번 달은 skip 하고 싶어요"],
    note: "Yuna has no coffee subscription.",
    expect: { mustState: [/구독/, /없/], mustNotState: [/건너뛰었|건너뛰기(가)? 완료|skipped/i] },
  },
  {
    id: "blind-sub-guest-cutoff-ko-casual",
    language: "ko",
    voice: "ko-casual",
    skill: "subscriptions",
    who: "guest",
    turns: ["질문 하나만", "커피 정기배송 해지하려면 언제까지 말해야 돼?"],
    note: "Skip, change or cancel at least 3 days before the next charge.",
    expect: { mustState: [/3\s*일/], mustNotState: [/7\s*일 전|14\s*일 전/], skill: null },
  },
  {
    id: "blind-sub-sophia-just-cancel-it",
    language: "en",
    voice: "slang",
    skill: "subscriptions",
    who: SOPHIA,
    turns: ["cancel my coffee sub", "nah i dont want to skip or pause, just cancel it", { tap: /^(yes|cancel|confirm)/i, ifOffered: true }],
    note: "After the save offer is declined, Sophia's Summit Roast subscription is cancelled.",
    expect: { mustState: [/(is|been|now) cancell?ed/i], mustNotState: [/(is|been) (skipped|paused)/i] },
  },
];
