/**
 * Knowledge-base search benchmark: index build time, search latency and the top-3 hit rate on the labelled test
 * questions. Run with `npx tsx bench/knowledge.ts`; writes bench/results/knowledge.json.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createKnowledgeIndex,
  type KnowledgeDocument,
  loadKnowledgeFolder,
  splitIntoPassages,
} from "../app/agent/knowledge/index";
import {
  ENGLISH_QUESTIONS,
  KOREAN_QUESTIONS,
  type LabelledQuestion,
  OFF_TOPIC_QUESTIONS,
} from "../test/agent/knowledge/questions";
import { percentile, round, writeResults } from "./measure";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURES = join(ROOT, "test/agent/knowledge/fixtures");
const BUILD_RUNS = 10;
const SEARCH_ROUNDS = 20;

/** `count` articles made from the fixtures, each copy with other numbers and a line of its own, so they differ. */
function variedDocuments(fixtures: KnowledgeDocument[], count: number): KnowledgeDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const base = fixtures[i % fixtures.length]!;
    const copy = Math.floor(i / fixtures.length);
    return {
      id: `${copy}/${base.id}`,
      title: copy === 0 ? base.title : `${base.title} (${copy + 1})`,
      body: `${base.body.replace(/\d+/g, (n) => String(Number(n) + copy))}\n\nUpdated for collection ${copy + 1}.`,
    };
  });
}


/** Wall-clock and CPU time: on a shared machine the wall clock also measures everyone else's work. */
async function buildTimes(docs: KnowledgeDocument[]) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < BUILD_RUNS; run++) {
    const [wallStart, cpuStart] = [performance.now(), process.cpuUsage()];
    await createKnowledgeIndex(docs);
    const { user, system } = process.cpuUsage(cpuStart);
    wall.push(performance.now() - wallStart);
    cpu.push((user + system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    documents: docs.length,
    passages: docs.flatMap(splitIntoPassages).length,
    medianMs: round(percentile(wall, 0.5)),
    maxMs: round(wall.at(-1)!),
    medianCpuMs: round(percentile(cpu, 0.5)),
  };
}

async function hitRate(docs: KnowledgeDocument[], questions: LabelledQuestion[]) {
  const index = await createKnowledgeIndex(docs);
  const misses: string[] = [];
  for (const { question, expectedDocumentIds } of questions) {
    const hits = await index.search(question, { limit: 3 });
    if (!hits.some((hit) => expectedDocumentIds.includes(hit.documentId))) misses.push(question);
  }
  const found = questions.length - misses.length;
  return { found, total: questions.length, rate: round(found / questions.length), misses };
}

async function searchLatency(docs: KnowledgeDocument[]) {
  const index = await createKnowledgeIndex(docs);
  const queries = [...ENGLISH_QUESTIONS, ...KOREAN_QUESTIONS].map((q) => q.question).concat(OFF_TOPIC_QUESTIONS);
  const times: number[] = [];
  for (let pass = 0; pass < SEARCH_ROUNDS; pass++) {
    for (const query of queries) {
      const start = performance.now();
      await index.search(query);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const [p50Ms, p99Ms] = [round(percentile(times, 0.5)), round(percentile(times, 0.99))];
  return { documents: docs.length, searches: times.length, p50Ms, p99Ms };
}

async function offTopicWithHits(docs: KnowledgeDocument[]) {
  const index = await createKnowledgeIndex(docs);
  const answered: string[] = [];
  for (const question of OFF_TOPIC_QUESTIONS) if ((await index.search(question)).length > 0) answered.push(question);
  return answered;
}

const fixtures = await loadKnowledgeFolder(FIXTURES);
const docs20 = variedDocuments(fixtures, 20);
const docs200 = variedDocuments(fixtures, 200);
await buildTimes(docs20); // warm-up: the first build pays for JIT compilation

const results = {
  build: [await buildTimes(docs20), await buildTimes(docs200)],
  search: await searchLatency(docs200),
  // On the fixtures only: the 200 varied documents hold ~13 near-copies of each article, which crowd the top 3.
  top3HitRate: {
    english: await hitRate(fixtures, ENGLISH_QUESTIONS),
    korean: await hitRate(fixtures, KOREAN_QUESTIONS),
  },
  offTopicWithHits: await offTopicWithHits(fixtures),
};

for (const { documents, passages, medianMs, maxMs, medianCpuMs } of results.build) {
  const size = `${String(documents).padStart(3)} docs (${passages} passages)`;
  console.log(`build   ${size}: median ${medianMs} ms, max ${maxMs} ms, median CPU ${medianCpuMs} ms`);
}
const { documents, p50Ms, p99Ms, searches } = results.search;
console.log(`search  ${documents} docs: p50 ${p50Ms} ms, p99 ${p99Ms} ms (${searches} searches)`);
for (const [language, { found, total, misses }] of Object.entries(results.top3HitRate)) {
  const missed = misses.length > 0 ? `  misses: ${misses.join(" | ")}` : "";
  console.log(`top-3   ${language}: ${found}/${total}${missed}`);
}
console.log(`off-topic questions with hits: ${JSON.stringify(results.offTopicWithHits)}`);

writeResults("knowledge", results);
