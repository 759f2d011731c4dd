import { z } from "zod";
import { RouteLabel } from "../agent/skill-ids";
import type { Db } from "../db/client";
import { containsText, listPage, PageNumber, pageWindow, parseCard, safeJson, type TranscriptMessage } from "./conversations.server";

export const HandoffStatus = z.enum(["open", "resolved"]);
export type HandoffStatus = z.infer<typeof HandoffStatus>;

const HandoffFilters = z.object({
  // The team's work queue: what is still open, unless asked otherwise.
  status: z.enum(["open", "resolved", "all"]).catch("open"),
  skill: RouteLabel.optional().catch(undefined),
  reason: z.string().trim().max(200).catch(""),
  page: PageNumber,
});
export type HandoffFilters = z.infer<typeof HandoffFilters>;

/** The log's filters from its URL; anything unreadable falls back to the default (open, any skill, any reason). */
export const parseHandoffFilters = (params: URLSearchParams): HandoffFilters => HandoffFilters.parse(Object.fromEntries(params));

/** The shop's handoffs, newest first, filtered by status, skill and words in the reason. */
export async function listHandoffs(db: Db, shop: string, filters: HandoffFilters) {
  const where = {
    shop,
    ...(filters.status === "all" ? {} : { status: filters.status }),
    ...(filters.skill ? { skill: filters.skill } : {}),
    ...(filters.reason ? { reason: containsText(filters.reason) } : {}),
  };
  const [rows, total] = await Promise.all([
    db.handoff.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(filters.page),
      select: {
        id: true,
        skill: true,
        reason: true,
        status: true,
        createdAt: true,
        resolvedAt: true,
        conversation: { select: { id: true, channel: true, customerId: true, customerEmail: true } },
      },
    }),
    db.handoff.count({ where }),
  ]);
  // An empty view means "nothing matches" when the shop has handoffs, and "none yet" when it has never had one.
  const everHandedOff = total > 0 || (await db.handoff.count({ where: { shop } })) > 0;
  return { ...listPage(rows, total, filters.page), everHandedOff };
}

/** What engine.recordHandoff stored: the conversation as the shopper saw it when it was handed over. */
const StoredTranscript = z.array(
  z.object({ role: z.string(), text: z.string(), card: z.unknown().optional(), skill: z.string().nullish(), at: z.string() }),
);

/** One of the shop's handoffs with its transcript, or null (also for another shop's id). */
export async function handoffDetail(db: Db, shop: string, id: string) {
  const handoff = await db.handoff.findFirst({
    where: { id, shop },
    include: { conversation: { select: { id: true, channel: true, customerId: true, customerEmail: true } } },
  });
  if (!handoff) return null;
  const { transcript, ...summary } = handoff;
  const entries = StoredTranscript.safeParse(safeJson(transcript));
  return {
    ...summary,
    transcript: (entries.success ? entries.data : []).map(
      (entry, index): TranscriptMessage => ({
        id: String(index),
        role: entry.role === "agent" ? "agent" : "shopper",
        text: entry.text,
        card: parseCard(entry.card),
        at: new Date(entry.at),
        skill: entry.skill ?? null,
      }),
    ),
  };
}

/**
 * Resolves or reopens one of the shop's handoffs; false when the shop has no handoff with that id, so an id from
 * another shop changes nothing.
 */
export async function setHandoffStatus(db: Db, shop: string, id: string, status: HandoffStatus, now = new Date()): Promise<boolean> {
  const { count } = await db.handoff.updateMany({
    where: { id, shop },
    data: { status, resolvedAt: status === "resolved" ? now : null },
  });
  return count > 0;
}
