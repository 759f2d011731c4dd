import { create, insertMultiple, search, type Tokenizer } from "@orama/orama";
import { describe, expect, it } from "vitest";
import { contentWords, createKnowledgeTokenizer, stemEnglish, tokenize } from "../../../app/agent/knowledge/tokenizer";

describe("tokenize", () => {
  it("emits each Hangul word and its character bigrams, so an inflected word shares tokens with its stem", () => {
    expect(tokenize("반품하고")).toEqual(["반품하고", "반품", "품하", "하고"]);
    expect(tokenize("반품하려면")).toContain("반품");
  });

  it("drops English stop words, chat filler and Korean question words", () => {
    expect(tokenize("Hi, can you please tell me how I return this?")).toEqual(["return"]);
    expect(tokenize("반품하려면 어떻게 해야 돼요?")).toEqual(["반품하려면", "반품", "품하", "하려", "려면"]);
  });

  it("stems plurals, -ing and -ed the same way on both sides", () => {
    for (const [word, stem] of [
      ["returns", "return"],
      ["returning", "return"],
      ["returned", "return"],
      ["shipping", "ship"],
      ["shipped", "ship"],
      ["policies", "policy"],
      ["boxes", "box"],
      ["address", "address"],
      ["exchanges", "exchang"],
      ["exchanging", "exchang"],
      ["cancel", "cancel"],
      ["cancelled", "cancel"],
      ["cancelling", "cancel"],
      ["canceled", "cancel"],
    ]) {
      expect(stemEnglish(word!), word).toBe(stem);
    }
  });

  it("keeps words whole across apostrophes, splits on any other punctuation, and keeps numbers", () => {
    expect(tokenize("Don't wash it at 40°C — size 260mm")).toEqual(["dont", "wash", "40", "siz", "260mm"]);
  });

  it("treats decomposed Hangul (macOS file names, some keyboards) like composed Hangul", () => {
    expect(tokenize("반품".normalize("NFD"))).toEqual(["반품"]);
  });

  it("groups tokens by the word they came from", () => {
    expect(contentWords("해외 배송 가능한가요?")).toEqual([["해외"], ["배송"], ["가능한가요", "가능", "능한", "한가", "가요"]]);
  });
});

describe("Orama with the knowledge tokenizer", () => {
  const docs = [
    { id: "returns", text: "반품 및 교환 정책: 상품 수령 후 30일 이내에 반품하실 수 있습니다." },
    { id: "shipping", text: "배송 안내: 5만원 이상 구매 시 무료배송입니다." },
  ];

  async function searchKorean(tokenizer?: Tokenizer): Promise<string[]> {
    const db = create({ schema: { text: "string" } as const, components: tokenizer ? { tokenizer } : {} });
    await insertMultiple(db, docs);
    const results = await search(db, { term: "반품하고 싶어요", threshold: 1 });
    return results.hits.map((hit) => hit.id);
  }

  it("finds Korean text that Orama's built-in tokenizer cannot see at all", async () => {
    expect(await searchKorean()).toEqual([]);
    expect(await searchKorean(createKnowledgeTokenizer())).toEqual(["returns"]);
  });

  it("matches whole tokens, not prefixes: 'shoes' does not find 'shop'", async () => {
    const db = create({ schema: { text: "string" } as const, components: { tokenizer: createKnowledgeTokenizer() } });
    await insertMultiple(db, [{ id: "shop", text: "Visit our shop" }, { id: "shoes", text: "Shoes run true to size" }]);
    const results = await search(db, { term: "shoes", threshold: 1 });
    expect(results.hits.map((hit) => hit.id)).toEqual(["shoes"]);
  });
});
