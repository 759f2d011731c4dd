import { describe, expect, it } from "vitest";
import { sameSize, sizeIn } from "./size";

describe("sizes in a message", () => {
  it.each([
    ["size M", "M"],
    ["a medium please", "M"],
    ["do you have it in XL?", "XL"],
    ["xxl", "XXL"],
    ["2XL", "XXL"],
    ["extra large", "XL"],
    ["an L", "L"],
    ["small", "S"],
    ["m", "M"],
    ["라지", "L"],
    ["라지로 바꿔 주세요", "L"],
    ["엑스라지 있나요", "XL"],
    ["M 사이즈로 주세요", "M"],
    ["사이즈 S", "S"],
    ["10.5", "10.5"],
    ["I wear a 10.5", "10.5"],
    ["size 9", "9"],
    ["waist 34", "34"],
    ["34", "34"],
    ["270mm 운동화", "270"],
    ["boots in size 10", "10"],
    ["do you have the tee in size M?", "M"],
  ])("reads %j as %s", (text, value) => {
    expect(sizeIn(text)).toEqual({ value });
  });

  it.each([
    ["it's too small, I need a large", "L"],
    ["swap the M for an L", "L"],
    ["I need L instead of M", "L"],
    ["I ordered a medium but want a large", "L"],
    ["M 말고 L로 바꿔 주세요", "L"],
  ])("takes the size wanted in %j", (text, value) => {
    expect(sizeIn(text)).toEqual({ value });
  });

  it.each([
    "it's too small",
    "I'm not sure",
    "medium roast coffee",
    "what size should I get?",
    "a bigger size",
    "$10.5 each",
    "M or L?",
    "thanks",
  ])("finds no size in %j", (text) => {
    expect(sizeIn(text)).toBeNull();
  });

  it("matches a catalog's option values, notes in brackets included", () => {
    expect(sameSize({ value: "M" }, "M (8–10)")).toBe(true);
    expect(sameSize({ value: "L" }, "XL")).toBe(false);
    expect(sameSize({ value: "10" }, "10")).toBe(true);
    expect(sameSize({ value: "M" }, "Spruce")).toBe(false);
  });
});
