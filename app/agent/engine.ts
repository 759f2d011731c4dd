import { z } from "zod";
import type { Db, DbTransaction } from "../db/client";
import type { Card } from "./cards";
import { answerPending } from "./actions";
import { clarifyingQuestion } from "./clarify";
import { parseConversationState, type ConversationState } from "./conversation-state";
import { alwaysHandoffTopic, teamAvailability, type Guidance } from "./guidance";
import { planTurn } from "./open-question";
import { detectLanguage } from "./router/language";
import type { AttemptCounter } from "./rate-limit";
import type { Responder } from "./responder";
import type { Router } from "./routing";
import type { RouteLabel } from "./skill-ids";
import { SKILLS, skillStatus, type ShopCapabilities, type SkillDefinition } from "./skills";
import { answerPolicyQuestion, isQuestion } from "./skills/policy";
import { softHandoff } from "./skills/human-handoff";
import { createAgentTools, type ToolDependencies } from "./tools";
import { CHANNELS, type Channel, type Language, type Outcome, type ShopperIdentity, type SkillContext, type SkillResult, type Turn } from "./types";

/** What the engine needs of a shop for one turn: its tools, what it has connected and the merchant's guidance. */
export type ShopRuntime = ToolDependencies & { capabilities: ShopCapabilities; guidance: Guidance };

export type AgentDependencies = {
  db: Db;
  router: Router;
  responder: Responder;
  runtimeFor(shop: string): Promise<ShopRuntime>;
  now?: () => Date;
  /** Counts failed guest verifications per shop and client, so a limit survives starting a new conversation. */
  verificationAttempts?: AttemptCounter;
};

export const TurnInput = z.object({
  shop: z.string().min(1),
  channel: z.enum(CHANNELS),
  conversationId: z.string().min(1).max(64).nullish(),
  identity: z.object({ customerId: z.string().startsWith("gid://shopify/Customer/").nullable() }),
  text: z.string().trim().min(1, "The message is empty").max(2000, "The message is too long (2,000 characters at most)"),
  /** Who is sending, as far as the channel can tell without trusting the message (e.g. the client address). */
  clientKey: z.string().max(200).optional(),
});
export type TurnInput = z.input<typeof TurnInput>;

export type AgentReply = {
  conversationId: string;
  messageId: string;
  skill: RouteLabel;
  confidence: number;
  language: Language;
  outcome: Outcome;
  text: string;
  card: Card | null;
  quickReplies: string[];
  handoff: boolean;
  sources: { id: string; title: string }[];
  toolsCalled: string[];
  /** The account action this turn proposed, declined, did or failed at. */
  action: { name: string; status: string } | null;
};

/** Two unanswered turns in a row hand the conversation to a person. */
const MISUNDERSTANDINGS_BEFORE_HANDOFF = 2;

/**
 * One shopper message, end to end: stored first (a crash never loses it), routed with the conversation so far,
 * answered by a skill through its tools, phrased, and then — in one transaction — stored with its route, recorded
 * for analytics, and handed to a person when the skill cannot finish.
 */
