/**
 * The scenario suite (test/scenarios/scenarios/): every scenario is played through the real engine on this project's
 * database, and its last reply must state no wrong fact (one test per scenario, named by its id); overall, at least
 * 0.85 of the scenarios must be resolved. `npx tsx bench/scenarios.ts` prints the figures per skill and language.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../support/db";
import { failureSummary, formatTranscript, scenarioRunner, type ScenarioResult } from "./run-scenarios";
import { SCENARIOS } from "./scenarios/index";

const RESOLUTION_TARGET = 0.85;
const RESOLUTION_TEST = `overall resolution ≥ ${RESOLUTION_TARGET}`;

/**
 * The tests that fail today, each with why: the agent states a wrong fact in these scenarios (or, for the last entry,
 * too few scenarios are resolved). They run as `it.fails`, so CI stays green while they fail and turns red the
 * moment one passes — then delete its line. Empty this list; never add to it to make a new failure pass.
 */
const KNOWN_FAILING: Record<string, string> = {};

let results: Map<string, ScenarioResult>;

beforeAll(async () => {
  results = new Map((await scenarioRunner(db).runAll(SCENARIOS)).map((result) => [result.scenario.id, result]));
}, 180_000);

const testFor = (name: string) => (name in KNOWN_FAILING ? it.fails : it);

describe("scenarios: the last reply states no wrong fact", () => {
  for (const scenario of SCENARIOS) {
    testFor(scenario.id)(scenario.id, () => {
      const result = results.get(scenario.id)!;
      expect(result.wrongFacts, `${scenario.id} states wrong facts:\n${formatTranscript(result)}`).toEqual([]);
    });
  }
});

describe("scenarios overall", () => {
  testFor(RESOLUTION_TEST)(RESOLUTION_TEST, () => {
    const all = [...results.values()];
    const failed = all.filter((r) => !r.resolved);
    const rate = (all.length - failed.length) / all.length;
    expect(rate, `resolved ${all.length - failed.length}/${all.length}; not resolved:\n${failed.map((r) => `  ${r.scenario.id}: ${failureSummary(r)}`).join("\n")}`).toBeGreaterThanOrEqual(RESOLUTION_TARGET);
  });

  it("KNOWN_FAILING names only scenarios of the suite", () => {
    const ids = new Set([...SCENARIOS.map((s) => s.id), RESOLUTION_TEST]);
    expect(Object.keys(KNOWN_FAILING).filter((id) => !ids.has(id))).toEqual([]);
  });
});
