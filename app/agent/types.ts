import type { ActionRecord } from "./actions";
import type { Card } from "./cards";
import type { ConversationState } from "./conversation-state";
import type { Language } from "./router/language";
import type { Guidance } from "./guidance";
import type { SkillId } from "./skill-ids";
import type { AgentTools } from "./tools";

/** The languages the agent writes; the router detects them (one definition, in router/language.ts). */
export type { Language };

/** Where a conversation happens; "preview" is the admin's test chat, "cli" is script/agent. */
export const CHANNELS = ["webchat", "sms", "whatsapp", "email", "preview", "cli"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Who the shopper is proven to be — never what a message claims (design.md §5). `customerId` comes only from the
 * app proxy's signed logged_in_customer_id or a verified channel identity; guests prove single orders.
 */
export type ShopperIdentity = { customerId: string | null };

export type TurnRole = "shopper" | "agent";
export type Turn = { role: TurnRole; text: string; skill: string | null };

/** Everything a skill handler may use for one turn. */
export type SkillContext = {
  shop: string;
  /** The skill handling this turn (an action it proposes comes back to it). */
  skillId: SkillId;
  channel: Channel;
  language: Language;
  /** The shopper's message this turn. */
  message: string;
  /** Earlier turns, oldest first (this turn's message excluded). */
  history: Turn[];
  identity: ShopperIdentity;
  state: ConversationState;
  tools: AgentTools;
  guidance: Guidance;
  now: Date;
  /** Failed guest verifications from this shopper's client across conversations (see engine: clientKey). */
  guestVerification?: { recentFailures(): number; recordFailure(): void };
};

export type Outcome = "resolved" | "needs_input" | "handed_off" | "unanswered";

export type SkillResult = {
  outcome: Outcome;
  /** The reply in the shopper's language, from the skill's templates; an LLM may rephrase it from `facts` only. */
  text: string;
  /** The facts the text states — the only material an LLM responder may use. */
  facts: Record<string, unknown>;
  card?: Card | null;
  quickReplies?: string[];
  /** Set when a person must take over; the engine records a durable handoff with the transcript. */
  handoff?: { reason: string };
  sources?: { id: string; title: string }[];
  /** An account action this turn proposed, declined, did or failed at; the engine records it (actions.ts). */
  action?: ActionRecord;
  /** What the skill wants remembered for the next turn (merged into the conversation state). */
  remember?: Partial<ConversationState>;
};

export type SkillHandler = (context: SkillContext) => Promise<SkillResult>;

export type { SkillId };
