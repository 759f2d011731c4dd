import { describe, expect, it } from "vitest";
import { colourIn, colourName, optionColour, sameColour } from "./colour";

describe("colours in a message", () => {
  it.each([
    ["a black jacket", "black"],
    ["검정 패딩", "black"],
    ["검은색으로 주세요", "black"],
    ["블랙 있어요?", "black"],
    ["navy", "navy"],
    ["navy blue please", "navy"],
    ["네이비로 바꿔 주세요", "navy"],
    ["남색", "navy"],
    ["the grey one", "grey"],
    ["gray", "grey"],
    ["회색 후디", "grey"],
    ["흰색 티셔츠", "white"],
    ["something in olive", "olive"],
    ["핑크", "pink"],
  ])("reads %j as %s", (text, name) => {
    expect(colourIn(text)?.name).toBe(name);
  });

  it.each([
    ["black instead of navy", "black"],
    ["swap the red for a blue one", "blue"],
    ["검정 말고 네이비로", "navy"],
  ])("takes the colour wanted in %j", (text, name) => {
    expect(colourIn(text)?.name).toBe(name);
  });

  it.each(["I ordered it last week", "redeem my points", "boots for forest hikes", "a warm jacket", "black or navy?"])("finds no colour in %j", (text) => {
    expect(colourIn(text)).toBeNull();
  });

  it("finds a basic colour in a catalog's shades, and a named shade only in itself", () => {
    const blue = colourIn("blue")!;
    expect(sameColour(blue, "Glacier Blue")).toBe(true);
    expect(sameColour(blue, "Navy")).toBe(true);
    expect(sameColour(blue, "Sky")).toBe(true);
    expect(sameColour(blue, "Moss")).toBe(false);
    expect(sameColour(colourIn("navy")!, "Glacier Blue")).toBe(false);
    expect(sameColour(colourIn("green")!, "Forest")).toBe(true);
    expect(optionColour("Default Title")).toBeNull();
  });

  it("names a colour in the shopper's language", () => {
    expect(colourName(colourIn("블랙")!, "ko")).toBe("검정");
    expect(colourName(colourIn("검정")!, "en")).toBe("black");
  });
});
