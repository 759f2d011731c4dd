import { MINJUN, SOPHIA } from "../demo-facts";
import type { Scenario } from "../scenario";

/** Blind set: a person takes over when asked for, in either language, typed or tapped. */
const TEAM_EN = /team|person|someone|human|colleague/i;
const TEAM_KO = /상담원|담당자|팀|직원|상담사/;

export const BLIND_HUMAN_HANDOFF: Scenario[] = [
  {
    id: "blind-handoff-guest-ko-polite-wants-person",
    language: "ko",
    voice: "ko-polite",
    skill: "human_handoff",
    who: "guest",
    turns: ["환불 관련해서 문의드릴 게 있는데요", "상담원이랑 직접 이야기하고 싶어요"],
    expect: { mustState: [TEAM_KO], handoff: true },
  },
  {
    id: "blind-handoff-sophia-damaged-replacement",
    language: "en",
    voice: "rambling",
    skill: "human_handoff",
    who: SOPHIA,
    turns: ["my coffee order got sent back to you guys damaged", "I'd really like someone from your team to just sort out a replacement please"],
    expect: { mustState: [TEAM_EN], handoff: true },
  },
  {
    id: "blind-handoff-minjun-enough-ko-casual",
    language: "ko",
    voice: "ko-casual",
    skill: "human_handoff",
    who: MINJUN,
    turns: ["내 주문 어디야", "아 됐고 사람이랑 얘기할래"],
    expect: { mustState: [TEAM_KO], handoff: true },
  },
  {
    id: "blind-handoff-guest-emoji-agent-pls",
    language: "en",
    voice: "slang",
    skill: "human_handoff",
    who: "guest",
    turns: ["😡😡😡 third time asking about my refund", "agent pls 🙏"],
    expect: { mustState: [TEAM_EN], handoff: true },
  },
  {
    id: "blind-handoff-guest-ko-tap-after-off-topic",
    language: "ko",
    voice: "ko-polite",
    skill: "human_handoff",
    who: "guest",
    turns: ["비트코인 시세 좀 알려주세요", { tap: /상담|사람|직원|연결|person|human/i, orSay: "상담원 연결해 주세요" }],
    expect: { mustState: [TEAM_KO], mustNotState: [/비트코인\s*(가격|시세)(은|는)\s*\$?\d/], handoff: true },
  },
];
