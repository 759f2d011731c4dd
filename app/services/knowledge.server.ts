import { extractText, getDocumentProxy } from "unpdf";
import { z } from "zod";
import { MAX_BODY_CHARS, MAX_TITLE_CHARS, type UploadProblem, uploadFormat, uploadProblemBeforeReading } from "../admin/components/knowledge/article-rules";
import { type FieldProblems, problemsFromZod } from "../admin/field-problems";
import { htmlToText, type KnowledgeTopic, topicsOf } from "../agent/knowledge";
import type { SkillId } from "../agent/skill-ids";
import { SKILLS } from "../agent/skills";
import type { Db } from "../db/client";
import type { AdminClient } from "../shopify/admin-client";
import { SHOP } from "../shopify/operations/shop";

/**
 * The merchant's knowledge base: articles written in the admin, uploaded files and imported Shopify policies. Every
 * function takes the shop from its caller (the admin's session) and touches only that shop's rows. The agent picks
 * up any change on its next turn (agent-runtime re-indexes when a shop's article count or newest edit changes).
 */

export const ArticleInput = z.object({
  title: z.string().trim().min(1).max(MAX_TITLE_CHARS),
  body: z.string().trim().min(1).max(MAX_BODY_CHARS),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export type ArticleSource = "manual" | "upload" | "policy" | "demo";

export type ArticleSummary = {
  id: string;
  title: string;
  source: ArticleSource;
  fileName: string | null;
  /** The specific topics the agent files it under; "faq" (every article) is left out. */
  topics: KnowledgeTopic[];
  /** The skills that read it: those whose knowledge prerequisite it covers, General Q&A always. */
  feeds: { id: SkillId; name: string }[];
  updatedAt: Date;
};

export type SaveResult = { ok: true; id: string } | { ok: false; problems: FieldProblems };

/** The shop's articles, newest edit first, with what the agent makes of each. Bodies stay on the server. */
export async function listArticles(db: Db, shop: string): Promise<ArticleSummary[]> {
  const rows = await db.knowledgeDocument.findMany({ where: { shop }, orderBy: { updatedAt: "desc" } });
  return rows.map((row) => {
    const topics = topicsOf({ id: row.id, title: row.title, body: row.body });
    return {
      id: row.id,
      title: row.title,
      source: row.source as ArticleSource,
      fileName: row.fileName,
      topics: topics.filter((topic) => topic !== "faq"),
      feeds: skillsFedBy(topics),
      updatedAt: row.updatedAt,
    };
  });
}

export function skillsFedBy(topics: readonly KnowledgeTopic[]): { id: SkillId; name: string }[] {
  return Object.values(SKILLS)
    .filter((skill) => skill.prerequisites.some((p) => p.kind === "knowledge" && topics.includes(p.topic)))
    .map((skill) => ({ id: skill.id, name: skill.name }));
}

export async function getArticle(db: Db, shop: string, id: string) {
  return db.knowledgeDocument.findFirst({ where: { id, shop } });
}

export async function createArticle(
  db: Db,
  shop: string,
  input: unknown,
  origin: { source: ArticleSource; fileName?: string } = { source: "manual" },
): Promise<SaveResult> {
  const parsed = ArticleInput.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const row = await db.knowledgeDocument.create({ data: { shop, ...parsed.data, source: origin.source, fileName: origin.fileName ?? null } });
  return { ok: true, id: row.id };
}

/** Null when the shop has no such article (another shop's id included). */
export async function updateArticle(db: Db, shop: string, id: string, input: unknown): Promise<SaveResult | null> {
  const parsed = ArticleInput.safeParse(input);
  if (!parsed.success) return (await getArticle(db, shop, id)) ? { ok: false, problems: problemsFromZod(parsed.error) } : null;
  const { count } = await db.knowledgeDocument.updateMany({ where: { id, shop }, data: parsed.data });
  return count === 0 ? null : { ok: true, id };
}

export async function deleteArticle(db: Db, shop: string, id: string): Promise<boolean> {
  const { count } = await db.knowledgeDocument.deleteMany({ where: { id, shop } });
  return count > 0;
}

export type PolicyImport = { created: number; updated: number; unchanged: number };

/**
 * One article per Shopify policy (refund, shipping, …), matched by title among the shop's imported policies, so
 * importing again updates them instead of adding copies. An unchanged policy is not written, which keeps the
 * agent's index as it is. Empty policies (set up in Shopify but blank) are skipped.
 */
export async function importShopPolicies(db: Db, shop: string, admin: AdminClient): Promise<PolicyImport> {
  const { shop: shopInfo } = await admin.request(SHOP);
  const result: PolicyImport = { created: 0, updated: 0, unchanged: 0 };
  for (const policy of shopInfo.shopPolicies) {
    const parsed = ArticleInput.safeParse({ title: policy.title, body: htmlToText(policy.body) });
    if (!parsed.success) continue;
    const article = parsed.data;
    // The policy's public URL is what the agent cites (agent-runtime reads fileName as the source).
    const existing = await db.knowledgeDocument.findFirst({ where: { shop, source: "policy", title: article.title } });
    if (!existing) {
      await db.knowledgeDocument.create({ data: { shop, ...article, source: "policy", fileName: policy.url } });
      result.created += 1;
    } else if (existing.body !== article.body || existing.fileName !== policy.url) {
      await db.knowledgeDocument.update({ where: { id: existing.id }, data: { body: article.body, fileName: policy.url } });
      result.updated += 1;
    } else {
      result.unchanged += 1;
    }
  }
  return result;
}

export class UploadRejected extends Error {
  override name = "UploadRejected";
  constructor(readonly problem: UploadProblem) {
    super(`upload rejected: ${problem}`);
  }
}

/**
 * An uploaded file as an article: markdown and text as they are, HTML as text with its headings kept as markdown
 * headings, PDF as its text. The title is the first heading, else the file name. Throws UploadRejected.
 */
export async function fileToArticle(file: { name: string; bytes: Uint8Array }): Promise<ArticleInput> {
  const problem = uploadProblemBeforeReading({ name: file.name, size: file.bytes.byteLength });
  if (problem) throw new UploadRejected(problem);
  const format = uploadFormat(file.name)!;
  const body = (format === "pdf" ? await pdfText(file.bytes) : decodeText(file.bytes, format)).trim();
  if (body === "") throw new UploadRejected("empty");
  if (body.length > MAX_BODY_CHARS) throw new UploadRejected("tooLong");
  return { title: clampTitle(firstHeading(body) ?? titleFromFileName(file.name)), body };
}

/** Stores one uploaded file as an article of the shop. Throws UploadRejected. */
export async function uploadArticle(db: Db, shop: string, file: { name: string; bytes: Uint8Array }): Promise<{ id: string; title: string }> {
  const article = await fileToArticle(file);
  const row = await db.knowledgeDocument.create({ data: { shop, ...article, source: "upload", fileName: file.name } });
  return { id: row.id, title: row.title };
}

function decodeText(bytes: Uint8Array, format: "markdown" | "text" | "html"): string {
  let text: string;
  try {
    // fatal: a file in another encoding (e.g. EUC-KR) is refused instead of stored as mojibake.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UploadRejected("unreadable");
  }
  text = text.replace(/\r\n?/g, "\n");
  return format === "html" ? htmlToText(text) : text;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  try {
    // verbosity 0: a broken upload is reported to the merchant, not as pdf.js warnings in the server log.
    const { text } = await extractText(await getDocumentProxy(bytes, { verbosity: 0 }), { mergePages: true });
    return text;
  } catch {
    throw new UploadRejected("unreadable");
  }
}

function firstHeading(body: string): string | undefined {
  return /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
}

function titleFromFileName(name: string): string {
  const title = name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ").trim();
  return title === "" ? name : title;
}

function clampTitle(title: string): string {
  return title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1)}…`;
}
