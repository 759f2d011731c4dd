import { z } from "zod";
import { SkillId } from "./skill-ids";

/** An irreversible action waiting for the shopper's explicit yes. */
export const PendingAction = z.object({
  skill: SkillId,
  action: z.string(),
  /** What the action acts on (e.g. an order GID) and how it was described to the shopper. */
  targetId: z.string(),
  targetLabel: z.string(),
  askedAt: z.string(),
});
export type PendingAction = z.infer<typeof PendingAction>;

/** The engine's memory between turns, stored as JSON on the conversation. */
export const ConversationState = z.object({
  pending: PendingAction.nullable().default(null),
  /** Orders a guest proved with order number + email in this conversation (order GIDs). */
  verifiedOrderIds: z.array(z.string()).default([]),
  /** Failed guest verifications, for rate limiting (ISO times). */
  failedVerifications: z.array(z.string()).default([]),
  /** The order the conversation is about, so "cancel it" and "where is it" need no number again. */
  focusOrderId: z.string().nullable().default(null),
  /** Consecutive turns the agent could not answer; the second one hands off. */
  misunderstandings: z.number().int().default(0),
  /** The last product search, so "something cheaper?" can refine it. */
  lastProductSearch: z.object({ terms: z.string(), maxPrice: z.number().nullable(), topPickPrice: z.number().nullable() }).nullable().default(null),
});
export type ConversationState = z.infer<typeof ConversationState>;

export function parseConversationState(json: string | null | undefined): ConversationState {
  try {
    return ConversationState.parse(JSON.parse(json || "{}"));
  } catch {
    // A state written by an older version should not break the conversation; start its memory afresh.
    return ConversationState.parse({});
  }
}
