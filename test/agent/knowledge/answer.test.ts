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

  it("matches a question word with another word for it: 'warranty' is answered by what is 'guaranteed'", async () => {
    const warranty = {
      id: "warranty.md",
      title: "Warranty and repairs",
      body: "Every product we make is guaranteed against defects for 2 years from purchase. Products from other brands follow their maker's warranty; we handle the claim for you.",
    };
    expect((await (await createKnowledgeIndex([warranty])).answer("whats ur warranty on jackets"))?.text).toMatch(/2 years/);
  });

  it("quotes the sentence that says what is asked, not one that only shares a synonym search added", async () => {
    const shipping = {
      id: "shipping.md",
      title: "Shipping",
      body: "## When will my order ship?\nOrders ship from Denver, Colorado within 1–2 business days.\n\n## Rates\nStandard shipping is $6.95.\n\nDelivery times start when the order ships, not when it is placed.",
    };
    expect((await (await createKnowledgeIndex([shipping])).answer("Where do your orders ship from?"))?.text).toMatch(/^Orders ship from Denver/);
  });

  it("gives the phone number when asked for it, though another article says 'tracking number' and this one 'call'", async () => {
    const tracking = { id: "tracking.md", title: "Tracking", body: "Orders may ship in several parcels; each has its own tracking number." };
    const about = { id: "about.md", title: "Our story", body: "We started in a garage in 2014.\n\nQuestions? Write to help@shop.example or call +1 (503) 555-0100." };
    const returns = { id: "returns.md", title: "Returns", body: "Returns are free within 30 days. Write your order number on the return form." };
    const index = await createKnowledgeIndex([CARE, returns, tracking, about]);
    expect((await index.answer("what's your phone number"))?.text).toMatch(/555-0100/);
  });

  it("reads how long a Korean answer takes, and '얼마나 걸려요' as how long rather than how much", async () => {
    const index = await createKnowledgeIndex([
      { id: "ko.md", title: "배송 안내", body: "## 한국 배송\n- 배송비는 $7이며, $80 이상 구매 시 무료입니다.\n- 발송 후 2–4 영업일 이내에 도착합니다." },
    ]);
    expect((await index.answer("한국 배송 얼마나 걸려요?"))?.text).toMatch(/2–4 영업일/);
  });

  it("quotes the list under a sentence that names the place but not the price asked for", async () => {
    const international = {
      id: "international.md",
      title: "International shipping",
      body: "We ship to Canada, Mexico and Japan.\n\n- Mexico: 4–6 business days, $15.\n- All other countries: 5–8 business days, $29.",
    };
    const answer = await (await createKnowledgeIndex([SHIPPING, international])).answer("how much is shipping to Japan?");
    expect(answer?.text).toBe("We ship to Canada, Mexico and Japan.\n- Mexico: 4–6 business days, $15.\n- All other countries: 5–8 business days, $29.");
  });

  it("counts the kind of answer asked for only in a sentence about the question: any price is no answer", async () => {
    const subscription = {
      id: "subscription.md",
      title: "Skip or pause your subscription",
      body: "- Pause for up to 3 months; it resumes by itself.\n- A damaged bag is replaced free within 14 days.",
    };
    expect((await (await createKnowledgeIndex([subscription])).answer("일시정지는 최대 얼마나 할 수 있어요?"))?.text).toMatch(/^Pause for up to 3 months/);
  });

  it("has no answer for what the articles do not cover", async () => {
    const index = await createKnowledgeIndex([SHIPPING, CARE]);
    expect(await index.answer("write me a poem about the sea")).toBeNull();
  });
});
