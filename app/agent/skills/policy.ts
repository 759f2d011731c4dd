import type { KnowledgeTopic } from "../knowledge/topics";
import type { SkillContext } from "../types";

/** The knowledge-base passage that states a policy, for a skill to quote and cite. */
export async function policyPassage(ctx: SkillContext, topic: KnowledgeTopic, query: string) {
  const [hit] = await ctx.tools.knowledge.search(query, { topic, limit: 1 });
  return hit ? { text: hit.text, source: { id: hit.documentId, title: hit.title } } : null;
}
