import { describe, expect, it } from "vitest";
import { formatFrequency, formatPeriod, frequencyIn } from "./frequency";

const every = (count: number, unit: "day" | "week" | "month") => ({ unit, count });

describe("reading a delivery frequency", () => {
  it.each([
    ["every 2 weeks", every(2, "week")],
    ["Every two weeks please", every(2, "week")],
    ["each 6 weeks", every(6, "week")],
    ["every 3 days", every(3, "day")],
    ["every 2 months", every(2, "month")],
    ["monthly", every(1, "month")],
    ["once a month is enough", every(1, "month")],
    ["weekly", every(1, "week")],
    ["biweekly", every(2, "week")],
    ["every other week", every(2, "week")],
    ["every other month", every(2, "month")],
    ["quarterly", every(3, "month")],
  ])("English: %s", (text, frequency) => {
    expect(frequencyIn(text)).toEqual(frequency);
  });

  it.each([
    ["2주마다", every(2, "week")],
    ["2 주마다 받고 싶어요", every(2, "week")],
    ["2주에 한 번", every(2, "week")],
    ["3주일마다", every(3, "week")],
    ["4주 간격으로 보내 주세요", every(4, "week")],
    ["배송 주기를 4주로 바꿔 주세요", every(4, "week")],
    ["3개월마다", every(3, "month")],
    ["2개월에 1회", every(2, "month")],
    ["두 달에 한 번", every(2, "month")],
    ["세 달마다", every(3, "month")],
    ["한 달마다", every(1, "month")],
    ["한 달에 한 번", every(1, "month")],
    ["한달에 한번", every(1, "month")],
    ["매달", every(1, "month")],
    ["매월 받을게요", every(1, "month")],
    ["매주", every(1, "week")],
    ["일주일에 한 번", every(1, "week")],
    ["격주로 해 주세요", every(2, "week")],
    ["격월", every(2, "month")],
    ["10일마다", every(10, "day")],
  ])("Korean: %s", (text, frequency) => {
    expect(frequencyIn(text)).toEqual(frequency);
  });

  it.each([
    ["3"],
    ["can I change how often it comes?"],
    ["다음 배송을 5일로 미뤄 주세요"], // to the 5th, not every 5 days
    ["일주일에 두 번"], // twice a week is not an interval a subscription has
    ["이 달에 보내 주세요"],
    ["every 60 weeks"],
  ])("not a frequency: %s", (text) => {
    expect(frequencyIn(text)).toBeNull();
  });
});

describe("writing a frequency back", () => {
  it("says how often in the shopper's language", () => {
    expect(formatFrequency(every(1, "week"), "en")).toBe("every week");
    expect(formatFrequency(every(3, "week"), "en")).toBe("every 3 weeks");
    expect(formatFrequency(every(1, "month"), "ko")).toBe("매달");
    expect(formatFrequency(every(2, "week"), "ko")).toBe("2주마다");
    expect(formatFrequency(every(3, "month"), "ko")).toBe("3개월마다");
  });

  it("says how long a pause lasts", () => {
    expect(formatPeriod(every(1, "month"), "en")).toBe("a month");
    expect(formatPeriod(every(1, "month"), "ko")).toBe("한 달");
    expect(formatPeriod(every(2, "week"), "ko")).toBe("2주");
  });

  it("reads back what it writes", () => {
    for (const frequency of [every(1, "week"), every(2, "week"), every(1, "month"), every(3, "month")]) {
      expect(frequencyIn(formatFrequency(frequency, "en"))).toEqual(frequency);
      expect(frequencyIn(formatFrequency(frequency, "ko"))).toEqual(frequency);
    }
  });
});
