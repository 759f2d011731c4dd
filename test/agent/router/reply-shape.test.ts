import { describe, expect, it } from "vitest";
import { readReplyShape } from "../../../app/agent/router/reply-shape";

describe("reply shape", () => {
  it.each([
    "#1001",
    "it's 1003",
    "order #1042",
    "1001번이요",
    "1055번 주문이요",
    "SUMMER25",
    "yes please",
    "ok",
    "thanks, bye",
    "네",
    "감사합니다",
    "그걸로 해주세요",
    "I'll take that one",
  ])("%j carries no topic", (text) => {
    expect(readReplyShape(text).carriesNoTopic).toBe(true);
  });

  it.each([
    "something cheaper?",
    "what about in blue?",
    "do you have it in a medium?",
    "좀 더 싼 거 없어요?",
    "파란색은요?",
    "다른 색상 있나요?",
  ])("%j refines the current item", (text) => {
    expect(readReplyShape(text)).toMatchObject({ carriesNoTopic: false, refinesCurrent: true });
  });

  it.each([
    "회색 후드를 검정으로 교환해 주세요",
    "초록색 린넨 셔츠 있나요",
    "do you have any discount codes?",
    "where is my order",
  ])("%j names a topic of its own", (text) => {
    expect(readReplyShape(text)).toMatchObject({ carriesNoTopic: false, refinesCurrent: false });
  });

  it("strips leading acknowledgements and keeps the rest to classify", () => {
    expect(readReplyShape("네 취소해 주세요")).toMatchObject({
      acknowledged: true,
      content: "취소해 주세요",
      carriesNoTopic: false,
    });
    expect(readReplyShape("no, get me a human")).toMatchObject({ acknowledged: true, content: "get me a human" });
    expect(readReplyShape("okay thanks! where is my order?")).toMatchObject({
      acknowledged: true,
      content: "where is my order?",
    });
  });

  it.each(["it's #1024, noah@example.com", "👍", "#1028 minjun.kim@example.com"])("%j carries no topic", (text) => {
    expect(readReplyShape(text).carriesNoTopic).toBe(true);
  });

  it.each(["and to Canada?", "what if it's been worn?", "so what happens now?", "그럼 언제 와요?"])("%j continues the topic", (text) => {
    expect(readReplyShape(text).continues).toBe(true);
  });

  it.each(["how much is it?", "the other one", "when?", "because it's too small", "사이즈가 너무 작아서요", "얼마예요?", "보통 얼마나 걸려요?"])(
    "%j points back at what was just discussed",
    (text) => {
      expect(readReplyShape(text)).toMatchObject({ fragment: true, refersBack: true });
    },
  );

  it.each(["wher is my ordr", "편한 슬리퍼 찾고 있어요", "tracking??", "다음 결제 언제 돼요?"])("%j is a request of its own, not a pointer back", (text) => {
    expect(readReplyShape(text).refersBack).toBe(false);
  });

  it("reads a long message as neither a fragment nor a continuation", () => {
    expect(readReplyShape("and also I want to know whether you ship internationally to Australia and New Zealand")).toMatchObject({ continues: false, fragment: false });
  });
});
