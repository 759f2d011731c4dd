import { describe, expect, it } from "vitest";
import { EN_UTTERANCES } from "../../../app/agent/router/utterances/en";
import { KO_UTTERANCES } from "../../../app/agent/router/utterances/ko";
import { ROUTE_LABELS } from "../../../app/agent/skill-ids";
import { CONVERSATIONS, SINGLE_TURN, SINGLE_TURN_MESSAGES } from "./labelled-set";

const SEEDS = { en: EN_UTTERANCES, ko: KO_UTTERANCES };
const normalise = (text: string): string => text.toLowerCase().replace(/[\s?!.,~]+/g, "");

describe("router seeds and labelled set", () => {
  it.each(["en", "ko"] as const)("ship at least 35 distinct %s seeds per label", (language) => {
    for (const label of ROUTE_LABELS) {
      expect(new Set(SEEDS[language][label].map(normalise)).size, label).toBeGreaterThanOrEqual(35);
    }
  });

  it("scores only messages the router was not trained on", () => {
    // Conversations may open with a seed: only their last message is scored.
    const seeds = new Set(Object.values(SEEDS).flatMap((byLabel) => Object.values(byLabel).flat().map(normalise)));
    const scored = [
      ...SINGLE_TURN_MESSAGES.map(({ text }) => text),
      ...CONVERSATIONS.map(({ messages }) => messages.at(-1) ?? ""),
    ];
    expect(scored.filter((text) => seeds.has(normalise(text)))).toEqual([]);
  });

  it("has at least 15 single messages per label and language, and 20 conversations", () => {
    for (const language of ["en", "ko"] as const) {
      for (const label of ROUTE_LABELS)
        expect(SINGLE_TURN[language][label].length, `${language} ${label}`).toBeGreaterThanOrEqual(15);
    }
    expect(CONVERSATIONS.length).toBeGreaterThanOrEqual(20);
  });
});
