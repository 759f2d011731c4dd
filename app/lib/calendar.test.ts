import { describe, expect, it } from "vitest";
import { addDays, addInterval, calendarDate, dateOf, daysBetween, isWholeInterval, midnightUtc, parseCalendarDate, tomorrow, type Interval } from "./calendar";

const MONTHLY: Interval = { unit: "month", count: 1 };
const at = (iso: string) => new Date(iso);
const dayAfter = (iso: string, interval: Interval, times?: number) => calendarDate(addInterval(at(iso), interval, times));

describe("adding an interval", () => {
  it("stops a monthly charge on Jan 31 at the end of February: the 28th, or the 29th in a leap year", () => {
    expect(dayAfter("2027-01-31", MONTHLY)).toBe("2027-02-28");
    expect(dayAfter("2028-01-31", MONTHLY)).toBe("2028-02-29");
    expect(dayAfter("2100-01-31", MONTHLY)).toBe("2100-02-28"); // a century is not a leap year…
    expect(dayAfter("2000-01-31", MONTHLY)).toBe("2000-02-29"); // …unless it divides by 400
  });

  it("stops at the end of any shorter month, and keeps the day when the month has it", () => {
    expect(dayAfter("2027-03-31", MONTHLY)).toBe("2027-04-30");
    expect(dayAfter("2027-08-31", MONTHLY)).toBe("2027-09-30");
    expect(dayAfter("2027-01-30", MONTHLY)).toBe("2027-02-28");
    expect(dayAfter("2027-01-15", MONTHLY)).toBe("2027-02-15");
    expect(dayAfter("2027-02-28", MONTHLY)).toBe("2027-03-28");
  });

  it("rolls December into January of the next year", () => {
    expect(dayAfter("2026-12-31", MONTHLY)).toBe("2027-01-31");
    expect(dayAfter("2026-11-30", { unit: "month", count: 3 })).toBe("2027-02-28");
    expect(dayAfter("2026-12-29", { unit: "week", count: 1 })).toBe("2027-01-05");
    expect(dayAfter("2026-12-31", { unit: "day", count: 1 })).toBe("2027-01-01");
  });

  it("moves a yearly charge on Feb 29 to Feb 28 in the years without one", () => {
    expect(dayAfter("2028-02-29", { unit: "year", count: 1 })).toBe("2029-02-28");
    expect(dayAfter("2028-02-29", { unit: "year", count: 4 })).toBe("2032-02-29");
  });

  it("moves weeks and days by 7 and 1 calendar days, across month and leap-day boundaries", () => {
    expect(dayAfter("2028-02-26", { unit: "week", count: 1 })).toBe("2028-03-04");
    expect(dayAfter("2027-02-26", { unit: "week", count: 1 })).toBe("2027-03-05");
    expect(dayAfter("2027-01-31", { unit: "week", count: 4 })).toBe("2027-02-28");
    expect(dayAfter("2028-02-28", { unit: "day", count: 1 })).toBe("2028-02-29");
  });

  it("keeps the time of day", () => {
    expect(addInterval(at("2027-01-31T17:30:15.250Z"), MONTHLY).toISOString()).toBe("2027-02-28T17:30:15.250Z");
    expect(addInterval(at("2027-03-10T08:00:00Z"), { unit: "week", count: 2 }).toISOString()).toBe("2027-03-24T08:00:00.000Z");
  });

  it("goes back for a negative number of intervals", () => {
    expect(dayAfter("2027-03-31", MONTHLY, -1)).toBe("2027-02-28");
    expect(dayAfter("2027-01-05", { unit: "week", count: 2 }, -1)).toBe("2026-12-22");
  });

  it("gives the next billing dates from an anchor on the anchor's day, not drifting to the shortest month's", () => {
    const anchor = at("2027-01-31T09:00:00Z");
    const counted = [1, 2, 3, 4].map((n) => calendarDate(addInterval(anchor, MONTHLY, n)));
    expect(counted).toEqual(["2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"]);
    // Stepping from each date in turn is what a provider does when it moves one charge; it drifts to the 28th.
    const stepped = [anchor];
    for (let i = 0; i < 3; i++) stepped.push(addInterval(stepped.at(-1)!, MONTHLY));
    expect(stepped.slice(1).map((date) => calendarDate(date))).toEqual(["2027-02-28", "2027-03-28", "2027-04-28"]);
  });

  it("counts only whole intervals of one or more as schedulable", () => {
    expect(isWholeInterval({ unit: "week", count: 2 })).toBe(true);
    expect(isWholeInterval({ unit: "week", count: 0 })).toBe(false);
    expect(isWholeInterval({ unit: "month", count: 1.5 })).toBe(false);
    expect(isWholeInterval({ unit: "day", count: -1 })).toBe(false);
  });
});

