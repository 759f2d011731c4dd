import { Badge, InlineStack } from "@shopify/polaris";
import type { SkillId } from "../../../agent/skill-ids";
import { useSkillLabels } from "../skill-labels";

/** The skills an article feeds or an integration unlocks, as badges in the admin's language. */
export function SkillBadges({ skills }: { skills: { id: SkillId; name: string }[] }) {
  const { skillName } = useSkillLabels();
  return (
    <InlineStack gap="100" wrap>
      {skills.map((skill) => (
        <Badge key={skill.id}>{skillName(skill)}</Badge>
      ))}
    </InlineStack>
  );
}
