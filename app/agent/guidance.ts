import { say } from "./language";
import type { Language } from "./types";

/**
 * The merchant's guidance as the agent uses it (from Guidance & settings in the admin): it changes replies at once,
 * in every channel. Embedded mode uses the brand name, the topics that go to a person and the team's hours; an LLM
 * also follows the tone, the brand summary and the writing rules.
 */
export type Guidance = {
  brandName: string;
  brandSummary: string;
  /** "friendly", "professional", "playful" or the merchant's own description. */
  tone: string;
  writingRules: string[];
  alwaysHandoffTopics: string[];
  teamHours: string;
  outsideHoursMessage: string;
  /** What the subscriptions skill offers before a cancellation (Guidance & settings). */
  saveOffer: { enabled: boolean; message: string; discountCode: string };
};

export const DEFAULT_GUIDANCE: Guidance = {
  brandName: "",
  brandSummary: "",
  tone: "friendly",
  writingRules: [],
  alwaysHandoffTopics: [],
  teamHours: "",
  outsideHoursMessage: "",
  saveOffer: { enabled: true, message: "", discountCode: "" },
};

/** The merchant's topic this message touches, if it must always go to a person. */
export function alwaysHandoffTopic(guidance: Guidance, message: string): string | null {
  const text = message.toLowerCase();
  return guidance.alwaysHandoffTopics.find((topic) => text.includes(topic.toLowerCase())) ?? null;
}

/** What a handoff reply adds: when the team is around, and the merchant's own message for off hours. */
export function teamAvailability(guidance: Guidance, language: Language): string {
  const hours = guidance.teamHours ? say(language, { en: "Our team is available {hours}.", ko: "상담팀 운영 시간: {hours}." }, { hours: guidance.teamHours }) : "";
  return [hours, guidance.outsideHoursMessage].filter(Boolean).join(" ");
}