export async function handleTurn(deps: AgentDependencies, rawInput: TurnInput): Promise<AgentReply> {
  const input = TurnInput.parse(rawInput);
  const started = performance.now();
  const now = deps.now?.() ?? new Date();
  const { db } = deps;

  const conversation = await openConversation(db, input.shop, input.channel, input.conversationId ?? null, input.identity);
  const shopperMessage = await db.message.create({ data: { conversationId: conversation.id, role: "shopper", text: input.text } });
  const earlier = await db.message.findMany({
    where: { conversationId: conversation.id, id: { not: shopperMessage.id } },
    // cuids grow within a millisecond, so they order turns that share a timestamp.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, text: true, skill: true },
  });
  const history: Turn[] = earlier.map((m) => ({ role: m.role === "agent" ? "agent" : "shopper", text: m.text, skill: m.skill }));

  // The message answers the question the agent asked, or goes where the router sends it (open-question.ts).
  const conversationLanguage = (conversation.language as Language | null) ?? undefined;
  const plan = await planTurn(
    parseConversationState(conversation.state),
    input.text,
    () => deps.router.route([...history.filter((t) => t.role === "shopper").map((t) => t.text), input.text], { activeSkill: (conversation.activeSkill as RouteLabel | null) ?? null, language: conversationLanguage }),
    conversationLanguage ?? detectLanguage(input.text),
  );
  let { routed } = plan;
  const { state } = plan;
  const skillMessage = plan.message;

  const runtime = await deps.runtimeFor(input.shop);
  const tools = createAgentTools(runtime);
  const { guidance } = runtime;
  const handoffTopic = alwaysHandoffTopic(guidance, input.text);
  const counterKey = `${input.shop}:${input.clientKey}`;
  const counter = input.clientKey ? deps.verificationAttempts : undefined;
  const guestVerification = counter && { recentFailures: () => counter.recent(counterKey, now), recordFailure: () => counter.record(counterKey, now) };
  const contextFor = (skill: SkillDefinition): SkillContext => ({ shop: input.shop, skillId: skill.id, channel: input.channel, language: routed.language, message: skillMessage, history, identity: input.identity, state, tools, guidance, now, guestVerification });
  let result: SkillResult;
  if (routed.clarify) {
    // Possibly a general question: when the knowledge base answers it, that is the answer.
    const answered = routed.clarify.includes("general_qa") && isQuestion(skillMessage) ? await runSkill(SKILLS.general_qa, contextFor(SKILLS.general_qa), runtime.capabilities) : null;
    if (answered?.outcome === "resolved") {
      routed = { skill: "general_qa", confidence: routed.confidence, language: routed.language };
      result = answered;
    } else {
      result = clarifyingQuestion(routed.language, input.text, routed.clarify);
    }
  } else if (routed.skill === "human_handoff") {
    result = softHandoff(routed.language, "the shopper asked for a person");
  } else if (handoffTopic) {
    result = softHandoff(routed.language, `"${handoffTopic}" always goes to a person (Guidance & settings)`);
  } else {
    const skill = SKILLS[routed.skill];
    result = await runSkill(skill, contextFor(skill), runtime.capabilities);
  }

  const misunderstandings = result.outcome === "unanswered" ? state.misunderstandings + 1 : 0;
  if (misunderstandings >= MISUNDERSTANDINGS_BEFORE_HANDOFF) {
    const handoff = softHandoff(routed.language, "the agent could not answer twice in a row");
    result = { ...result, outcome: "handed_off", text: handoff.text, handoff: handoff.handoff, quickReplies: [] };
  }
  if (result.handoff) {
    const availability = teamAvailability(guidance, routed.language);
    if (availability) result = { ...result, text: `${result.text}\n\n${availability}` };
  }
  const nextState: ConversationState = { ...state, ...result.remember, misunderstandings: result.handoff ? 0 : misunderstandings };
  const lastAgentText = history.findLast((turn) => turn.role === "agent")?.text ?? "";
  result = { ...result, text: withoutRepeats(result.text, lastAgentText) };
  const text = await deps.responder.respond({ language: routed.language, message: input.text, result, guidance });

  // The turn is recorded whole or not at all: a crash between these writes would leave a reply without its
  // action, handoff or analytics event (the shopper's message, written first, stays either way).
  const agentMessage = await db.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: {
        conversationId: conversation.id,
        role: "agent",
        text,
        card: result.card ? JSON.stringify(result.card) : null,
        skill: routed.skill,
        confidence: routed.confidence,
        toolsCalled: JSON.stringify(tools.called),
        sources: JSON.stringify(result.sources ?? []),
      },
    });
    if (result.action) {
      const { name, targetId, targetLabel, status, detail } = result.action;
      await tx.agentAction.create({
        data: { shop: input.shop, conversationId: conversation.id, customerId: input.identity.customerId, skill: routed.skill, action: name, targetId, targetLabel, status, detail: JSON.stringify(detail) },
      });
    }
    if (result.handoff) await recordHandoff(tx, input.shop, conversation.id, routed.skill, result.handoff.reason);
    await tx.conversation.update({
      where: { id: conversation.id },
      data: {
        // Asking which skill is meant, or handing off, leaves the conversation's topic where it was.
        activeSkill: routed.skill === "human_handoff" || routed.clarify ? conversation.activeSkill : routed.skill,
        state: JSON.stringify(nextState),
        language: routed.language,
        ...(result.handoff ? { status: "handed_off" } : {}),
      },
    });
    // The time the turn took up to this last write, the turn's other writes included.
    const latencyMs = Math.round(performance.now() - started);
    await tx.analyticsEvent.create({
      data: {
        shop: input.shop,
        conversationId: conversation.id,
        channel: input.channel,
        skill: routed.skill,
        outcome: result.outcome,
        action: result.action?.name ?? null,
        actionStatus: result.action?.status ?? null,
        latencyMs,
      },
    });
    return message;
  });

  return {
    conversationId: conversation.id,
    messageId: agentMessage.id,
    skill: routed.skill,
    confidence: routed.confidence,
    language: routed.language,
    outcome: result.outcome,
    text,
    card: result.card ?? null,
    quickReplies: result.quickReplies ?? [],
    handoff: Boolean(result.handoff),
    sources: result.sources ?? [],
    toolsCalled: [...tools.called],
    action: result.action ? { name: result.action.name, status: result.action.status } : null,
  };
}

