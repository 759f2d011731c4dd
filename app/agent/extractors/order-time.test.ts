import { describe, expect, it } from "vitest";
import { orderTimeIn, ordinalIn, refersToOther } from "./order-time";

const NOW = new Date("2026-12-04T18:00:00Z");
const range = (text: string) => {
  const time = orderTimeIn(text, NOW);
  return time?.kind === "between" ? [time.from.toISOString().slice(0, 10), time.to.toISOString().slice(0, 10)] : time?.kind ?? null;
};

describe("when the order a message means was placed", () => {
  it("reads first, latest and previous orders", () => {
    expect(range("what about my first order")).toBe("first");
    expect(range("my last order hasn't come")).toBe("latest");
    expect(range("최근 주문 어디쯤이에요")).toBe("latest");
    expect(range("첫 주문 반품할래요")).toBe("first");
    expect(range("the order before that one")).toBe("previous");
  });

  it("reads calendar months, across the year's end", () => {
    expect(range("the one from last month")).toEqual(["2026-11-01", "2026-12-01"]);
    expect(range("지난달에 산 거")).toEqual(["2026-11-01", "2026-12-01"]);
    expect(range("i ordered it in October")).toEqual(["2026-10-01", "2026-11-01"]);
    expect(range("back in november")).toEqual(["2026-11-01", "2026-12-01"]);
    expect(orderTimeIn("from back in december", new Date("2027-01-05T00:00:00Z"))).toMatchObject({ from: new Date("2026-12-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") });
    expect(range("10월에 주문한 거요")).toEqual(["2026-10-01", "2026-11-01"]);
    expect(orderTimeIn("last month", new Date("2026-01-10T00:00:00Z"))).toMatchObject({ from: new Date("2025-12-01T00:00:00Z") });
  });

  it("reads '… ago' as a window around that day", () => {
    expect(range("ordered like two weeks ago")).toEqual(["2026-11-16", "2026-11-25"]);
    expect(range("3일 전에 주문했어요")).toEqual(["2026-11-29", "2026-12-03"]);
  });

  it("says nothing when the message gives no time", () => {
    expect(range("where is my order")).toBeNull();
    expect(range("it arrived last night and it's broken")).toBeNull();
  });
});

describe("choosing from a list", () => {
  it("reads positions and 'the other one'", () => {
    expect(ordinalIn("the second one")).toBe(2);
    expect(ordinalIn("2")).toBe(2);
    expect(ordinalIn("첫 번째요")).toBe(1);
    expect(ordinalIn("the sleeping bag")).toBeNull();
    expect(refersToOther("what about the other one?")).toBe(true);
    expect(refersToOther("다른 거는요?")).toBe(true);
    expect(refersToOther("where is my order")).toBe(false);
  });
});
