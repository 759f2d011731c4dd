import type { KnowledgeDocument } from "./document";

/**
 * A citable piece of a knowledge-base document: one section (or part of a long section) under its heading. The
 * agent answers from and cites passages, so a shopper asking about refunds gets the refund paragraphs, not the
 * whole returns policy.
 */
export interface Passage {
  /** `${documentId}#${position}`, unique within one index. */
  id: string;
  documentId: string;
  title: string;
  /** The nearest markdown heading above the text; absent for text before the first heading or without headings. */
  heading?: string;
  text: string;
}

/**
 * No passage is longer: paragraphs are packed up to it, a longer paragraph is cut between sentences, and a longer
 * sentence (or a big table) between words. Sections are never merged, so a passage's heading is always its own
 * and short sections make short passages.
 */
export const MAX_PASSAGE_CHARS = 800;

const HEADING_LINE = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const SENTENCE_END = /(?<=[.!?。])\s+/u;

interface Section {
  heading?: string;
  paragraphs: string[];
}

export function splitIntoPassages(doc: KnowledgeDocument): Passage[] {
  const passages: Passage[] = [];
  for (const section of sectionsOf(doc)) {
    for (const text of packParagraphs(section.paragraphs)) {
      passages.push({
        id: `${doc.id}#${passages.length}`,
        documentId: doc.id,
        title: doc.title,
        ...(section.heading === undefined ? {} : { heading: section.heading }),
        text,
      });
    }
  }
  return passages;
}

/** Markdown sections with their paragraphs. A heading that repeats the document title is not a section of its own. */
function sectionsOf(doc: KnowledgeDocument): Section[] {
  const sections: Section[] = [{ paragraphs: [] }];
  let paragraph: string[] = [];
  const current = (): Section => sections[sections.length - 1]!;
  const endParagraph = () => {
    if (paragraph.length > 0) current().paragraphs.push(paragraph.join("\n"));
    paragraph = [];
  };

  for (const rawLine of doc.body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trim();
    const heading = HEADING_LINE.exec(line)?.[1];
    if (heading !== undefined) {
      endParagraph();
      if (heading.toLowerCase() !== doc.title.trim().toLowerCase()) sections.push({ heading, paragraphs: [] });
    } else if (line === "") {
      endParagraph();
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return sections.filter((section) => section.paragraphs.length > 0);
}

/** Greedily joins paragraphs while they fit; paragraphs longer than a passage are cut between sentences. */
function packParagraphs(paragraphs: string[]): string[] {
  const pieces = paragraphs.flatMap((paragraph) => {
    if (paragraph.length <= MAX_PASSAGE_CHARS) return [paragraph];
    return packPieces(paragraph.split(SENTENCE_END).flatMap(cutBetweenWords), " ");
  });
  return packPieces(pieces, "\n\n");
}

/** Pieces of at most a passage's length, cut at the last space or line break that fits. */
function cutBetweenWords(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_PASSAGE_CHARS) {
    const lastBreak = rest.slice(0, MAX_PASSAGE_CHARS + 1).search(/\s\S*$/);
    const cut = lastBreak > 0 ? lastBreak : MAX_PASSAGE_CHARS;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return rest === "" ? pieces : [...pieces, rest];
}

function packPieces(pieces: string[], separator: string): string[] {
  const packed: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current !== "" && current.length + separator.length + piece.length > MAX_PASSAGE_CHARS) {
      packed.push(current);
      current = piece;
    } else {
      current = current === "" ? piece : current + separator + piece;
    }
  }
  if (current !== "") packed.push(current);
  return packed;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  won: "₩",
};

/**
 * Plain text from the HTML of a shop policy or page. Headings become markdown headings and list items "- " lines,
 * so `splitIntoPassages` can cut the result into sections like any markdown article. Scripts, styles and comments
 * are dropped with their content. Not a general HTML parser (no <pre>, no nested quirks): policies are simple,
 * well-formed fragments.
 */
export function htmlToText(html: string): string {
  const text = html
    // Line breaks in HTML source are just spaces; the tags below decide where lines break.
    .replace(/\s+/g, " ")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|head|template)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<h([1-6])\b[^>]*>/gi, (_tag, level: string) => `\n\n${"#".repeat(Number(level))} `)
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?(p|div|section|article|header|footer|h[1-6]|ul|ol|table|tr|blockquote|hr)\b[^>]*>/gi, "\n\n")
    .replace(/<\/(td|th)\s*>/gi, " ")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Decoded after the tags are gone, so an encoded "&lt;script&gt;" stays visible text instead of becoming markup. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const codePoint = name[1]?.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}
