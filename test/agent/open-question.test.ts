import { describe, expect, it } from "vitest";
import { ConversationState } from "../../app/agent/conversation-state";
import { planTurn } from "../../app/agent/open-question";
import type { RouteDecision } from "../../app/agent/routing";

const state = (fields: Partial<ConversationState>) => ConversationState.parse(fields);
const pending = { skill: "order_editing", action: "cancel_order", targetId: "gid://shopify/Order/1", targetLabel: "order #1035", params: {}, askedAt: "2026-12-04T10:00:00Z" } as const;
const collecting = { skill: "order_editing", kind: "shipping_address", targetId: "gid://shopify/Order/1" } as const;
const choosingOrder = {
  skill: "returns_exchanges" as const,
  message: "I want to return something",
  options: [
    { id: "gid://shopify/Order/16", name: "#1016", items: ["Firefly 20°F Down Sleeping Bag"] },
    { id: "gid://shopify/Order/1", name: "#1001", items: ["Ridgeline Rain Shell"] },
  ],
};
const router = (decision: Omit<RouteDecision, "language">) => {
  let calls = 0;
  return { route: async () => (calls++, { language: "en" as const, ...decision }), calls: () => calls };
};

describe("whether a message stays with the question the agent asked", () => {
  it("sends a yes to the action waiting for it, without asking the router", async () => {
    const r = router({ skill: "general_qa", confidence: 0.99 });
    const plan = await planTurn(state({ pending }), "yes", r.route, "en");
    expect(plan.routed.skill).toBe("order_editing");
    expect(plan.state.pending).toEqual(pending);
    expect(r.calls()).toBe(0);
  });

  it("lets the action lapse on anything but yes or no", async () => {
    const plan = await planTurn(state({ pending }), "where is my other order", router({ skill: "order_tracking", confidence: 0.97 }).route, "en");
    expect(plan.routed.skill).toBe("order_tracking");
    expect(plan.state.pending).toBeNull();
  });

  it("keeps a detail being collected when the message is one, or when the router is unsure; leaves when it is sure", async () => {
    const address = await planTurn(state({ collecting }), "500 Pine St, Seattle, WA 98101", router({ skill: "general_qa", confidence: 0.95 }).route, "en");
    expect(address.routed.skill).toBe("order_editing");
    const unsure = await planTurn(state({ collecting }), "hmm not sure", router({ skill: "loyalty", confidence: 0.5 }).route, "en");
    expect(unsure).toMatchObject({ routed: { skill: "order_editing" }, state: { collecting } });
    const sure = await planTurn(state({ collecting }), "how many points do I have", router({ skill: "loyalty", confidence: 0.97 }).route, "en");
    expect(sure).toMatchObject({ routed: { skill: "loyalty" }, state: { collecting: null } });
    const person = await planTurn(state({ collecting }), "get me a human", router({ skill: "human_handoff", confidence: 0.6 }).route, "en");
    expect(person.routed.skill).toBe("human_handoff");
  });

  it("answers the original question about the order picked from the list", async () => {
    for (const pick of ["#1001 · Ridgeline Rain Shell · Delivered", "the second one", "the rain shell"]) {
      const plan = await planTurn(state({ choosingOrder }), pick, router({ skill: "product_recommendations", confidence: 0.9 }).route, "en");
      expect(plan).toMatchObject({ routed: { skill: "returns_exchanges" }, message: "I want to return something", state: { focusOrderId: "gid://shopify/Order/1", choosingOrder: null } });
    }
    const other = await planTurn(state({ choosingOrder }), "actually what's your return policy", router({ skill: "returns_exchanges", confidence: 0.95 }).route, "en");
    expect(other).toMatchObject({ message: "actually what's your return policy", state: { choosingOrder: null, focusOrderId: null } });
  });

  it("answers a guest's waiting request together with the order number and email it waited for", async () => {
    const identity = { skill: "order_editing", kind: "order_identity", targetId: "", request: "I need to cancel an order" } as const;
    const plan = await planTurn(state({ collecting: identity }), "it's 1035, noah.williams@example.com", router({ skill: "general_qa", confidence: 0.99 }).route, "en");
    expect(plan).toMatchObject({ routed: { skill: "order_editing" }, message: "it's 1035, noah.williams@example.com\nI need to cancel an order" });
  });

  it("takes a yes to 'is this about A or B?' as the first, likelier option", async () => {
    const clarifying = { message: "포인트로 $5 off 교환해 주세요", options: ["loyalty", "returns_exchanges"] as ["loyalty", "returns_exchanges"] };
    const plan = await planTurn(state({ clarifying }), "네", router({ skill: "general_qa", confidence: 0.5 }).route, "ko");
    expect(plan).toMatchObject({ routed: { skill: "loyalty" }, message: "포인트로 $5 off 교환해 주세요" });
  });
});
