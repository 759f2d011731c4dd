import { z } from "zod";
import { ActionName } from "./actions";
import { RouteLabel, SkillId } from "./skill-ids";

/** An account action waiting for the shopper's explicit yes. */
export const PendingAction = z.object({
  skill: SkillId,
  action: ActionName,
  /** What the action acts on (e.g. an order GID) and how it was described to the shopper. */
  targetId: z.string(),
  targetLabel: z.string(),
  /** What the action needs when the yes comes (a new frequency, a reward, an address, return items). */
  params: z.record(z.string(), z.unknown()).default({}),
  askedAt: z.string(),
});
export type PendingAction = z.infer<typeof PendingAction>;

/**
 * The details a skill can ask for and wait on (collecting.ts reads whether a message is one): a new address, a
 * subscription's frequency, the answer to a save offer, the variant to exchange for, a guest's order number and email.
 */
export const SlotKind = z.enum(["shipping_address", "frequency", "cancellation", "exchange_variant", "order_identity"]);
export type SlotKind = z.infer<typeof SlotKind>;

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
  /** The subscription the conversation is about, so "skip it" needs no choosing again. */
  focusSubscriptionId: z.string().nullable().default(null),
  /**
   * A skill waiting for a detail it asked for (a new address, the variant to exchange for): the next message goes
   * back to that skill unless the router is sure it is about something else.
   */
  collecting: z
    .object({
      skill: SkillId,
      kind: SlotKind,
      targetId: z.string(),
      /** The request waiting on the detail ("I need to cancel an order"), answered together with it once it comes. */
      request: z.string().optional(),
    })
    .nullable()
    .default(null),
  /** The router asked which of two skills the shopper means; the choice sends `message` to it (clarify.ts). */
  clarifying: z.object({ message: z.string(), options: z.tuple([RouteLabel, RouteLabel]) }).nullable().default(null),
  /**
   * The agent asked which of these orders the shopper means, for `message` to `skill`: the answer (a number, "the
   * second", an item, "the other one") sends the original message to that skill about the chosen order.
   */
  choosingOrder: z
    .object({
      skill: SkillId,
      message: z.string(),
      options: z.array(z.object({ id: z.string(), name: z.string(), items: z.array(z.string()) })).min(2),
    })
    .nullable()
    .default(null),
  /** The orders last offered to choose from, so "the other one" means the one not chosen. */
  orderOptions: z.array(z.string()).default([]),
  /** The last product search, so "something cheaper?" can refine it: cheaper than the lowest price it showed. */
  lastProductSearch: z.object({ terms: z.string(), maxPrice: z.number().nullable(), lowestPriceShown: z.number().nullable().default(null) }).nullable().default(null),
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
