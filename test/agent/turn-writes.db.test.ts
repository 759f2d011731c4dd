import { describe, expect, it } from "vitest";
import { parseConversationState } from "../../app/agent/conversation-state";
import { handleTurn, type AgentDependencies } from "../../app/agent/engine";
import { agentHarness } from "../support/agent";
import { db } from "../support/db";

const EMMA = "emma.johnson@example.com"; // a Summit Rewards member with 2,450 points

/**
 * The same database, except that recording a turn's analytics event fails, as a full disk or a dropped connection
 * would. (An extended client's type lacks only `$on`, which the engine does not use.)
 */
const analyticsDown = db.$extends({
  query: {
    analyticsEvent: {
      create() {
        return Promise.reject(new Error("analytics store is down"));
      },
    },
  },
}) as unknown as AgentDependencies["db"];

/**
 * Emma has been offered to redeem $10 off; Smile then fails, so her "yes" is a turn that writes everything at once:
 * the reply, the failed action, a handoff, the conversation's new state and status, and the analytics event.
 */
async function redeemThatFails() {
  const agent = await agentHarness({ connect: ["smile"] });
  const [offered] = await agent.chat(["redeem $10 off"], { email: EMMA });
  expect(offered!.action).toEqual({ name: "redeem_reward", status: "proposed" });
  agent.providerFakes.setFault("smile", "500");
  const customerId = await agent.customerId(EMMA);
  const sayYes = (deps: AgentDependencies) =>
    handleTurn(deps, { shop: agent.shop, channel: "webchat", conversationId: offered!.conversationId, identity: { customerId }, text: "yes" });
  const recorded = async () => ({
    messages: await db.message.findMany({ where: { conversationId: offered!.conversationId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { role: true, text: true } }),
    actions: await db.agentAction.findMany({ where: { conversationId: offered!.conversationId }, orderBy: { createdAt: "asc" }, select: { status: true } }),
    handoffs: await db.handoff.count({ where: { conversationId: offered!.conversationId } }),
    conversation: await db.conversation.findUniqueOrThrow({ where: { id: offered!.conversationId } }),
    events: await db.analyticsEvent.findMany({ where: { conversationId: offered!.conversationId }, orderBy: { createdAt: "asc" }, select: { actionStatus: true } }),
  });
  return { agent, sayYes, recorded };
}

describe("a turn is recorded whole or not at all", () => {
  it("records the reply, the action, the handoff, the conversation and the analytics event of one turn together", async () => {
    const { agent, sayYes, recorded } = await redeemThatFails();
    const reply = await sayYes(agent.deps);
    expect(reply.handoff).toBe(true);
    const after = await recorded();
    expect(after.messages.map((m) => m.role)).toEqual(["shopper", "agent", "shopper", "agent"]);
    expect(after.messages[3]!.text).toBe(reply.text);
    expect(after.actions.map((a) => a.status)).toEqual(["proposed", "failed"]);
    expect(after.handoffs).toBe(1);
    expect(after.conversation.status).toBe("handed_off");
    expect(parseConversationState(after.conversation.state).pending).toBeNull();
    expect(after.events.map((e) => e.actionStatus)).toEqual(["proposed", "failed"]);
  });

  it("when one of the turn's writes fails, keeps only the shopper's message of that turn", async () => {
    const { agent, sayYes, recorded } = await redeemThatFails();
    const before = await recorded();
    await expect(sayYes({ ...agent.deps, db: analyticsDown })).rejects.toThrow(/analytics store is down/);
    const after = await recorded();
    expect(after.messages).toEqual([...before.messages, { role: "shopper", text: "yes" }]);
    expect(after.actions).toEqual(before.actions);
    expect(after.handoffs).toBe(0);
    expect(after.conversation.status).toBe("open");
    expect(after.conversation.state).toBe(before.conversation.state);
    expect(parseConversationState(after.conversation.state).pending).toMatchObject({ action: "redeem_reward" });
    expect(after.events).toEqual(before.events);
  });
});
