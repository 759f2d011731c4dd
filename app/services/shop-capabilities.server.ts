import type { KnowledgeTopic } from "../agent/knowledge/topics";
import { SKILL_IDS, type SkillId } from "../agent/skill-ids";
import { SKILLS, skillStatus, type ShopCapabilities, type SkillStatus } from "../agent/skills";
import { IntegrationKind } from "../agent/tools/providers";
import type { Db } from "../db/client";
import { shopKnowledge } from "./agent-runtime.server";

/** A skill as the admin lists it: the English name comes from the skill's own metadata. */
export type SkillRef = { id: SkillId; name: string };
export type ShopSkillStatus = SkillRef & { status: SkillStatus };

/** What the shop has set up, in the terms skill prerequisites use: connected provider kinds and covered knowledge topics. */
export async function shopCapabilities(db: Db, shop: string): Promise<ShopCapabilities> {
  const [integrations, knowledge] = await Promise.all([
    db.integration.findMany({ where: { shop, status: "connected" }, select: { kind: true } }),
    shopKnowledge(db, shop),
  ]);
  // A row whose kind this version does not know (renamed, removed) unlocks nothing rather than failing the page.
  const kinds = integrations.flatMap((row) => {
    const kind = IntegrationKind.safeParse(row.kind);
    return kind.success ? [kind.data] : [];
  });
  return { integrations: new Set(kinds), knowledgeTopics: knowledge.topics };
}

/** Every skill's status for the shop, in the canonical skill order. */
export function skillStatuses(capabilities: ShopCapabilities): ShopSkillStatus[] {
  return SKILL_IDS.map((id) => ({ id, name: SKILLS[id].name, status: skillStatus(SKILLS[id], capabilities) }));
}

export async function shopSkillStatuses(db: Db, shop: string): Promise<ShopSkillStatus[]> {
  return skillStatuses(await shopCapabilities(db, shop));
}

/** A provider kind the shop has not connected: the skills it would make Live, and the ones that use it when present. */
export type MissingIntegration = { kind: IntegrationKind; unlocks: SkillRef[]; improves: SkillRef[] };
/** A knowledge topic no article covers yet, with what each skill that needs it says is missing. */
export type MissingKnowledge = { topic: KnowledgeTopic; skills: (SkillRef & { missing: string })[] };

const skillRef = (id: SkillId): SkillRef => ({ id, name: SKILLS[id].name });

/** What the merchant still has to set up, derived from the skills' prerequisites and tools (the one source of truth). */
export function missingPrerequisites(capabilities: ShopCapabilities): { integrations: MissingIntegration[]; knowledge: MissingKnowledge[] } {
  const integrations = IntegrationKind.options
    .filter((kind) => !capabilities.integrations.has(kind))
    .map((kind) => {
      const requires = (id: SkillId) => SKILLS[id].prerequisites.some((p) => p.kind === "integration" && p.integration === kind);
      const uses = (id: SkillId) => SKILLS[id].tools.includes(`providers.${kind}`);
      return {
        kind,
        unlocks: SKILL_IDS.filter(requires).map(skillRef),
        improves: SKILL_IDS.filter((id) => uses(id) && !requires(id)).map(skillRef),
      };
    });

  const knowledge = new Map<KnowledgeTopic, MissingKnowledge>();
  for (const id of SKILL_IDS) {
    for (const prerequisite of SKILLS[id].prerequisites) {
      if (prerequisite.kind !== "knowledge" || capabilities.knowledgeTopics.has(prerequisite.topic)) continue;
      const entry = knowledge.get(prerequisite.topic) ?? { topic: prerequisite.topic, skills: [] };
      entry.skills.push({ ...skillRef(id), missing: prerequisite.missing });
      knowledge.set(prerequisite.topic, entry);
    }
  }
  return { integrations, knowledge: [...knowledge.values()] };
}
