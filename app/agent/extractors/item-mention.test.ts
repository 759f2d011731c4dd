import { describe, expect, it } from "vitest";
import { itemsMentioned } from "./item-mention";

const ITEMS = [
  { title: "Firefly 20°F Down Sleeping Bag", variantTitle: "Long" },
  { title: "Boulder Shorts", variantTitle: "M / Khaki" },
  { title: "Insulated Trail Bottle 750 ml", variantTitle: "Glacier Blue" },
  { title: "Insulated Trail Bottle 750 ml", variantTitle: "Stone" },
  { title: "Merino Hiker Crew Socks", variantTitle: "M" },
  { title: "Trail Ankle Socks 3-Pack", variantTitle: "M" },
  { title: "Traverse 45L Trekking Pack", variantTitle: "S/M / Moss" },
];
const titles = (text: string) => itemsMentioned(text, ITEMS).map((item) => `${item.title} ${item.variantTitle}`);

describe("items a message names", () => {
  it("finds an item by words of its title, in any voice", () => {
    expect(titles("I want to return my sleeping bag")).toEqual(["Firefly 20°F Down Sleeping Bag Long"]);
    expect(titles("the shorts that don't fit")).toEqual(["Boulder Shorts M / Khaki"]);
    expect(titles("sleepng bag is too warm lol")).toEqual(["Firefly 20°F Down Sleeping Bag Long"]);
    expect(titles("where's my backpack")).toEqual(["Traverse 45L Trekking Pack S/M / Moss"]);
  });

  it("finds Korean names of things", () => {
    expect(titles("침낭 반품하고 싶어요")).toEqual(["Firefly 20°F Down Sleeping Bag Long"]);
    expect(titles("반바지가 안 맞아요")).toEqual(["Boulder Shorts M / Khaki"]);
  });

  it("tells items with the same title apart by the variant named, and returns all of them when none is", () => {
    expect(titles("the blue bottle leaks")).toEqual(["Insulated Trail Bottle 750 ml Glacier Blue"]);
    expect(titles("the bottles")).toHaveLength(2);
    expect(titles("socks")).toHaveLength(2);
  });

  it("names nothing when the message names no item", () => {
    expect(titles("I want to return something")).toEqual([]);
    expect(titles("it's too long and too big")).toEqual([]);
    expect(titles("where is my order?")).toEqual([]);
  });
});
