import type { Db } from "../db/client";
import { addDays, dateOf } from "../lib/calendar";

/**
 * What the admin shows about how skills perform, from AnalyticsEvent (one row per routed shopper message) and the
 * stored messages. Every query filters by shop (and skill and date) on the events' index and aggregates in the
 * database; on SQLite with 100k events of one shop each query takes from 1 ms (a page of questions) to ~150 ms (a
 * month of conversations per skill).
 *
 * Days are UTC days: the shop's time zone is not stored.
 */

/** The admin's Preview is the merchant trying the agent, not shoppers: its conversations never count. */
const PREVIEW_CHANNEL = "preview";
export const SHOPPER_CHANNELS = { channel: { not: PREVIEW_CHANNEL } };

/** A half-open time range: from ≤ t < to. */
export type DateRange = { from: Date; to: Date };

export type Period = "day" | "week";
/** The chart's window per period: the last 14 days, or the last 8 calendar weeks (Monday to Sunday). */
const PERIOD_BUCKETS: Record<Period, number> = { day: 14, week: 8 };

/** The `days` days up to `end` (a rolling window, e.g. "last 7 days"). */
export function trailingDays(days: number, end: Date): DateRange {
  return { from: addDays(end, -days), to: end };
}

/** The chart's buckets, oldest first; the last one holds `now` (today, or this week so far). */
export function periodBuckets(period: Period, now: Date): DateRange[] {
  const today = dateOf(now);
  const daysPerBucket = period === "day" ? 1 : 7;
  const daysSinceMonday = (today.getUTCDay() + 6) % 7;
  const currentBucket = period === "day" ? today : addDays(today, -daysSinceMonday);
  const count = PERIOD_BUCKETS[period];
  return Array.from({ length: count }, (_, index) => {
    const from = addDays(currentBucket, (index - count + 1) * daysPerBucket);
    return { from, to: addDays(from, daysPerBucket) };
  });
}

/** The whole span of the chart's buckets. */
export function periodWindow(period: Period, now: Date): DateRange {
  const buckets = periodBuckets(period, now);
  return { from: buckets[0]!.from, to: buckets[buckets.length - 1]!.to };
}

const inRange = (range: DateRange) => ({ gte: range.from, lt: range.to });

/**
 * Conversations each skill handled in the range (a conversation counts once per skill however many of its messages
 * the skill answered). Grouping by (skill, conversation) lets the database do the de-duplication.
 */
export async function conversationsBySkill(db: Db, shop: string, range: DateRange): Promise<Record<string, number>> {
  const pairs = await db.analyticsEvent.groupBy({
    by: ["skill", "conversationId"],
    where: { shop, ...SHOPPER_CHANNELS, conversationId: { not: null }, createdAt: inRange(range) },
  });
  const counts: Record<string, number> = {};
  for (const { skill } of pairs) counts[skill] = (counts[skill] ?? 0) + 1;
  return counts;
}

export type VolumePoint = { from: string; conversations: number };

/**
 * One skill's conversations per day or week. A conversation counts once, in the bucket where it first reached the
 * skill within the window, so the bars add up to the window's total.
 */
