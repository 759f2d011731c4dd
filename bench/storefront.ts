/**
 * What the chat costs a storefront: the loader's bytes (raw and gzip) and the demo storefront's load timings with
 * and without the app embed, in headless Chromium. Run: npx tsx bench/storefront.ts (builds and starts the app on
 * port 3102; needs Debian's chromium). Prints a table, writes bench/results/storefront.json.
 */
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startDemoServer } from "../test/browser/support/demo-server";
import { percentile, printTable, round, writeResults } from "./measure";

const ASSETS = "extensions/customer-agent-chat/assets";
const LOADS = 12;
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

function bytes(file: string) {
  const raw = fs.readFileSync(`${ASSETS}/${file}`);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

const server = await startDemoServer({ port: 3102, databaseUrl: "file:./data/bench/storefront.sqlite" });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });

/**
 * One cold page load: first contentful paint, DOMContentLoaded, load, total blocking time (long tasks over 50 ms)
 * and a time-to-interactive estimate (the later of DOMContentLoaded and the end of the last long task), plus what
 * the page fetched before any interaction.
 */
async function load(path: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    (window as unknown as { longTasks: PerformanceEntry[] }).longTasks = [];
    new PerformanceObserver((list) => (window as unknown as { longTasks: PerformanceEntry[] }).longTasks.push(...list.getEntries())).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${server.baseUrl}${path}`, { waitUntil: "networkidle" });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
    const longTasks = (window as unknown as { longTasks: PerformanceEntry[] }).longTasks;
    const blocking = longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    const lastLongTaskEnd = Math.max(0, ...longTasks.map((task) => task.startTime + task.duration));
    return { fcp, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, blocking, tti: Math.max(nav.domContentLoadedEventEnd, lastLongTaskEnd) };
  });
  await context.close();
  return { ...timing, requested };
}

async function measure(path: string) {
  await load(path); // warm the server and the build's caches
  const runs: Awaited<ReturnType<typeof load>>[] = [];
  for (let i = 0; i < LOADS; i++) runs.push(await load(path));
  const median = (pick: (run: Awaited<ReturnType<typeof load>>) => number) => round(percentile(runs.map(pick).sort((a, b) => a - b), 0.5), 1);
  return {
    loads: LOADS,
    fcpMs: median((r) => r.fcp),
    domContentLoadedMs: median((r) => r.dcl),
    loadMs: median((r) => r.load),
    totalBlockingMs: median((r) => r.blocking),
    timeToInteractiveMs: median((r) => r.tti),
    requestsBeforeInteraction: runs[0]!.requested.length,
    widgetFetchedBeforeInteraction: runs.some((r) => r.requested.some((p) => p.includes("chat-widget"))),
  };
}

try {
  const results = {
    loader: bytes("chat-loader.js"),
    widgetOnFirstInteraction: { js: bytes("chat-widget.js"), css: bytes("chat-widget.css") },
    withoutWidget: await measure("/demo/storefront?widget=off"),
    withWidget: await measure("/demo/storefront"),
  };
  const row = (name: string, pick: (r: typeof results.withWidget) => number | boolean) =>
    [name, `${pick(results.withoutWidget)} → ${pick(results.withWidget)}`] as [string, string];
  printTable([
    ["loader chat-loader.js", `${results.loader.raw} B raw, ${results.loader.gzip} B gzip (limit 10,000 B on disk)`],
    ["widget, on first interaction", `js ${results.widgetOnFirstInteraction.js.gzip} B + css ${results.widgetOnFirstInteraction.css.gzip} B gzip`],
    ["storefront, without → with the widget", "(medians of 12 cold loads)"],
    row("  first contentful paint ms", (r) => r.fcpMs),
    row("  DOMContentLoaded ms", (r) => r.domContentLoadedMs),
    row("  time to interactive ms", (r) => r.timeToInteractiveMs),
    row("  total blocking time ms", (r) => r.totalBlockingMs),
    row("  requests before interaction", (r) => r.requestsBeforeInteraction),
    row("  widget fetched before interaction", (r) => r.widgetFetchedBeforeInteraction),
  ]);
  writeResults("storefront", results);
} finally {
  await browser.close();
  server.stop();
}
