/**
 * Embedded intent router benchmark: training time, route() latency over a few thousand messages (English and Korean,
 * single messages and conversations), and accuracy on the labelled set. Run: npx tsx bench/classify.ts
 * Prints a table and writes bench/results/classify.json.
 */
import { classifyMessage, trainClassifier } from "../app/agent/router/classifier";
import { route } from "../app/agent/router/router";
import { ROUTE_LABELS } from "../app/agent/skill-ids";
import { evaluateRouter } from "../test/agent/router/evaluate";
import { CONVERSATIONS, SINGLE_TURN_MESSAGES } from "../test/agent/router/labelled-set";
import { printTable, round, timeEach, writeResults } from "./measure";

const WARM_UP_ROUTES = 500;
const MEASURED_ROUTES = 5000;

/**
 * The i-th routed conversation: the labelled single messages and conversations in turn. An order number makes each
 * last message a text nlp.js has not seen, so its per-text cache of tokenised input never answers for it.
 */
function workload(i: number): string[] {
  const turns =
    i % 2 === 0
      ? [SINGLE_TURN_MESSAGES[(i / 2) % SINGLE_TURN_MESSAGES.length]!.text]
      : [...CONVERSATIONS[i % CONVERSATIONS.length]!.messages];
  turns[turns.length - 1] = `${turns.at(-1)} #${10_000 + i}`;
  return turns;
}

const trainingStart = performance.now();
await trainClassifier();
const trainingMs = performance.now() - trainingStart;

await timeEach(WARM_UP_ROUTES, MEASURED_ROUTES, (i) => route(workload(i))); // let the JIT settle first
const routeTimes = await timeEach(MEASURED_ROUTES, 0, (i) => route(workload(i)));
const classifyTimes = await timeEach(MEASURED_ROUTES, 2 * MEASURED_ROUTES, (i) =>
  classifyMessage(workload(2 * i).at(-1)!)
);
const evaluation = await evaluateRouter();

const results = {
  trainingMs: round(trainingMs, 0),
  route: routeTimes,
  classifyMessage: classifyTimes,
  accuracy: {
    singleMessages: round(evaluation.overall.accuracy),
    en: round(evaluation.byLanguage.en?.accuracy ?? Number.NaN),
    ko: round(evaluation.byLanguage.ko?.accuracy ?? Number.NaN),
    conversations: round(evaluation.conversations.accuracy),
    byLabel: Object.fromEntries(
      ROUTE_LABELS.map((label) => [label, round(evaluation.byLabel[label]?.accuracy ?? Number.NaN)])
    ),
  },
  labelledSet: { singleMessages: evaluation.overall.total, conversations: evaluation.conversations.total },
};

const rows: [string, string][] = [
  ["training", `${results.trainingMs} ms`],
  [
    "route() p50 / p99",
    `${results.route.p50Ms} / ${results.route.p99Ms} ms (${MEASURED_ROUTES} routes, EN+KO, single + multi-turn)`,
  ],
  ["classifyMessage() p50 / p99", `${results.classifyMessage.p50Ms} / ${results.classifyMessage.p99Ms} ms`],
  [
    "accuracy, single messages",
    `${results.accuracy.singleMessages} (${evaluation.overall.right}/${evaluation.overall.total})`,
  ],
  ["accuracy, en / ko", `${results.accuracy.en} / ${results.accuracy.ko}`],
  [
    "accuracy, conversations",
    `${results.accuracy.conversations} (${evaluation.conversations.right}/${evaluation.conversations.total})`,
  ],
  ...ROUTE_LABELS.map((label): [string, string] => [`  ${label}`, String(results.accuracy.byLabel[label])]),
];
printTable(rows);
writeResults("classify", results);
