import { isAffirmative } from "./confirmation";
import type { ConversationState } from "./conversation-state";
import { say, type Phrase } from "./language";
import type { RouteLabel } from "./skill-ids";
import { SKILLS } from "./skills";
import type { Language, SkillResult } from "./types";

/**
 * When the router is unsure between two skills, the agent asks one short question with a quick reply for each
 * ("Is this about a return, exchange or refund, or about your points and rewards?") instead of guessing; the
 * shopper's choice sends their original question to that skill.
 */
const PERSON: Phrase = { en: "Talking to a person", ko: "상담원 연결" };

function topicOf(label: RouteLabel): Phrase {
  return label === "human_handoff" ? PERSON : SKILLS[label].shopperTopic;
}

export function clarifyingQuestion(language: Language, message: string, options: [RouteLabel, RouteLabel]): SkillResult {
  const [first, second] = options.map((option) => say(language, topicOf(option))) as [string, string];
  return {
    outcome: "needs_input",
    text: say(language, { en: "Just to be sure I help with the right thing: is this about “{first}” or “{second}”?", ko: "정확히 도와드리려고 여쭤봐요. “{first}”, “{second}” 중 어떤 문의인가요?" }, { first, second }),
    facts: { clarifying: options },
    quickReplies: [first, second],
    remember: { clarifying: { message, options } },
  };
}

const comparable = (text: string) => text.toLowerCase().replace(/[\s.,!?·]+/g, "");

/** The option the shopper picked with a quick reply (in either language), by its number or with a yes, if any. */
export function chosenOption(clarifying: NonNullable<ConversationState["clarifying"]>, text: string): RouteLabel | null {
  // "Yes" to "is this about A or B?" takes the first: the one the router found likelier.
  if (isAffirmative(text)) return clarifying.options[0];
  const answer = comparable(text);
  const byNumber = /^[12]$/.test(answer) ? clarifying.options[Number(answer) - 1] : undefined;
  if (byNumber) return byNumber;
  return clarifying.options.find((option) => Object.values(topicOf(option)).some((phrase) => comparable(phrase) === answer)) ?? null;
}
