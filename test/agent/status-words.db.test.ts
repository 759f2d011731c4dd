import { describe, expect, it } from "vitest";
import { SHIPMENT_STATUS, SUBSCRIPTION_STATUS } from "../../app/agent/status-words";
import { agentHarness } from "../support/agent";

// Demo shoppers (app/demo/seed/customers.ts) and what the providers' fakes hold for them.
const EMMA = "emma.johnson@example.com"; // Skio: one paused subscription
const OLIVIA = "olivia.chen@example.com"; // latest order: FedEx, CONFIRMED

describe("status words in a conversation", () => {
  it("says 일시 중지 for a paused subscription in the Korean reply and on the card", async () => {
    const agent = await agentHarness({ connect: ["skio"] });
    const talk = await agent.conversation({ email: EMMA });
    const reply = await talk.say("제 구독 내역 보여주세요");
    expect(reply).toMatchObject({ skill: "subscriptions", language: "ko" });
    expect(reply.card).toMatchObject({ type: "subscription", status: "paused", statusLabel: SUBSCRIPTION_STATUS.paused.ko });
    expect(reply.text).toContain(SUBSCRIPTION_STATUS.paused.ko);
    expect(reply.text).not.toContain("일시 정지");
  });

  it("reads a CONFIRMED shipment the same in the reply, the order's status and the shipment's label", async () => {
    const agent = await agentHarness();
    const [en] = await agent.chat(["where is my order?"], { email: OLIVIA });
    expect(en!.card).toMatchObject({ type: "order", status: "Shipped", shipments: [{ status: "CONFIRMED", statusLabel: "Shipped" }] });
    expect(en!.text).toContain("shipped with FedEx");

    const [ko] = await agent.chat(["제 주문 어디쯤 왔나요?"], { email: OLIVIA });
    const word = SHIPMENT_STATUS.shipped.ko;
    expect(ko!.card).toMatchObject({ type: "order", status: word, shipments: [{ status: "CONFIRMED", statusLabel: word }] });
    expect(ko!.text).toContain(word);
  });
});
