/**
 * The scenario suite (test/scenarios/): multi-turn shopper conversations on the demo store, EN and KO, every skill,
 * played through the real engine on a real SQLite file; each last reply is judged against the facts it must and must
 * not state. Prints resolution per skill and per language, every wrong fact with the reply that stated it, and the
 * overall resolved rate (targets: ≥ 0.85 resolved, zero wrong facts).
 *
 *   npx tsx bench/scenarios.ts              # the table
 *   npx tsx bench/scenarios.ts --verbose    # and the transcript of every scenario not resolved
 *   npx tsx bench/scenarios.ts --only <id>  # one scenario, with its transcript
 *   npx tsx bench/scenarios.ts --set blind  # the blind evaluation set (test/scenarios/blind/) instead of the suite
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { trainClassifier } from "../app/agent/router/classifier";
import { createDb } from "../app/db/client";
import { parseDatabaseUrl } from "../app/db/database-url";
import { migrate } from "../app/db/migrate";
import { BLIND_SCENARIOS } from "../test/scenarios/blind/index";
import { SCENARIOS as SUITE } from "../test/scenarios/scenarios/index";
import { failureSummary, formatTranscript, resolutionBy, scenarioRunner, type ScenarioResult } from "../test/scenarios/run-scenarios";
import { round, writeResults } from "./measure";

const TARGET = 0.85;
const { values } = parseArgs({ options: { verbose: { type: "boolean", default: false }, only: { type: "string" }, set: { type: "string", default: "suite" } } });
if (values.set !== "suite" && values.set !== "blind") {
  console.error(`--set is "suite" or "blind", not "${values.set}"`);
  process.exit(2);
}
const SCENARIOS = values.set === "blind" ? BLIND_SCENARIOS : SUITE;

const chosen = values.only ? SCENARIOS.filter((s) => s.id === values.only) : SCENARIOS;
if (chosen.length === 0) {
  console.error(`no scenario "${values.only}"; ids: ${SCENARIOS.map((s) => s.id).join(", ")}`);
  process.exit(2);
}

const target = parseDatabaseUrl(`file:./data/bench/${values.set === "blind" ? "scenarios-blind" : "scenarios"}.sqlite`);
fs.rmSync((target as { filePath: string }).filePath, { force: true });
await migrate(target);
const db = createDb(target);
await trainClassifier();

const started = performance.now();
const results = await scenarioRunner(db).runAll(chosen);
const seconds = (performance.now() - started) / 1000;
await db.$disconnect();

const rate = (resolved: number, total: number) => (total ? resolved / total : 0);
const pct = (value: number) => value.toFixed(2);

function table(title: string, groups: Map<string, { resolved: number; total: number; wrongFacts: number }>) {
  const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(title.length, ...rows.map(([name]) => name.length));
  console.log(`${title.padEnd(width)}  resolved        rate  wrong facts`);
  for (const [name, g] of rows) {
    console.log(`${name.padEnd(width)}  ${`${g.resolved}/${g.total}`.padStart(7)}  ${pct(rate(g.resolved, g.total)).padStart(10)}  ${String(g.wrongFacts).padStart(11)}`);
  }
  console.log();
}

const bySkill = resolutionBy(results, (r) => r.scenario.skill);
const byLanguage = resolutionBy(results, (r) => r.scenario.language);
const byWho = resolutionBy(results, (r) => (r.scenario.who === "guest" ? "guest" : "logged in"));
const resolved = results.filter((r) => r.resolved).length;
const withWrongFacts = results.filter((r) => r.wrongFacts.length > 0);
const wrongFactCount = withWrongFacts.reduce((sum, r) => sum + r.wrongFacts.length, 0);

console.log(`${results.length} scenarios (${results.reduce((n, r) => n + r.scenario.turns.length, 0)} shopper turns) in ${seconds.toFixed(1)} s\n`);
table("skill", bySkill);
table("language", byLanguage);
table("shopper", byWho);

console.log(`wrong facts: ${wrongFactCount} in ${withWrongFacts.length} scenarios (target 0)`);
for (const r of withWrongFacts) {
  console.log(`  ${r.scenario.id}: states ${r.wrongFacts.join(", ")}`);
  console.log(`    reply: ${r.last.text.replace(/\n+/g, " ⏎ ")}`);
}
console.log();

const failed = results.filter((r) => !r.resolved);
if (failed.length) {
  console.log(`not resolved (${failed.length}):`);
  for (const r of failed) console.log(`  ${r.scenario.id}: ${failureSummary(r)}`);
  console.log();
}
if (values.verbose || values.only) {
  for (const r of values.only ? results : failed) {
    console.log(`── ${r.scenario.id} (${r.scenario.skill}, ${r.scenario.language}, ${r.scenario.who}) ${r.resolved ? "resolved" : "NOT resolved"}`);
    if (r.scenario.note) console.log(`   note: ${r.scenario.note}`);
    console.log(formatTranscript(r));
    if (!r.resolved) console.log(`   → ${failureSummary(r)}`);
    console.log();
  }
}

const overall = rate(resolved, results.length);
console.log(`resolved ${resolved}/${results.length} = ${pct(overall)} (target ≥ ${TARGET}: ${overall >= TARGET ? "met" : "not met"}); wrong facts ${wrongFactCount} (target 0: ${wrongFactCount === 0 ? "met" : "not met"})`);

if (!values.only) {
  const groupJson = (groups: typeof bySkill) =>
    Object.fromEntries([...groups.entries()].map(([name, g]) => [name, { resolved: g.resolved, total: g.total, rate: round(rate(g.resolved, g.total)), wrongFacts: g.wrongFacts }]));
  writeResults(values.set === "blind" ? "scenarios-blind" : "scenarios", {
    scenarios: results.length,
    resolved,
    resolvedRate: round(overall),
    wrongFacts: wrongFactCount,
    bySkill: groupJson(bySkill),
    byLanguage: groupJson(byLanguage),
    wrong: withWrongFacts.map((r: ScenarioResult) => ({ id: r.scenario.id, facts: r.wrongFacts, reply: r.last.text })),
    notResolved: failed.map((r) => ({ id: r.scenario.id, why: failureSummary(r) })),
  });
}
