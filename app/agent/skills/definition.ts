import type { KnowledgeTopic } from "../knowledge/topics";
import type { Phrase } from "../language";
import type { ToolName } from "../tools";
import type { IntegrationKind } from "../tools/providers";
import type { PendingAction, SlotKind } from "../conversation-state";
import type { SkillContext, SkillHandler, SkillId, SkillResult } from "../types";

/** What must be true of a shop for a skill to be Live. */
export type Prerequisite =
  | { kind: "integration"; integration: IntegrationKind; missing: string }
  | { kind: "knowledge"; topic: KnowledgeTopic; missing: string };

/**
 * A skill's policy: the knowledge-base topic it answers questions about ("Can I change my shipping address?"), the
 * question whose answer sums it up (quoted beside a request: "returns are accepted within 30 days"), and what the
 * skill offers to do next, with the quick reply that accepts.
 */
export type SkillPolicy = { topic: KnowledgeTopic; summary: Phrase; offer: Phrase; accept: Phrase };

/**
 * A skill is data plus a handler. The data is what the admin's skill pages show — the one source of truth for a
 * skill's name, description, tools and prerequisites.
 */
export type SkillDefinition = {
  id: SkillId;
  name: string;
  overview: string;
  /** Also what an LLM router reads about the skill: one description for the admin and the model. */
  whenUsed: string;
  howItResponds: string;
  /** How a shopper would name the skill's topic, for "Is this about …?" when the router asks instead of guessing. */
  shopperTopic: Phrase;
  /** The policy the skill answers questions about. Absent: its questions are all requests (or, General Q&A, all policy). */
  policy?: SkillPolicy;
  tools: ToolName[];
  /** Whether account data needs a proven shopper: "partly" means some answers do (e.g. profile-specific codes). */
  needsLogin: "yes" | "partly" | "no";
  prerequisites: Prerequisite[];
  handle: SkillHandler;
  /**
   * Carries out an account action the skill previewed, once the shopper said yes: act, re-read the source of truth,
   * say what happened (actions.ts). The engine runs the confirm step itself and calls this only after a yes.
   */
  act?: (ctx: SkillContext, pending: PendingAction) => Promise<SkillResult>;
  /**
   * The details the skill asks for and waits on, each with how to tell a message is one ("500 Pine St…" is an
   * address): while it waits, such a message comes back to it whatever the router makes of it (open-question.ts).
   */
  slots?: Partial<Record<SlotKind, SlotReader>>;
};

/** Whether a message gives the detail a skill waits for. */
export type SlotReader = (text: string) => boolean;

export type ShopCapabilities = { integrations: ReadonlySet<IntegrationKind>; knowledgeTopics: ReadonlySet<KnowledgeTopic> };

export type SkillStatus = { status: "live" } | { status: "unavailable"; missing: Prerequisite[] };

export function skillStatus(skill: SkillDefinition, shop: ShopCapabilities): SkillStatus {
  const missing = skill.prerequisites.filter((p) =>
    p.kind === "integration" ? !shop.integrations.has(p.integration) : !shop.knowledgeTopics.has(p.topic),
  );
  return missing.length ? { status: "unavailable", missing } : { status: "live" };
}
