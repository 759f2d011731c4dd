import { describe, expect, it } from "vitest";
import { createKnowledgeIndex } from "../../../app/agent/knowledge";
import { plainText, unitsOf } from "../../../app/agent/knowledge/answer";

const SHIPPING = {
  id: "shipping.md",
  title: "Shipping",
  body: `# Shipping

## Rates
| Country | Cost | Delivery time |
|---|---|---|
| United States | $8.95, free over $150 | 3–7 business days |
| Canada | $24.95 | 6–10 business days |

## Payment
We accept:
- Visa, Mastercard and **American Express**
- PayPal and [Shop Pay](https://shop.app)

## Contact
Call us at +1 503-555-0182, Monday to Friday. It is the fastest way to reach a person.`,
};
const CARE = { id: "care.md", title: "Linen care", body: "Wash linen at 40°C or below. Line dry in the shade; tumble drying shrinks it." };

describe("answers from the knowledge base", () => {
  it("turns a Markdown table into one readable line per row, with the column names", () => {
    const units = unitsOf(SHIPPING.body.split("## Payment")[0]!);
    expect(units.map((u) => u.text)).toContain("Country: Canada · Cost: $24.95 · Delivery time: 6–10 business days");
    expect(units.some((u) => u.text.includes("|") || u.text.includes("---"))).toBe(false);
  });

  it("strips Markdown marks but keeps a link's address", () => {
    expect(plainText("**Bold**, _soft_, `CODE10` and [our policy](https://x.test/p)")).toBe("Bold, soft, CODE10 and our policy (https://x.test/p)");
  });

  it("quotes the row, the list item with its introduction, or the sentence that answers — not the article's start", async () => {
    const index = await createKnowledgeIndex([SHIPPING, CARE]);
    expect((await index.answer("how much is shipping to canada?"))?.text).toBe("Country: Canada · Cost: $24.95 · Delivery time: 6–10 business days");
    expect((await index.answer("do you take paypal"))?.text).toBe("We accept:\n- PayPal and Shop Pay (https://shop.app)");
    expect((await index.answer("what's your phone number?"))?.text).toMatch(/^Call us at \+1 503-555-0182/);
    expect((await index.answer("what temp should I wash my linen at?"))?.text).toMatch(/40°C/);
  });

  it("quotes a sentence that leans on the one before it together with that one, in Korean too", async () => {
    const index = await createKnowledgeIndex([
      { id: "ko.md", title: "해외 배송", body: "해외 주문은 결제 후 7일 안에 출발합니다. 그 후 도착까지 평균 5~10영업일이 걸립니다.\n\n반품은 30일 안에 가능합니다." },
    ]);
    expect((await index.answer("도착까지 평균 며칠이에요?"))?.text).toBe("해외 주문은 결제 후 7일 안에 출발합니다.\n그 후 도착까지 평균 5~10영업일이 걸립니다.");
  });

  it("cites the one article it quotes", async () => {
    const index = await createKnowledgeIndex([SHIPPING, CARE]);
    expect((await index.answer("can I tumble dry linen?"))?.sources).toEqual([{ id: "care.md", title: "Linen care" }]);
  });

  it("answers a Korean question from an English article", async () => {
    const index = await createKnowledgeIndex([SHIPPING, CARE]);
    expect((await index.answer("캐나다 배송비 얼마예요?"))?.text).toMatch(/Canada/);
  });

  it("has no answer for what the articles do not cover", async () => {
    const index = await createKnowledgeIndex([SHIPPING, CARE]);
    expect(await index.answer("write me a poem about the sea")).toBeNull();
  });
});
