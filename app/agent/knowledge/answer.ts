import { englishSearchWords } from "../lexicon";
import type { KnowledgeHit } from "./index";
import { contentWords } from "./tokenizer";

/**
 * The answer to a question from the passages search found: the sentence, list item or table row that answers it
 * (with the line that introduces a list, and the sentence before one that starts "It…"), as plain text — a shopper
 * asking "do you take PayPal?" gets the payment line, not the article's first paragraph, and never raw Markdown.
 */
export type KnowledgeAnswer = { text: string; sources: { id: string; title: string }[] };

/** A piece of a passage a shopper can read on its own: a sentence, a list item or a table row. */
type Unit = { text: string; introducesList: boolean; listItem: boolean };

/** Most units quoted: enough for a list of three or a sentence with its context, short enough for a chat bubble. */
const MAX_UNITS = 4;
const MAX_ANSWER_CHARS = 600;
/** A sentence that only makes sense with the one before it. */
const LEANS_BACK = /^(?:it|this|that|they|these|those|there|then|also|however|otherwise|if so|그|이|또한|다만|단)\b/iu;

export function answerFrom(question: string, hits: readonly KnowledgeHit[]): KnowledgeAnswer | null {
  const [best] = hits;
  if (!best) return null;
  const questionTokens = new Set(contentWords([question, ...englishSearchWords(question)].join(" ")).flat());
  // The best-ranked passage, unless a close runner-up holds a unit that matches the question better.
  const candidates = hits.filter((hit) => hit.score >= best.score * 0.8).slice(0, 3);
  let chosen: { hit: KnowledgeHit; units: Unit[]; index: number; score: number } | undefined;
  for (const hit of candidates) {
    const units = unitsOf(hit.text);
    units.forEach((unit, index) => {
      const score = overlap(questionTokens, `${hit.heading ?? ""} ${unit.text}`) + (hit === best ? 0.5 : 0);
      if (!chosen || score > chosen.score) chosen = { hit, units, index, score };
    });
  }
  if (!chosen) return null;
  const { hit, units, index } = chosen;
  const picked = pickAround(units, index).map((unit) => unit.text);
  let text = picked.join("\n");
  if (text.length > MAX_ANSWER_CHARS) text = `${text.slice(0, MAX_ANSWER_CHARS).replace(/\s+\S*$/, "")}…`;
  return { text, sources: [{ id: hit.documentId, title: hit.title }] };
}

function overlap(questionTokens: ReadonlySet<string>, text: string): number {
  return new Set(contentWords(text).flat().filter((token) => questionTokens.has(token))).size;
}

/** The unit that answers, with what it needs to be understood: the sentence before "It…", a list under its intro. */
function pickAround(units: readonly Unit[], index: number): Unit[] {
  const unit = units[index]!;
  let start = index;
  let end = index + 1;
  if (unit.introducesList) {
    while (end < units.length && units[end]!.listItem && end - start < MAX_UNITS) end += 1;
  } else if (unit.listItem) {
    // A list item keeps the line that introduces its list ("We accept:" before "- PayPal").
    let intro = index - 1;
    while (intro >= 0 && units[intro]!.listItem) intro -= 1;
    if (intro >= 0 && units[intro]!.introducesList) return [units[intro]!, unit];
  } else if (LEANS_BACK.test(unit.text) && index > 0) {
    start = index - 1;
  }
  return units.slice(start, end);
}

/** Sentences, list items and table rows of a Markdown passage, as plain text. */
export function unitsOf(markdown: string): Unit[] {
  const units: Unit[] = [];
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  let tableHeader: string[] | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      tableHeader = null;
      continue;
    }
    if (/^\|.*\|$/.test(line)) {
      const cells = line.slice(1, -1).split("|").map((cell) => plainText(cell.trim()));
      if (cells.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === "")) continue; // the |---|---| rule
      if (!tableHeader) {
        tableHeader = cells;
        continue;
      }
      const header = tableHeader;
      units.push({ text: cells.map((cell, i) => (header[i] ? `${header[i]}: ${cell}` : cell)).join(" · "), introducesList: false, listItem: true });
      continue;
    }
    tableHeader = null;
    const item = /^(?:[-*+•]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      units.push({ text: `- ${plainText(item[1]!)}`, introducesList: false, listItem: true });
      continue;
    }
    for (const sentence of plainText(line).split(/(?<=[.!?。])\s+(?=[\p{Lu}\p{Lo}"“(])/u)) {
      if (sentence.trim() !== "") units.push({ text: sentence.trim(), introducesList: /:$/.test(sentence.trim()), listItem: false });
    }
  }
  return units;
}

/**
 * Markdown as a person reads it in a chat: no heading marks, emphasis, code ticks or link syntax (a link keeps its
 * address in brackets, so SMS and email still carry it).
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^_\w])_(?!\s)(.+?)_(?!\w)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/!\[([^\]]*)\]\([^)]+\)/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)")
    .replace(/^>\s?/gm, "");
}
