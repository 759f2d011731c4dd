import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** What every benchmark shares: percentiles, rounding, a printed table and a JSON file under bench/results/. */

/** The value at fraction `p` (0..1) of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** Times `run(i)` for i in [offset, offset + count) one after another; p50 and p99 in milliseconds. */
export async function timeEach(count: number, offset: number, run: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = offset; i < offset + count; i += 1) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { samples: count, p50Ms: round(percentile(samples, 0.5)), p99Ms: round(percentile(samples, 0.99)) };
}

export function printTable(rows: [string, string][]): void {
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join("\n"));
}

export function writeResults(name: string, results: object): void {
  const file = join(dirname(fileURLToPath(import.meta.url)), "results", `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}
