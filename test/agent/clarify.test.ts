import { describe, expect, it } from "vitest";
import { chosenOption, clarifyingQuestion } from "../../app/agent/clarify";

describe("the clarifying question", () => {
  it("names the two likely topics in the conversation's language, as quick replies", () => {
    const korean = clarifyingQuestion("ko", "포인트로 환불돼요?", ["returns_exchanges", "loyalty"]);
    expect(korean.text).toMatch(/반품·교환·환불.*포인트·리워드/);
    expect(korean.quickReplies).toEqual(["반품·교환·환불", "포인트·리워드"]);
    expect(korean.remember).toEqual({ clarifying: { message: "포인트로 환불돼요?", options: ["returns_exchanges", "loyalty"] } });
    expect(clarifyingQuestion("en", "x", ["general_qa", "human_handoff"]).quickReplies).toEqual(["A question about the store", "Talking to a person"]);
  });

  it("takes the shopper's pick by its quick reply in either language or by its number, and nothing else", () => {
    const clarifying = { message: "포인트로 환불돼요?", options: ["returns_exchanges", "loyalty"] as ["returns_exchanges", "loyalty"] };
    expect(chosenOption(clarifying, "포인트·리워드")).toBe("loyalty");
    expect(chosenOption(clarifying, "my points and rewards!")).toBe("loyalty");
    expect(chosenOption(clarifying, "1")).toBe("returns_exchanges");
    expect(chosenOption(clarifying, "2")).toBe("loyalty");
    expect(chosenOption(clarifying, "3")).toBeNull();
    expect(chosenOption(clarifying, "where is my order?")).toBeNull();
  });
});
