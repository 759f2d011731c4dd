/**
 * The embedded router, measured: training time, latency, and — on the corpus's held-out split, which nothing is
 * trained or tuned on — accuracy per skill and language and the precision of the messages it routes above its
 * confidence bar. Also the dev-split sweep the bar was chosen from, the first router's labelled set and the
 * multi-turn conversations. Run: npx tsx bench/classify.ts (writes bench/results/classify.json).
 */
import { CONFIDENCE_THRESHOLD, classifyMessage, SHIPPED_SPLITS, trainClassifier, trainRouterModel } from "../app/agent/router/classifier";
import { loadCorpus } from "../app/agent/router/corpus";
import { route } from "../app/agent/router/router";
import { ROUTE_LABELS } from "../app/agent/skill-ids";
import {
  corpusConversations,
  corpusMessages,
  evaluateConversations,
  evaluateLabelledSet,
  evaluateMessages,
  type Score,
} from "../test/agent/router/evaluate";
import { CONVERSATIONS } from "../test/agent/router/labelled-set";
import { printTable, round, timeEach, writeResults } from "./measure";

const WARM_UP_ROUTES = 500;
const MEASURED_ROUTES = 5000;
const SWEEP = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

const heldOut = corpusMessages("heldOut");
/** A message the model has not seen: an order number makes each text new, so no cache answers for it. */
const workload = (i: number) => `${heldOut[i % heldOut.length]!.text} #${10_000 + i}`;

const loadStart = performance.now();
await trainClassifier(); // from .cache/router when this corpus was trained before, else trained and cached
const readyMs = performance.now() - loadStart;
const corpus = loadCorpus();
const shipped = corpus.filter((m) => SHIPPED_SPLITS.includes(m.split));
const trainingStart = performance.now();
trainRouterModel(shipped);
const trainingMs = performance.now() - trainingStart;

await timeEach(WARM_UP_ROUTES, MEASURED_ROUTES, (i) => route([workload(i)])); // let the JIT settle first
const routeTimes = await timeEach(MEASURED_ROUTES, 0, (i) => route(["hi", workload(i)]));
const classifyTimes = await timeEach(MEASURED_ROUTES, 2 * MEASURED_ROUTES, (i) => classifyMessage(workload(i)));

// The bar was chosen here: a model trained on the train split alone, scored on the dev split.
const devModel = trainRouterModel(corpus.filter((m) => m.split === "train"));
const dev = corpus.filter((m) => m.split === "dev").map((m) => ({ ...devModel(m.text), expected: m.label }));
const sweep = SWEEP.map((bar) => {
  const above = dev.filter((d) => d.confidence >= bar);
  return { bar, precision: round(above.filter((d) => d.label === d.expected).length / above.length), coverage: round(above.length / dev.length) };
});

const heldOutEvaluation = await evaluateMessages(heldOut);
const labelledSet = await evaluateLabelledSet();
const conversations = await evaluateConversations([...CONVERSATIONS, ...corpusConversations()]);

const summary = (score: Score | undefined) =>
  score && {
    messages: score.total,
    accuracy: round(score.accuracy),
    precisionAboveBar: round(score.precision),
    routed: round(score.routed / score.total),
    asked: round(score.asked / score.total),
    askedWithRightOption: round(score.askedWithRightOption / Math.max(1, score.asked)),
  };
const describe = (score: Score) =>
  `accuracy ${score.accuracy.toFixed(3)} · routed ${(score.routed / score.total).toFixed(2)} at precision ${score.precision.toFixed(3)} · asked ${(score.asked / score.total).toFixed(2)} (right option offered ${score.askedWithRightOption}/${score.asked}) · n=${score.total}`;
const bar = (value: number) => "█".repeat(Math.round(value * 40)).padEnd(40, "·");

const results = {
  trainingMs: round(trainingMs, 0),
  readyMs: round(readyMs, 0),
  trainingMessages: shipped.length,
  confidenceThreshold: CONFIDENCE_THRESHOLD,
  route: routeTimes,
  classifyMessage: classifyTimes,
  heldOut: {
    overall: summary(heldOutEvaluation.overall),
    byLanguage: { en: summary(heldOutEvaluation.byLanguage.en), ko: summary(heldOutEvaluation.byLanguage.ko) },
    byLabel: Object.fromEntries(ROUTE_LABELS.map((label) => [label, summary(heldOutEvaluation.byLabel[label])])),
  },
  devSweep: sweep,
  firstLabelledSet: summary(labelledSet.overall),
  conversations: { total: conversations.total, right: conversations.right, accuracy: round(conversations.accuracy) },
};

printTable([
  ["training", `${results.trainingMs} ms on ${results.trainingMessages} messages (once per corpus change; then loaded from .cache/router: ${results.readyMs} ms here)`],
  ["route() p50 / p99", `${routeTimes.p50Ms} / ${routeTimes.p99Ms} ms (two-message conversations)`],
  ["classifyMessage() p50 / p99", `${classifyTimes.p50Ms} / ${classifyTimes.p99Ms} ms`],
  ["held-out", describe(heldOutEvaluation.overall)],
  ["held-out, en", describe(heldOutEvaluation.byLanguage.en!)],
  ["held-out, ko", describe(heldOutEvaluation.byLanguage.ko!)],
  ["first labelled set", describe(labelledSet.overall)],
  ["conversations", `${conversations.right}/${conversations.total} (${conversations.accuracy.toFixed(3)}) last message routed and follow-up read right`],
]);
console.log("\nheld-out accuracy by skill");
for (const label of ROUTE_LABELS) {
  const score = heldOutEvaluation.byLabel[label]!;
  console.log(`  ${label.padEnd(24)} ${bar(score.accuracy)} ${score.accuracy.toFixed(3)}  precision ${score.precision.toFixed(3)}  n=${score.total}`);
}
console.log(`\ndev sweep of the confidence bar (model trained on the train split only; shipped bar ${CONFIDENCE_THRESHOLD})`);
for (const { bar: b, precision, coverage } of sweep) console.log(`  ≥ ${b.toFixed(1)}  precision ${bar(precision)} ${precision.toFixed(3)}  coverage ${coverage.toFixed(2)}`);
writeResults("classify", results);
