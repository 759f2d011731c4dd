import { describe, expect, it } from "vitest";
import { quantityIn } from "./quantity";

describe("quantities in a message", () => {
  it.each([
    ["two", 2],
    ["2", 2],
    ["two please", 2],
    ["x3", 3],
    ["×2", 2],
    ["qty: 4", 4],
    ["3 pairs of wool socks", 3],
    ["I need two tees", 2],
    ["2 more tees", 2],
    ["a dozen", 12],
    ["2개", 2],
    ["두 개 주세요", 2],
    ["양말 세 켤레", 3],
    ["티셔츠 3장", 3],
    ["한 벌만", 1],
    ["둘이요", 2],
  ])("reads %j as %i", (text, count) => {
    expect(quantityIn(text)).toEqual({ count });
  });

  it.each([
    "네",
    "this one looks better",
    "a tent for 2 people",
    "for 2 weeks",
    "2개월 동안",
    "size 10.5 boots",
    "$50 jackets",
    "0",
    "where is my order",
  ])("finds no quantity in %j", (text) => {
    expect(quantityIn(text)).toBeNull();
  });
});