export async function skillVolumeSeries(db: Db, shop: string, skill: string, period: Period, now: Date): Promise<VolumePoint[]> {
  const buckets = periodBuckets(period, now);
  const window = periodWindow(period, now);
  const firstSeen = await db.analyticsEvent.groupBy({
    by: ["conversationId"],
    where: { shop, skill, ...SHOPPER_CHANNELS, conversationId: { not: null }, createdAt: inRange(window) },
    _min: { createdAt: true },
  });
  const counts = buckets.map(() => 0);
  const bucketMs = buckets[0]!.to.getTime() - window.from.getTime();
  for (const row of firstSeen) {
    if (!row._min.createdAt) continue;
    const index = Math.floor((row._min.createdAt.getTime() - window.from.getTime()) / bucketMs);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return buckets.map((bucket, index) => ({ from: bucket.from.toISOString(), conversations: counts[index] ?? 0 }));
}

export type OutcomeRates = {
  /** Routed shopper messages in the range. */
  messages: number;
  /** Share of messages answered to the end (resolved / all), or null when there were none. */
  resolutionRate: number | null;
  /** Share of messages handed to a person (handed_off / all), or null when there were none. */
  handoffRate: number | null;
};

/** Resolution and handoff rates over the shop's messages in the range, for one skill or (without it) all of them. */
export async function outcomeRates(db: Db, shop: string, range: DateRange, skill?: string): Promise<OutcomeRates> {
  const rows = await db.analyticsEvent.groupBy({
    by: ["outcome"],
    where: { shop, ...SHOPPER_CHANNELS, createdAt: inRange(range), ...(skill ? { skill } : {}) },
    _count: { _all: true },
  });
  const count = (outcome: string) => rows.find((row) => row.outcome === outcome)?._count._all ?? 0;
  const messages = rows.reduce((sum, row) => sum + row._count._all, 0);
  const rate = (outcome: string) => (messages ? count(outcome) / messages : null);
  return { messages, resolutionRate: rate("resolved"), handoffRate: rate("handed_off") };
}

/** How one kind of account action ended, counted by step: asked to confirm, declined, done, failed. */
export type ActionOutcome = { action: string; proposed: number; declined: number; done: number; failed: number };

/** The account actions a skill proposed in the range and how they ended, most proposed first. */
export async function actionOutcomes(db: Db, shop: string, range: DateRange, skill: string): Promise<ActionOutcome[]> {
  const rows = await db.analyticsEvent.groupBy({
    by: ["action", "actionStatus"],
    where: { shop, skill, ...SHOPPER_CHANNELS, createdAt: inRange(range), action: { not: null } },
    _count: { _all: true },
  });
  const byAction = new Map<string, ActionOutcome>();
  for (const row of rows) {
    const entry = byAction.get(row.action!) ?? { action: row.action!, proposed: 0, declined: 0, done: 0, failed: 0 };
    const status = row.actionStatus as keyof Omit<ActionOutcome, "action"> | null;
    if (status && status in entry) entry[status] += row._count._all;
    byAction.set(row.action!, entry);
  }
  return [...byAction.values()].sort((a, b) => b.proposed - a.proposed);
}

/** A skill's Performance tab: its volume chart and, over the same window, its rates and account actions. */
export async function skillPerformance(db: Db, shop: string, skill: string, period: Period, now: Date) {
  const window = periodWindow(period, now);
  const [volume, rates, actions] = await Promise.all([
    skillVolumeSeries(db, shop, skill, period, now),
    outcomeRates(db, shop, window, skill),
    actionOutcomes(db, shop, window, skill),
  ]);
  return { volume, rates, actions };
}

export const QUESTIONS_PER_PAGE = 20;

export type SkillQuestion = { id: string; conversationId: string; text: string; askedAt: string };

/** `%` and `_` in what the merchant typed are literal characters, not LIKE wildcards. */
const likeContains = (search: string) => `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The shopper messages a skill answered — the message before each of its replies — newest first, filtered by a
 * case-insensitive "contains" search, one page at a time.
 *
 * Messages carry no shop and no index on skill, so this walks the skill's analytics events instead (indexed by
 * shop, skill and time): each turn stores the shopper's message, then the reply, then the event (engine.ts), so the
 * newest shopper message of the conversation at or before an event is the question that reply answered. A page then
 * costs a few index lookups per row, and a search reads only this skill's events. It is raw SQL because Prisma's
 * query API cannot join on a correlated subquery; it is written to run unchanged on SQLite and PostgreSQL
 * (LOWER … LIKE rather than ILIKE).
 */
export async function skillQuestions(
  db: Db,
  shop: string,
  skill: string,
  options: { search: string; page: number },
): Promise<{ questions: SkillQuestion[]; hasNextPage: boolean }> {
  const offset = (Math.max(1, options.page) - 1) * QUESTIONS_PER_PAGE;
  const rows = await db.$queryRaw<{ questionId: string }[]>`
    SELECT q."id" AS "questionId"
    FROM "AnalyticsEvent" e
    JOIN "Message" q ON q."id" = (
      SELECT m."id" FROM "Message" m
      WHERE m."conversationId" = e."conversationId" AND m."role" = 'shopper' AND m."createdAt" <= e."createdAt"
      ORDER BY m."createdAt" DESC, m."id" DESC
      LIMIT 1
    )
    WHERE e."shop" = ${shop} AND e."skill" = ${skill} AND e."channel" <> ${PREVIEW_CHANNEL}
      AND LOWER(q."text") LIKE ${likeContains(options.search.trim())} ESCAPE '\\'
    ORDER BY e."createdAt" DESC, e."id" DESC
    LIMIT ${QUESTIONS_PER_PAGE + 1} OFFSET ${offset}`;

  const pageIds = rows.slice(0, QUESTIONS_PER_PAGE).map((row) => row.questionId);
  const messages = await db.message.findMany({
    where: { id: { in: pageIds } },
    select: { id: true, conversationId: true, text: true, createdAt: true },
  });
  const byId = new Map(messages.map((m) => [m.id, m]));
  const questions = pageIds.flatMap((id) => {
    const message = byId.get(id);
    return message ? [{ id, conversationId: message.conversationId, text: message.text, askedAt: message.createdAt.toISOString() }] : [];
  });
  return { questions, hasNextPage: rows.length > QUESTIONS_PER_PAGE };
}
