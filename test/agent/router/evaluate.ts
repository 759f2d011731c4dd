import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CONFIDENCE_THRESHOLD } from "../../../app/agent/router/classifier";
import { loadCorpus, type Split } from "../../../app/agent/router/corpus";
import type { Language } from "../../../app/agent/router/language";
import { route, RULE_CONFIDENCE, type RouteDecision } from "../../../app/agent/router/router";
import { RouteLabel } from "../../../app/agent/skill-ids";
import { CONVERSATIONS, type LabelledConversation, SINGLE_TURN_MESSAGES } from "./labelled-set";

/**
 * How the router does on labelled messages, as a shopper would notice it. Every message ends one of three ways:
 * - **routed**: the router acted on its answer (sure, or a rule decided) — right or wrong;
 * - **asked**: it asked which of two skills was meant — helpful when the right one was offered;
 * - **fell back**: unsure with nothing likely, it went to General Q&A (which answers from the knowledge base or
 *   says it does not know).
 * `accuracy` is the router's best label against the expected one, whatever it then did with it.
 */
export interface Score {
  total: number;
  /** Best label right. */
  right: number;
  accuracy: number;
  routed: number;
  routedRight: number;
  /** Of the routed messages, the share that were right: the target is at least 0.97. */
  precision: number;
  asked: number;
  askedWithRightOption: number;
}

export type LabelledMessage = { text: string; label: RouteLabel; language: Language };
export type Miss = { messages: readonly string[]; expected: RouteLabel; got: RouteLabel; confidence: number; asked: boolean };

export interface Evaluation {
  overall: Score;
  byLabel: Partial<Record<RouteLabel, Score>>;
  byLanguage: Partial<Record<Language, Score>>;
  misses: Miss[];
}

const emptyScore = (): Score => ({ total: 0, right: 0, accuracy: 0, routed: 0, routedRight: 0, precision: 1, asked: 0, askedWithRightOption: 0 });

function count(score: Score, decision: RouteDecision, expected: RouteLabel): void {
  const right = decision.skill === expected;
  score.total += 1;
  if (right) score.right += 1;
  score.accuracy = score.right / score.total;
  if (decision.clarify) {
    score.asked += 1;
    if (decision.clarify.includes(expected)) score.askedWithRightOption += 1;
  } else if (decision.confidence >= CONFIDENCE_THRESHOLD || decision.confidence === RULE_CONFIDENCE) {
    score.routed += 1;
    if (right) score.routedRight += 1;
  }
  score.precision = score.routed === 0 ? 1 : score.routedRight / score.routed;
}

/** Routes each message on its own (no conversation) and scores the answers. */
export async function evaluateMessages(messages: readonly LabelledMessage[]): Promise<Evaluation> {
  const evaluation: Evaluation = { overall: emptyScore(), byLabel: {}, byLanguage: {}, misses: [] };
  for (const { text, label, language } of messages) {
    const decision = await route([text]);
    for (const score of [evaluation.overall, (evaluation.byLabel[label] ??= emptyScore()), (evaluation.byLanguage[language] ??= emptyScore())])
      count(score, decision, label);
    if (decision.skill !== label)
      evaluation.misses.push({ messages: [text], expected: label, got: decision.skill, confidence: decision.confidence, asked: Boolean(decision.clarify) });
  }
  return evaluation;
}

/** The corpus messages of one split (the held-out split is what the router is judged on). */
export function corpusMessages(split: Split): LabelledMessage[] {
  return loadCorpus().filter((message) => message.split === split);
}

/** The labelled set written for the first router (test/agent/router/labelled-set.ts), kept as a second yardstick. */
export function evaluateLabelledSet(): Promise<Evaluation> {
  return evaluateMessages(SINGLE_TURN_MESSAGES);
}

/** Conversations: the last message's route, and whether it continued the topic. */
export async function evaluateConversations(conversations: readonly LabelledConversation[] = CONVERSATIONS) {
  let right = 0;
  const misses: Miss[] = [];
  for (const conversation of conversations) {
    const decision = await routeConversation(conversation);
    if (decision.skill === conversation.expected && decision.followUp === conversation.followUp) right += 1;
    else
      misses.push({ messages: conversation.messages, expected: conversation.expected, got: decision.skill, confidence: decision.confidence, asked: Boolean(decision.clarify) });
  }
  return { total: conversations.length, right, accuracy: right / conversations.length, misses };
}

export function routeConversation(conversation: LabelledConversation): Promise<RouteDecision> {
  const context = conversation.activeSkill ? { activeSkill: conversation.activeSkill } : {};
  return route(conversation.messages, context);
}

/** One line per miss, for failure messages: `expected ← got (confidence): "message" | "message"`. */
export function describeMisses(misses: readonly Miss[]): string {
  return misses
    .map(({ messages, expected, got, confidence, asked }) => `${expected} ← ${got} (${confidence.toFixed(2)}${asked ? ", asked" : ""}): ${messages.map((m) => JSON.stringify(m)).join(" | ")}`)
    .join("\n");
}

/** Counts of (expected → got) among the misses, most frequent first: where the router confuses labels. */
export function confusion(misses: readonly Miss[]): string {
  const counts = new Map<string, number>();
  for (const { expected, got } of misses) counts.set(`${expected} → ${got}`, (counts.get(`${expected} → ${got}`) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([pair, n]) => `${n}× ${pair}`)
    .join("\n");
}

const ConversationFile = z.array(
  z.object({ name: z.string(), messages: z.array(z.string()).min(1), expected: RouteLabel, followUp: z.boolean(), activeSkill: RouteLabel.optional() }),
);

/** Multi-turn conversations in shoppers' voices (app/agent/router/corpus/conversations.json); never trained on. */
export function corpusConversations(): LabelledConversation[] {
  return ConversationFile.parse(JSON.parse(fs.readFileSync(path.resolve("app/agent/router/corpus/conversations.json"), "utf8")));
}
