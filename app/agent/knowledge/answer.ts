import { type ConceptId, conceptsIn } from "../lexicon";
import type { KnowledgeHit } from "./index";
import { type Question, type QuestionTerm, questionTerms } from "./question";
import { contentWords } from "./tokenizer";

/**
 * The answer to a question from the passages search found: the sentence, list item or table row that answers it
 * (with the line that introduces a list, and the sentence before one that starts "It…"), as plain text — a shopper
 * asking "do you take PayPal?" gets the payment line, not the article's first paragraph, and never raw Markdown.
 */
export type KnowledgeAnswer = { text: string; sources: { id: string; title: string }[] };

/** A piece of a passage a shopper can read on its own: a sentence, a list item or a table row. */
type Unit = { text: string; introducesList: boolean; listItem: boolean };

/**
 * What a question asks for and how an answer to it looks: "how long…" wants a duration, "how much…" an amount,
 * "what's your number" digits. A unit of that shape is more likely the answer than one that only repeats the
 * question's words.
 */
type AnswerKind = { question: RegExp; answer: RegExp };
const ANSWER_KINDS: AnswerKind[] = [
  {
    question: /\bhow (?:long|many (?:days|weeks)|soon|quickly)\b|\bwhen\b|며칠|얼마나 걸|기간|언제|기한/i,
    // "\b" only after the English words: in JavaScript a Hangul letter is no word character ("2–4 영업일 이내").
    answer: /\d\s*(?:[–~-]\s*\d+\s*)?(?:(?:business |working )?(?:days?|weeks?|months?|hours?|years?)\b|영업일|일|주|개월|시간|년)/i,
  },
  // "얼마나 걸려요" asks how long, not how much.
  { question: /\bhow much\b|\bcost|\bprice|\bfee\b|\bcharge|얼마(?!나\s*걸)|비용|요금|수수료/i, answer: /[$€£₩]\s?\d|\d\s?(?:원|달러)|\d\s?(?:usd|dollars?)\b|\bfree\b|무료/i },
  { question: /\bhow often\b|자주|주기/i, answer: /\bevery\b|\bonce a\b|매\s?\d|마다/i },
  { question: /\bphone|\bcall\b|\bnumber\b|\bring\b|전화|번호/i, answer: /\+?\d[\d\s().-]{7,}\d/ },
  { question: /\bemail\b|\be-mail\b|이메일|메일/i, answer: /@[\w-]+\./ },
  { question: /\btemp(?:erature)?\b|\bdegrees?\b|온도|몇\s?도/i, answer: /°|degrees?|도 이하/i },
];
/** The shortest word that matches longer words it starts (shorter ones would match too much: "car" in "card"). */
const MIN_PREFIX_CHARS = 4;
/** What matching the kind of answer a question asks for adds to a unit's score. */
const ANSWER_KIND_BONUS = 0.5;
/** How much search's ranking of a unit's passage counts beside the unit's own words (which count up to 1). */
const PASSAGE_RANK_WEIGHT = 0.5;
/** What a unit saying only the general word for a specific one the question names ("payment" for "paypal") counts for. */
const GENERAL_WORD_CREDIT = 0.5;
/** Most units quoted: enough for a list of three or a sentence with its context, short enough for a chat bubble. */
const MAX_UNITS = 4;
const MAX_ANSWER_CHARS = 600;
/** A sentence shorter than this is quoted with the one after it. */
const SHORT_UNIT_CHARS = 90;
const SHORT_HANGUL_UNIT_CHARS = 35;
const HANGUL = /[\uAC00-\uD7A3]/;
/** A sentence that only makes sense with the one before it. */
const LEANS_BACK = /^(?:(?:it|this|that|they|these|those|there|then|also|however|otherwise|if so)\b|(?:그|이|또한|다만|단)[\s,])/i;

/** How rare a token is among the knowledge base's units (higher: rarer, so it says more about which one answers). */
export type TokenWeight = (token: string) => number;

/** What a piece of text says, as question terms are matched against it: its tokens and the concepts it names. */
type Said = { tokens: string[]; concepts: ReadonlySet<ConceptId> };

