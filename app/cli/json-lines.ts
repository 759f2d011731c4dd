import readline from "node:readline";
import { z } from "zod";

export const ConversationLine = z.object({ messages: z.array(z.string().trim().min(1)).min(1) });

/**
 * Reads JSON lines from stdin and writes one JSON line per input line, in order. A bad line gets an `error` line in
 * its place (so outputs stay aligned with inputs) and the exit code becomes 1; nothing else is lost.
 */
export async function eachJsonLine<T>(schema: z.ZodType<T>, handle: (value: T) => Promise<object>): Promise<number> {
  let failures = 0;
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let output: object;
    try {
      output = await handle(schema.parse(JSON.parse(line)));
    } catch (error) {
      failures++;
      const message = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ") : (error as Error).message;
      output = { error: message };
      console.error(`error: ${message}`);
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return failures ? 1 : 0;
}
