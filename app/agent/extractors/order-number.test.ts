import { describe, expect, it } from "vitest";
import { orderNumberIn } from "./order-number";

describe("order numbers in a message", () => {
  it.each([
    ["#1029", "1029"],
    ["where is 1029", "1029"],
    ["order no 1029 pls", "1029"],
    ["order no. 1029", "1029"],
    ["Order number: 1029", "1029"],
    ["ordr #1029??", "1029"],
    ["주문번호 1029 배송 조회", "1029"],
    ["1029번 주문 어디쯤이에요", "1029"],
    ["주문 1029 취소해 주세요", "1029"],
    ["1029 jane@example.com", "1029"],
  ])("reads %j as order %s", (text, number) => {
    expect(orderNumberIn(text)).toBe(number);
  });

  it.each([
    "correct one is 455 S Pearl St Apt 2, Denver CO 80209",
    "ship it to 500 Pine St, Seattle, WA 98101",
    "서울 강남구 테헤란로 152 (06236)",
    "anything under $1000?",
    "I want 2000 points off",
    "where is my order",
  ])("finds no order number in %j", (text) => {
    expect(orderNumberIn(text)).toBeNull();
  });

  it("still reads a named order number next to an address", () => {
    expect(orderNumberIn("change order #1034 to 455 S Pearl St, Denver, CO 80209")).toBe("1034");
  });
});

describe("order numbers next to punctuation", () => {
  it("reads a number followed by a comma or full stop, but not a decimal or thousands figure", () => {
    expect(orderNumberIn("it's 1035, noah.williams@example.com")).toBe("1035");
    expect(orderNumberIn("my order is 1035.")).toBe("1035");
    expect(orderNumberIn("I paid 1,035.50 for it")).toBeNull();
  });
});
