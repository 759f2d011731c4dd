import { describe, expect, it } from "vitest";
import { classifyMessage, detectLanguage } from "../../../app/agent/router/classifier";
import { route } from "../../../app/agent/router/router";

describe("language detection", () => {
  it.each(["주문한 거 언제 와요?", "배송조회", "나이키 Air Max 270 언제 와요", "ㅠㅠ"])(
    "reads %j as Korean",
    (text) => {
      expect(detectLanguage(text)).toBe("ko");
    }
  );

  it.each(["wheres my order", "track #1002", "#1001", "I bought the 김치 jar, where is it?"])(
    "reads %j as English",
    (text) => {
      expect(detectLanguage(text)).toBe("en");
    }
  );

  it("reports the language with the classification and the route", async () => {
    expect((await classifyMessage("반품하고 싶어요")).language).toBe("ko");
    expect((await classifyMessage("I want to return my order")).language).toBe("en");
    expect((await route(["포인트 얼마나 남았어요?"])).language).toBe("ko");
    expect((await route(["how many points do I have"])).language).toBe("en");
  });

  it("takes a message without letters in the conversation's language", async () => {
    expect((await route(["주문한 거 언제 와요?", "#1001"])).language).toBe("ko");
    expect((await route(["where is my order?", "#1001"])).language).toBe("en");
  });
});
