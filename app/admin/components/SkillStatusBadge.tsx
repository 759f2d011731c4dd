import { Badge, BlockStack, Link, Text } from "@shopify/polaris";
import type { SkillStatus } from "../../agent/skills/definition";
import { useT } from "../i18n";
import { prerequisiteFixUrl, useSkillLabels } from "./skill-labels";

const MESSAGES = {
  live: { en: "Live", ko: "사용 중" },
  unavailable: { en: "Unavailable", ko: "사용 불가" },
};

/**
 * Live, or Unavailable with each missing prerequisite linking to the page that fixes it. `compact` is the badge
 * alone, for places that list the prerequisites next to it (a skill's own page).
 */
export function SkillStatusBadge({ status, compact = false }: { status: SkillStatus; compact?: boolean }) {
  const t = useT();
  const labels = useSkillLabels();
  if (status.status === "live") return <Badge tone="success">{t(MESSAGES.live)}</Badge>;
  if (compact) return <Badge tone="critical">{t(MESSAGES.unavailable)}</Badge>;
  return (
    <BlockStack gap="100" inlineAlign="start">
      <Badge tone="critical">{t(MESSAGES.unavailable)}</Badge>
      {status.missing.map((prerequisite) => (
        <Text as="span" variant="bodySm" key={prerequisite.missing}>
          <Link url={prerequisiteFixUrl(prerequisite)}>{labels.missing(prerequisite)}</Link>
        </Text>
      ))}
    </BlockStack>
  );
}
