import { describe, expect, it } from "vitest";
import { loadCorpus, splitOf } from "../../../app/agent/router/corpus";
import { ROUTE_LABELS } from "../../../app/agent/skill-ids";
import { CONVERSATIONS, SINGLE_TURN_MESSAGES } from "./labelled-set";

const normalise = (text: string): string => text.toLowerCase().replace(/[\s?!.,~]+/g, "");

describe("the router's labelled corpus", () => {
  const corpus = loadCorpus();

  it("holds at least 2,000 messages, with a held-out split of every label in both languages", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(2000);
    for (const language of ["en", "ko"] as const) {
      for (const label of ROUTE_LABELS) {
        const heldOut = corpus.filter((m) => m.language === language && m.label === label && m.split === "heldOut");
        expect(heldOut.length, `${language} ${label}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it("gives no message two labels", () => {
    const labels = new Map<string, string>();
    const clashes = corpus.filter(({ text, label }) => {
      const seen = labels.get(normalise(text));
      labels.set(normalise(text), label);
      return seen !== undefined && seen !== label;
    });
    expect(clashes).toEqual([]);
  });

  it("splits by the text alone, so adding messages never moves one between splits", () => {
    for (const { text, split } of corpus.slice(0, 200)) expect(splitOf(text)).toBe(split);
    const shares = { heldOut: 0, dev: 0, train: 0 };
    for (const { split } of corpus) shares[split] += 1 / corpus.length;
    expect(shares.heldOut).toBeGreaterThan(0.2);
    expect(shares.train).toBeGreaterThan(0.55);
  });

  it("keeps the separately written labelled set out of the training messages", () => {
    const trained = new Set(corpus.filter((m) => m.split !== "heldOut").map((m) => normalise(m.text)));
    const scored = [...SINGLE_TURN_MESSAGES.map(({ text }) => text), ...CONVERSATIONS.map(({ messages }) => messages.at(-1) ?? "")];
    expect(scored.filter((text) => trained.has(normalise(text)))).toEqual([]);
  });
});
