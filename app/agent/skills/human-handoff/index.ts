import { say } from "../../language";
import type { Language, SkillResult } from "../../types";

/** The soft handoff: the shopper is told a person will follow up; the engine records the handoff with the transcript. */
export function softHandoff(language: Language, reason: string, facts: Record<string, unknown> = {}): SkillResult {
  return {
    outcome: "handed_off",
    text: say(language, {
      en: "I've passed our conversation to our team, and a person will follow up with you here as soon as they can. You don't need to repeat anything — they'll see everything we talked about.",
      ko: "상담팀에 대화 내용을 전달했어요. 담당자가 확인 후 최대한 빨리 이곳으로 연락드릴게요. 지금까지 나눈 대화를 모두 볼 수 있으니 다시 설명하지 않으셔도 돼요.",
    }),
    facts: { handoff: true, ...facts },
    handoff: { reason },
  };
}