/**
 * The reply without the paragraphs the agent said in its last message: a policy quoted a turn ago ("Returns are
 * accepted within 30 days…") is not printed again under the answer that follows up on it.
 */
function withoutRepeats(text: string, lastAgentText: string): string {
  const said = new Set(lastAgentText.split(/\n{2,}/).map((paragraph) => paragraph.trim()));
  const fresh = text.split(/\n{2,}/).filter((paragraph) => !said.has(paragraph.trim()));
  return fresh.length > 0 ? fresh.join("\n\n") : text;
}

/**
 * One skill's answer. A question about its policy is answered from the knowledge base, with the offer to act — even
 * while the skill is Unavailable, since policy is public; otherwise an Unavailable skill or a failing tool hands off.
 */
async function runSkill(skill: SkillDefinition, ctx: SkillContext, capabilities: ShopCapabilities): Promise<SkillResult> {
  try {
    // A yes or no to the action this skill previewed: the confirm step every action shares (actions.ts).
    const { pending } = ctx.state;
    if (pending?.skill === skill.id && skill.act) return await answerPending(ctx, (confirmed) => skill.act!(ctx, confirmed));
    const policy = await answerPolicyQuestion(ctx, skill);
    if (policy) return policy;
    const status = skillStatus(skill, capabilities);
    if (status.status === "unavailable") return softHandoff(ctx.language, `${skill.name} is unavailable: ${status.missing.map((m) => m.missing).join("; ")}`);
    return await skill.handle(ctx);
  } catch (error) {
    // A tool failure is never papered over with a guess: a person takes it, with the reason.
    return softHandoff(ctx.language, `${skill.name} failed: ${(error as Error).message}`);
  }
}

/**
 * The conversation to continue, or a new one. A conversation id from the browser is untrusted: it continues only a
 * conversation of the same shop and the same proven shopper, so a guessed id reveals nothing.
 */
async function openConversation(db: Db, shop: string, channel: Channel, id: string | null, identity: ShopperIdentity) {
  if (id) {
    const existing = await db.conversation.findFirst({ where: { id, shop } });
    if (existing && existing.customerId === identity.customerId) return existing;
  }
  return db.conversation.create({ data: { shop, channel, customerId: identity.customerId } });
}

/** A durable handoff with the whole transcript as the shopper saw it. */
async function recordHandoff(db: DbTransaction, shop: string, conversationId: string, skill: RouteLabel, reason: string) {
  const messages = await db.message.findMany({ where: { conversationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const transcript = messages.map((m) => ({
    role: m.role,
    text: m.text,
    card: m.card ? (JSON.parse(m.card) as unknown) : null,
    skill: m.skill,
    at: m.createdAt.toISOString(),
  }));
  await db.handoff.create({ data: { shop, conversationId, skill, reason, transcript: JSON.stringify(transcript) } });
}
