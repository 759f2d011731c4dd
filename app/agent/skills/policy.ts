import type { KnowledgeTopic } from "../knowledge/topics";
import type { SkillContext } from "../types";

/**
 * Knowledge-base passages are markdown; every channel shows plain text, so emphasis and heading marks go while
 * list dashes and line breaks (which read fine as text) stay.
 */
export function readable(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^*\w])\*(?!\s)(.+?)\*(?!\w)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}

/** The knowledge-base passage that states a policy, for a skill to quote and cite. */
export async function policyPassage(ctx: SkillContext, topic: KnowledgeTopic, query: string) {
  const [hit] = await ctx.tools.knowledge.search(query, { topic, limit: 1 });
  return hit ? { text: readable(hit.text), source: { id: hit.documentId, title: hit.title } } : null;
}
