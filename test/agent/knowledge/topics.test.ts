import { beforeAll, describe, expect, it } from "vitest";
import { hasTopic, type KnowledgeDocument, loadKnowledgeFolder, topicsOf } from "../../../app/agent/knowledge";
import { FIXTURES_DIR } from "./fixtures-dir";

let docs: KnowledgeDocument[];

beforeAll(async () => {
  docs = await loadKnowledgeFolder(FIXTURES_DIR);
});

describe("topicsOf", () => {
  it("tells which skills each fixture article feeds", () => {
    expect(Object.fromEntries(docs.map((doc) => [doc.id, topicsOf(doc)]))).toEqual({
      "care-instructions.md": ["faq"],
      "discounts-and-coupons.md": ["coupons", "faq"],
      "gift-cards.txt": ["faq"],
      "international-shipping.md": ["shipping", "faq"],
      "ko-returns.md": ["returns", "faq"],
      "ko-shipping.md": ["shipping", "faq"],
      // Untitled by topic, but a whole section is about size exchanges.
      "ko-sizing.md": ["returns", "faq"],
      "loyalty-program.md": ["loyalty", "faq"],
      "order-changes-and-cancellations.md": ["order_changes", "faq"],
      "payment-methods.md": ["faq"],
      "returns-and-exchanges.md": ["returns", "faq"],
      "shipping-faq.md": ["shipping", "faq"],
      "sizing-guide.md": ["faq"],
      "subscription-policy.md": ["subscriptions", "faq"],
      "warranty.md": ["faq"],
    });
  });

  it("reads the body when the title names no topic, ignoring passing mentions", () => {
    const doc = (body: string): KnowledgeDocument => ({ id: "x", title: "Good to know", body });
    expect(topicsOf(doc("Earn points on every order. Redeem points for rewards. Points expire yearly."))).toEqual([
      "loyalty",
      "faq",
    ]);
    expect(topicsOf(doc("Our jackets are warm. Returns are free."))).toEqual(["faq"]);
    expect(topicsOf(doc("정기 구독은 언제든 해지할 수 있습니다. 구독 주기 변경과 구독 일시정지도 가능합니다."))).toEqual([
      "subscriptions",
      "faq",
    ]);
  });
});

describe("hasTopic", () => {
  it("says whether a skill's policy content exists", () => {
    expect(hasTopic(docs, "returns")).toBe(true);
    expect(hasTopic(docs, "subscriptions")).toBe(true);
    const withoutPolicies = docs.filter((doc) => !topicsOf(doc).includes("returns"));
    expect(hasTopic(withoutPolicies, "returns")).toBe(false);
    expect(hasTopic([], "faq")).toBe(false);
  });
});
