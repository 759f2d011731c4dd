import { describe, expect, it } from "vitest";
import { amountIn } from "./amount";

describe("price limits in a message", () => {
  it.each([
    ["any rain jackets under $50?", { currency: "USD", min: null, max: 50 }],
    ["something less than 50 bucks", { currency: "USD", min: null, max: 50 }],
    ["a gift below 100 dollars", { currency: "USD", min: null, max: 100 }],
    ["boots, $150 or less", { currency: "USD", min: null, max: 150 }],
    ["my budget is $80", { currency: "USD", min: null, max: 80 }],
    ["up to USD 1,200 for a tent", { currency: "USD", min: null, max: 1200 }],
    ["socks under 30", { currency: null, min: null, max: 30 }],
    ["50불 이하 모자", { currency: "USD", min: null, max: 50 }],
    ["5만원 이하 선물", { currency: "KRW", min: null, max: 50_000 }],
    ["20만원 이하 패딩 있어요?", { currency: "KRW", min: null, max: 200_000 }],
    ["3만 원 미만으로 양말 추천", { currency: "KRW", min: null, max: 30_000 }],
    ["1만5천원 이하", { currency: "KRW", min: null, max: 15_000 }],
    ["15,000원까지", { currency: "KRW", min: null, max: 15_000 }],
    ["₩200,000 이하 재킷", { currency: "KRW", min: null, max: 200_000 }],
  ])("reads %j as a ceiling", (text, amount) => {
    expect(amountIn(text)).toEqual(amount);
  });

  it.each([
    ["jackets $30-$60", { currency: "USD", min: 30, max: 60 }],
    ["between 30 and 60 dollars", { currency: "USD", min: 30, max: 60 }],
    ["$30 to 60", { currency: "USD", min: 30, max: 60 }],
    ["3만~5만원 선물", { currency: "KRW", min: 30_000, max: 50_000 }],
    ["3만원에서 5만원 사이", { currency: "KRW", min: 30_000, max: 50_000 }],
    ["a good tent over $200", { currency: "USD", min: 200, max: null }],
    ["10만원 이상 배낭", { currency: "KRW", min: 100_000, max: null }],
  ])("reads %j as a range or a floor", (text, amount) => {
    expect(amountIn(text)).toEqual(amount);
  });

  it.each([
    "a $40 gift for my dad",
    "a tent under 5 lbs",
    "a sleeping bag rated below 20 degrees",
    "boots for under 2 weeks of hiking",
    "영하 10도 이하에서 입을 패딩",
    "where is order #1029",
    "size 10.5 boots",
    "recommend a warm jacket",
  ])("finds no price limit in %j", (text) => {
    expect(amountIn(text)).toBeNull();
  });
});
