import { beforeAll, describe, expect, it } from "vitest";
import { createKnowledgeIndex, type KnowledgeIndex } from "../../../app/agent/knowledge";
import { followedQuestion } from "../../../app/agent/skills/general-qa";
import type { Turn } from "../../../app/agent/types";

const DOMESTIC = {
  id: "shipping.md",
  title: "Shipping",
  body: `## How much is shipping in the US?
| Method | Delivery time | Cost |
| --- | --- | --- |
| Standard | 3–5 business days | $6.95 |
| Express | 2 business days | $15.95 |

Delivery times start when the order ships.`,
};
const INTERNATIONAL = {
  id: "international.md",
  title: "International shipping",
  body: `We ship to Canada, Mexico and Japan.

- **Japan:** from our partner in Osaka in 2–3 business days, $12.
- **All other countries:** DHL Express in 5–8 business days, $29.
- Duties are charged at checkout.`,
};
const KOREAN = {
  id: "ko.md",
  title: "배송 안내",
  body: `## 한국 배송
- 한국 주문은 인천 물류센터에서 발송되며 3–5 영업일 이내에 도착합니다.
- 배송비는 $7이며, $80 이상 구매 시 무료입니다.`,
};

/** The conversation so far: each question answered by General Q&A. */
const answered = (...questions: string[]): Turn[] =>
  questions.flatMap((text): Turn[] => [
    { role: "shopper", text, skill: null },
    { role: "agent", text: "…", skill: "general_qa" },
  ]);

describe("follow-up questions to a general answer", () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await createKnowledgeIndex([DOMESTIC, INTERNATIONAL, KOREAN]);
  });

  it("carry the subject over: 'and to Canada?' after the US shipping cost gets the cost to Canada", async () => {
    const follows = followedQuestion("and to Canada?", answered("how much is shipping in the US?"));
    expect(follows).toBe("how much is shipping in the US?");
    const answer = await index.answer("and to Canada?", { follows });
    expect(answer?.text).toContain("$29");
    expect(answer?.text).not.toContain("$6.95");
  });

  it("let the new words decide what is asked: 'how much is it?' after 'do you ship to Japan?' gets Japan's price", async () => {
    const follows = followedQuestion("how much is it?", answered("do you ship to Japan?"));
    const answer = await index.answer("how much is it?", { follows });
    expect(answer?.text).toContain("Japan: from our partner in Osaka in 2–3 business days, $12.");
    expect(answer?.text).not.toContain("$6.95");
  });

  it("answer a bare Korean question about what was just asked: '얼마나 걸려요?' after Korean shipping", async () => {
    const follows = followedQuestion("얼마나 걸려요?", answered("한국으로도 배송 되나요?"));
    expect((await index.answer("얼마나 걸려요?", { follows }))?.text).toMatch(/3–5 영업일/);
  });

  it("keep a subject through several follow-ups", () => {
    expect(followedQuestion("and Mexico?", answered("how much is shipping in the US?", "and to Canada?"))).toBe(
      "how much is shipping in the US?\nand to Canada?",
    );
  });

  it("leave a question that stands on its own alone", () => {
    expect(followedQuestion("what's your phone number", answered("how much is shipping in the US?"))).toBeUndefined();
    expect(followedQuestion("Where do your orders ship from?", answered("how much is shipping in the US?"))).toBeUndefined();
  });

  it("only follow an answer General Q&A gave", () => {
    const afterTracking: Turn[] = [
      { role: "shopper", text: "where is my order #1001?", skill: null },
      { role: "agent", text: "It's on its way.", skill: "order_tracking" },
    ];
    expect(followedQuestion("and to Canada?", afterTracking)).toBeUndefined();
    expect(followedQuestion("and to Canada?", [])).toBeUndefined();
  });
});
