import { route, type RouteDecision } from "../../../app/agent/router/router";
import type { RouteLabel } from "../../../app/agent/skill-ids";
import type { Language } from "../../../app/agent/router/language";
import { CONVERSATIONS, SINGLE_TURN_MESSAGES, type LabelledConversation } from "./labelled-set";

/** Right answers out of all, for one slice of the labelled set. */
export interface Score {
  right: number;
  total: number;
  accuracy: number;
}

export interface Miss {
  messages: readonly string[];
  expected: RouteLabel;
  got: RouteLabel;
  confidence: number;
}

export interface Evaluation {
  overall: Score;
  byLabel: Partial<Record<RouteLabel, Score>>;
  byLanguage: Partial<Record<Language, Score>>;
  conversations: Score;
  misses: Miss[];
}

const emptyScore = (): Score => ({ right: 0, total: 0, accuracy: 0 });

function count(score: Score, right: boolean): void {
  score.total += 1;
  if (right) score.right += 1;
  score.accuracy = score.right / score.total;
}

/** Routes every labelled single message (no conversation) and every conversation, and scores the answers. */
export async function evaluateRouter(): Promise<Evaluation> {
  const overall = emptyScore();
  const conversations = emptyScore();
  const byLabel: Partial<Record<RouteLabel, Score>> = {};
  const byLanguage: Partial<Record<Language, Score>> = {};
  const misses: Miss[] = [];
  for (const { text, label, language } of SINGLE_TURN_MESSAGES) {
    const decision = await route([text]);
    const right = decision.skill === label;
    count(overall, right);
    count((byLabel[label] ??= emptyScore()), right);
    count((byLanguage[language] ??= emptyScore()), right);
    if (!right)
      misses.push({ messages: [text], expected: label, got: decision.skill, confidence: decision.confidence });
  }
  for (const conversation of CONVERSATIONS) {
    const decision = await routeConversation(conversation);
    const right = decision.skill === conversation.expected;
    count(conversations, right);
    if (!right) {
      const { messages, expected } = conversation;
      misses.push({ messages, expected, got: decision.skill, confidence: decision.confidence });
    }
  }
  return { overall, byLabel, byLanguage, conversations, misses };
}

export function routeConversation(conversation: LabelledConversation): Promise<RouteDecision> {
  const context = conversation.activeSkill ? { activeSkill: conversation.activeSkill } : {};
  return route(conversation.messages, context);
}

/** One line per miss, for failure messages: `expected ← got (confidence): "message" | "message"`. */
export function describeMisses(misses: readonly Miss[]): string {
  return misses
    .map(
      ({ messages, expected, got, confidence }) =>
        `${expected} ← ${got} (${confidence.toFixed(2)}): ${messages.map((m) => JSON.stringify(m)).join(" | ")}`
    )
    .join("\n");
}

/** Counts of (expected → got) among the misses, most frequent first: where the router confuses labels. */
export function confusion(misses: readonly Miss[]): string {
  const counts = new Map<string, number>();
  for (const { expected, got } of misses)
    counts.set(`${expected} → ${got}`, (counts.get(`${expected} → ${got}`) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([pair, count]) => `${count}× ${pair}`)
    .join("\n");
}
