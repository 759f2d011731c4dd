import { describe, expect, it } from "vitest";
import { englishSearchTerms } from "../../../app/agent/lexicon";

const words = (text: string) => englishSearchTerms(text).map((term) => term.words.join(" "));

describe("the English knowledge search reads in a question", () => {
  it("gathers a concept's words as one term, whichever of them an article uses", () => {
    expect(englishSearchTerms("what's your phone number")).toContainEqual({ words: ["contact", "phone", "email", "call"], concept: "contact" });
  });

  it("reads a longer Korean word whole: a 기프트카드 is a gift card, not also a card", () => {
    expect(words("기프트카드 유효기간 있나요")).toContain("gift card");
    expect(words("기프트카드 유효기간 있나요")).not.toContain("card");
  });

  it("reads '얼마나 걸려요' as how long, not as '얼마' (how much)", () => {
    expect(words("캐나다 배송 얼마나 걸려요?")).not.toContain("cost price much");
    expect(words("배송비 얼마예요?")).toContain("cost price much");
  });
});
