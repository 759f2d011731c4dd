/**
 * The server's resident memory: after start, and after it has answered shoppers (which loads the router's model and
 * indexes the shop's knowledge base). Builds and starts the app on port 3104, sends messages through the demo
 * storefront's app proxy, reads the process's VmRSS from /proc (Linux). Run: npx tsx bench/memory.ts, with MESSAGES=900
 * for a longer run (writes bench/results/memory.json).
 */
import fs from "node:fs";
import { corpusMessages } from "../test/agent/router/evaluate";
import { startDemoServer } from "../test/browser/support/demo-server";
import { printTable, writeResults } from "./measure";

const MESSAGES = Number(process.env.MESSAGES ?? 300);
const TARGET_MB = 300;

const residentMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

const server = await startDemoServer({ port: 3104, databaseUrl: "file:./data/bench/memory.sqlite" });
try {
  const afterStart = residentMb(server.pid);
  const messages = corpusMessages("heldOut");
  for (let i = 0; i < MESSAGES; i++) {
    const response = await fetch(`${server.baseUrl}/apps/agent/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: messages[(i * 7) % messages.length]!.text }),
    });
    if (!response.ok) throw new Error(`message ${i} answered ${response.status}`);
  }
  const afterMessages = residentMb(server.pid);
  const results = { afterStartMb: Math.round(afterStart), afterMessagesMb: Math.round(afterMessages), messages: MESSAGES, targetMb: TARGET_MB };
  printTable([
    ["resident memory after start", `${results.afterStartMb} MB`],
    [`after ${MESSAGES} shopper messages`, `${results.afterMessagesMb} MB (target under ${TARGET_MB} MB)`],
  ]);
  writeResults("memory", results);
} finally {
  server.stop();
}