describe("calendar dates and time zones", () => {
  it("reads the date an instant falls on where the shop is", () => {
    const lateEveningUtc = at("2027-01-31T20:00:00Z");
    expect(calendarDate(lateEveningUtc)).toBe("2027-01-31");
    expect(calendarDate(lateEveningUtc, "Asia/Seoul")).toBe("2027-02-01");
    expect(calendarDate(lateEveningUtc, "America/Los_Angeles")).toBe("2027-01-31");
    const earlyMorningUtc = at("2027-01-01T03:00:00Z");
    expect(calendarDate(earlyMorningUtc, "America/Los_Angeles")).toBe("2026-12-31");
    expect(calendarDate(earlyMorningUtc, "Asia/Seoul")).toBe("2027-01-01");
  });

  it("starts a Seoul day at 15:00 UTC the day before", () => {
    expect(calendarDate(at("2027-03-09T14:59:59Z"), "Asia/Seoul")).toBe("2027-03-09");
    expect(calendarDate(at("2027-03-09T15:00:00Z"), "Asia/Seoul")).toBe("2027-03-10");
  });

  it("follows daylight saving time: a Los Angeles day starts at 08:00 UTC in winter and 07:00 UTC in summer", () => {
    expect(calendarDate(at("2027-01-15T07:59:00Z"), "America/Los_Angeles")).toBe("2027-01-14");
    expect(calendarDate(at("2027-01-15T08:00:00Z"), "America/Los_Angeles")).toBe("2027-01-15");
    expect(calendarDate(at("2027-07-15T06:59:00Z"), "America/Los_Angeles")).toBe("2027-07-14");
    expect(calendarDate(at("2027-07-15T07:00:00Z"), "America/Los_Angeles")).toBe("2027-07-15");
  });

  it("knows tomorrow in the shop's time zone, as that date's midnight UTC", () => {
    const now = at("2027-01-31T20:00:00Z");
    expect(tomorrow(now).toISOString()).toBe("2027-02-01T00:00:00.000Z");
    expect(tomorrow(now, "Asia/Seoul").toISOString()).toBe("2027-02-02T00:00:00.000Z");
    expect(tomorrow(now, "America/Los_Angeles").toISOString()).toBe("2027-02-01T00:00:00.000Z");
    expect(dateOf(at("2028-02-29T23:59:59Z")).toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("counts calendar days between dates whatever their times of day", () => {
    expect(daysBetween(at("2027-01-31T23:00:00Z"), at("2027-02-01T01:00:00Z"))).toBe(1);
    expect(daysBetween(at("2028-02-01T12:00:00Z"), at("2028-03-01T00:00:00Z"))).toBe(29);
    expect(daysBetween(at("2027-02-01T12:00:00Z"), at("2027-03-01T00:00:00Z"))).toBe(28);
    expect(daysBetween(at("2027-01-10"), at("2027-01-03"))).toBe(-7);
    // 23:00 and 01:00 UTC are the same day in Seoul (08:00 and 10:00 the next morning).
    expect(daysBetween(at("2027-01-31T23:00:00Z"), at("2027-02-01T01:00:00Z"), "Asia/Seoul")).toBe(0);
  });

  it("moves by days, including the fractions the demo seed uses", () => {
    expect(addDays(at("2027-02-27T00:00:00Z"), 2).toISOString()).toBe("2027-03-01T00:00:00.000Z");
    expect(addDays(at("2027-01-01T12:00:00Z"), -0.5).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });

  it("parses a calendar date, and refuses one that does not exist", () => {
    expect(parseCalendarDate("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(parseCalendarDate("2027-02-29")).toBeNull();
    expect(parseCalendarDate("2027-02-30")).toBeNull();
    expect(parseCalendarDate("2027-2-3")).toBeNull();
    expect(parseCalendarDate("31/01/2027")).toBeNull();
    expect(midnightUtc("2027-01-31").toISOString()).toBe("2027-01-31T00:00:00.000Z");
    expect(() => midnightUtc("2027-13-01")).toThrow(RangeError);
  });
});
