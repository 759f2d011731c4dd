import { describe, expect, it } from "vitest";
import { createKnowledgeIndex } from "../../../app/agent/knowledge";

const WARRANTY = {
  id: "warranty.md",
  title: "Warranty",
  body: "Every product is guaranteed against defects for 2 years. Our socks are guaranteed for life: if they wear out, we replace them.",
};
const TRACKING = {
  id: "tracking.md",
  title: "Tracking your order",
  body: "Every shipment has a tracking link. What the statuses mean:\n\n- In transit: moving through the carrier's network.\n- Delivered: the carrier left it at your address.",
};
const INTERNATIONAL = {
  id: "international.md",
  title: "International shipping",
  body: "We ship to Canada, the United Kingdom, Japan and Australia. Duties are charged at checkout.",
};

describe("questions the knowledge base cannot answer", () => {
  it("are not answered from an article that shares a word but not what is asked about", async () => {
    const index = await createKnowledgeIndex([WARRANTY, TRACKING, INTERNATIONAL]);
    expect(await index.answer("what's the meaning of life")).toBeNull();
    expect(await index.answer("whats the capital of australia")).toBeNull();
  });

  it("while the questions those articles answer still are", async () => {
    const index = await createKnowledgeIndex([WARRANTY, TRACKING, INTERNATIONAL]);
    expect((await index.answer("are your socks guaranteed for life?"))?.text).toMatch(/socks are guaranteed for life/);
    expect((await index.answer("what does in transit mean?"))?.text).toMatch(/In transit/);
    expect((await index.answer("do you ship to australia?"))?.text).toMatch(/Australia/);
  });
});