export function answerFrom(question: Question, hits: readonly KnowledgeHit[], weight: TokenWeight): KnowledgeAnswer | null {
  const [best] = hits;
  if (!best) return null;
  const terms = questionTerms(question);
  const termWeight = (term: QuestionTerm) => term.weight * Math.min(...term.tokens.map(weight));
  const possible = terms.reduce((sum, term) => sum + termWeight(term), 0) || 1;
  /** The share of the question (rare words weigh more) that `said` names. */
  const share = (said: Said) => terms.reduce((sum, term) => sum + credit(said, term) * termWeight(term), 0) / possible;
  const wanted = kindsAsked(question);
  // Every unit of the passages search found, scored by the question words it shares (rare ones weigh more, a
  // heading's words count for its units) plus how well search ranked its passage: "how much is shipping to Canada?"
  // is answered by the table's Canada row, not by the sentence that opens the shipping article.
  let chosen: { hit: KnowledgeHit; quote: Unit[]; score: number } | undefined;
  for (const hit of hits) {
    const units = unitsOf(hit.text);
    const heading = hit.heading ?? "";
    units.forEach((unit, index) => {
      const shared = share(saidIn(`${unit.text}\n${heading}`));
      const quote = pickAround(units, index, wanted);
      // The kind of answer asked for counts in what would be quoted ("We ship to Japan…" with the prices listed
      // under it), and only when that is about the question: any price is no answer to "how much is shipping?".
      const ofKind = shared > 0 && quote.some((quoted) => isOfKind(quoted, wanted));
      const score = shared + PASSAGE_RANK_WEIGHT * (hit.score / best.score) + (ofKind ? ANSWER_KIND_BONUS : 0);
      if (!chosen || score > chosen.score) chosen = { hit, quote, score };
    });
  }
  if (!chosen) return null;
  const { hit, quote } = chosen;
  // One list item quoted alone is a sentence, not a list: no bullet.
  let text = quote.length === 1 ? quote[0]!.text.replace(/^- /, "") : quote.map((unit) => unit.text).join("\n");
  if (text.length > MAX_ANSWER_CHARS) text = `${text.slice(0, MAX_ANSWER_CHARS).replace(/\s+\S*$/, "")}…`;
  return { text, sources: [{ id: hit.documentId, title: hit.title }] };
}

/** The kinds of answer a question asks for; a follow-up that asks for none ("and to Canada?") asks what it follows did. */
function kindsAsked({ text, follows }: Question): AnswerKind[] {
  const asked = ANSWER_KINDS.filter((kind) => kind.question.test(text));
  return asked.length > 0 || !follows ? asked : ANSWER_KINDS.filter((kind) => kind.question.test(follows));
}

function isOfKind(unit: Unit, kinds: readonly AnswerKind[]): boolean {
  return kinds.some((kind) => kind.answer.test(unit.text));
}

function saidIn(text: string): Said {
  return { tokens: contentWords(text).flat(), concepts: new Set(conceptsIn(text)) };
}

/**
 * How much of what a term names a text says: all of it in the term's words or another word for the same concept
 * ("warranty" — "guaranteed"), part of it in the general word for it ("paypal" — "payment").
 */
function credit(said: Said, term: QuestionTerm): number {
  const says = (tokens: readonly string[]) => tokens.some((token) => said.tokens.some((saidToken) => sameWord(token, saidToken)));
  if (says(term.tokens) || term.concepts.some((concept) => said.concepts.has(concept))) return 1;
  return says(term.also) ? GENERAL_WORD_CREDIT : 0;
}

/** A word matches its compounds and longer forms too: "table" is in "tabletops", "wash" in "washable". */
function sameWord(questionToken: string, unitToken: string): boolean {
  if (questionToken === unitToken) return true;
  const [shorter, longer] = questionToken.length <= unitToken.length ? [questionToken, unitToken] : [unitToken, questionToken];
  return shorter.length >= MIN_PREFIX_CHARS && longer.startsWith(shorter);
}

/**
 * The unit that answers, with what it needs to be understood: the sentence before "It…", a list under its intro —
 * and under a sentence that names the subject but not the kind of answer asked for, when the list holds it ("We ship
 * to Canada, Japan…" then each region's cost).
 */
function pickAround(units: readonly Unit[], index: number, wanted: readonly AnswerKind[]): Unit[] {
  const unit = units[index]!;
  let start = index;
  let end = index + 1;
  let listEnd = end;
  while (listEnd < units.length && units[listEnd]!.listItem && listEnd - start < MAX_UNITS) listEnd += 1;
  const listAnswers = !isOfKind(unit, wanted) && units.slice(end, listEnd).some((item) => isOfKind(item, wanted));
  if (unit.introducesList || (!unit.listItem && listAnswers)) {
    end = listEnd;
  } else if (unit.listItem) {
    // A list item keeps the line that introduces its list ("We accept:" before "- PayPal").
    let intro = index - 1;
    while (intro >= 0 && units[intro]!.listItem) intro -= 1;
    if (intro >= 0 && units[intro]!.introducesList) return [units[intro]!, unit];
  } else {
    if (LEANS_BACK.test(unit.text) && index > 0 && !units[index - 1]!.listItem) {
      start = index - 1;
    } else {
      // A short sentence is usually half an answer ("Yes."; "We ship worldwide."), and a FAQ's question is answered
      // by what follows it. Hangul says in one character what takes English two or three.
      const short = unit.text.length < (HANGUL.test(unit.text) ? SHORT_HANGUL_UNIT_CHARS : SHORT_UNIT_CHARS);
      const next = units[end];
      if (next && !next.listItem && (short || unit.text.endsWith("?"))) end += 1;
    }
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
