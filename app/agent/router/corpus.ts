import fs from "node:fs";
import path from "node:path";
import { ROUTE_LABELS, type RouteLabel } from "../skill-ids";
import type { Language } from "./language";

/**
 * The router's labelled messages (corpus/README.md): each skill's own `skills/<skill>/utterances/<language>.txt`
 * (the folder is the label with dashes: order_tracking → order-tracking; human_handoff has one too), one message per
 * line. Each message falls in one split by a hash of its text, so the split never changes when messages are added:
 * - `heldOut` (about a quarter): only ever measured (bench/classify.ts, the router tests) — never trained or tuned on;
 * - `dev` (a tenth): where the feature weights and the confidence bar were chosen;
 * - `train`: the rest. The shipped router trains on `train` and `dev`.
 */
export type Split = "train" | "dev" | "heldOut";
export type LabelledMessage = { text: string; label: RouteLabel; language: Language; split: Split };

// Resolved from the project folder (every entry point runs there) so the path survives the server bundle.
const SKILLS_DIR = path.resolve("app/agent/skills");
const LANGUAGES: readonly Language[] = ["en", "ko"];

/** FNV-1a: a stable, dependency-free hash for assigning a message to its split. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function splitOf(text: string): Split {
  const bucket = hash(text.trim().toLowerCase()) % 100;
  return bucket < 25 ? "heldOut" : bucket < 35 ? "dev" : "train";
}

let cached: LabelledMessage[] | undefined;

/** A label's utterance file: the skill's folder is its id with dashes. */
const utterancesFile = (dir: string, label: RouteLabel, language: Language) => path.join(dir, label.replaceAll("_", "-"), "utterances", `${language}.txt`);

export function loadCorpus(dir: string = SKILLS_DIR): LabelledMessage[] {
  if (dir === SKILLS_DIR && cached) return cached;
  const messages: LabelledMessage[] = [];
  for (const language of LANGUAGES) {
    for (const label of ROUTE_LABELS) {
      const file = utterancesFile(dir, label, language);
      if (!fs.existsSync(file)) continue;
      for (const line of fs.readFileSync(file, "utf8").split("\n")) {
        const text = line.trim();
        if (text !== "") messages.push({ text, label, language, split: splitOf(text) });
      }
    }
  }
  if (dir === SKILLS_DIR) cached = messages;
  return messages;
}
