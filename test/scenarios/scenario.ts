/**
 * What a scenario is: one shopper conversation on the demo store, played through the real engine, with the facts
 * its LAST reply must state and the wrong facts it must not state. Expected facts are written by hand from the demo
 * seed (app/demo/seed/, app/demo/providers/) — see test/scenarios/demo-facts.ts for the ones scenarios lean on.
 */
import { z } from "zod";
import { ROUTE_LABELS, type RouteLabel } from "../../app/agent/skill-ids";

/** A fact: a string the reply must contain (case-insensitive) or a pattern it must match. */
export type Fact = string | RegExp;

/**
 * A shopper turn: what they type, or a tap on a quick reply / card button the agent's previous reply offered (the
 * first whose label matches `tap`). When nothing offered matches, the shopper types `orSay` instead and the
 * scenario is not resolved (the agent should have offered it) — or, for a tap marked `ifOffered` (answering a
 * clarifying question the agent may or may not need to ask), the turn is left out.
 */
export type ShopperTurn = string | { tap: Fact; orSay: string } | { tap: Fact; ifOffered: true };

export type Voice = "plain" | "typos" | "slang" | "terse" | "rambling" | "ko-casual" | "ko-polite";

/** The demo shop's connected providers (app/services/demo-seed.server.ts); a scenario may play on another set. */
export type DemoProvider = "loop" | "recharge" | "smile";
export const DEMO_SHOP_PROVIDERS: readonly DemoProvider[] = ["loop", "recharge", "smile"];

export type Scenario = {
  /** Unique, stable, kebab-case; names the test. */
  id: string;
  language: "en" | "ko";
  voice: Voice;
  /** The skill the scenario exercises ("human_handoff" for asking for a person). */
  skill: RouteLabel;
  /** A demo customer's email (logged in), or "guest". */
  who: string;
  /** What the merchant has connected, when it is not the demo shop's Loop + Recharge + Smile. */
  providers?: readonly DemoProvider[];
  turns: readonly ShopperTurn[];
  /** About the last reply. */
  expect: {
    mustState: readonly Fact[];
    mustNotState?: readonly Fact[];
    /** The skill the last reply comes from; the scenario's skill unless given (null: not checked). */
    skill?: RouteLabel | null;
    /** Whether the last reply hands off to a person; false unless given (null: either is right). */
    handoff?: boolean | null;
  };
  /** Why the scenario exists, when the turns do not say it (a known bug, a seed fact). */
  note?: string;
};

const FactSchema = z.union([z.string().min(1), z.instanceof(RegExp)]);
const ScenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  language: z.enum(["en", "ko"]),
  voice: z.enum(["plain", "typos", "slang", "terse", "rambling", "ko-casual", "ko-polite"]),
  skill: z.enum(ROUTE_LABELS),
  who: z.union([z.literal("guest"), z.string().email()]),
  providers: z.array(z.enum(["loop", "recharge", "smile"])).optional(),
  turns: z
    .array(z.union([z.string().min(1), z.object({ tap: FactSchema, orSay: z.string().min(1) }).strict(), z.object({ tap: FactSchema, ifOffered: z.literal(true) }).strict()]))
    .min(1)
    .refine((turns) => typeof turns[0] === "string", "the first turn is typed"),
  expect: z.object({
    mustState: z.array(FactSchema).min(1),
    mustNotState: z.array(FactSchema).optional(),
    skill: z.enum(ROUTE_LABELS).nullable().optional(),
    handoff: z.boolean().nullable().optional(),
  }),
  note: z.string().optional(),
});

/** Checks every scenario's shape and that ids are unique; throws with the offending ids. */
export function validateScenarios(scenarios: readonly Scenario[]): readonly Scenario[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const scenario of scenarios) {
    const parsed = ScenarioSchema.safeParse(scenario);
    if (!parsed.success) problems.push(`${scenario.id}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    if (seen.has(scenario.id)) problems.push(`${scenario.id}: duplicate id`);
    seen.add(scenario.id);
  }
  if (problems.length) throw new Error(`invalid scenarios:\n${problems.join("\n")}`);
  return scenarios;
}

/** Whether `text` states the fact: a string case-insensitively, a pattern as written. */
export function states(text: string, fact: Fact): boolean {
  return typeof fact === "string" ? text.toLowerCase().includes(fact.toLowerCase()) : new RegExp(fact.source, fact.flags.replace("g", "")).test(text);
}

export const describeFact = (fact: Fact) => (typeof fact === "string" ? JSON.stringify(fact) : String(fact));
