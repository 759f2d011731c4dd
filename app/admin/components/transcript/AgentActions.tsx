import { Badge, BlockStack, InlineStack, Text } from "@shopify/polaris";
import type { ActionStatus } from "../../../agent/actions";
import type { Text as Phrase } from "../../i18n";
import { useT } from "../../i18n";
import { ACTION_LABELS, labelFor } from "./labels";
import { LocalTime } from "./LocalTime";

/** An account action step as the conversation page lists it (AgentAction rows, oldest first). */
export type AgentActionRow = { id: string; action: string; targetLabel: string; status: string; detail: Record<string, unknown>; createdAt: string | Date };

const STATUS: Record<ActionStatus, { label: Phrase; tone?: "success" | "critical" | "info" }> = {
  proposed: { label: { en: "Asked to confirm", ko: "확인 요청" }, tone: "info" },
  declined: { label: { en: "Declined by the shopper", ko: "고객이 거절" } },
  done: { label: { en: "Done, confirmed", ko: "완료, 확인됨" }, tone: "success" },
  failed: { label: { en: "Failed — handed over", ko: "실패 — 이관됨" }, tone: "critical" },
};

/** What the agent proposed and did on the shopper's account, step by step, with why a step failed. */
export function AgentActions({ actions }: { actions: AgentActionRow[] }) {
  const t = useT();
  return (
    <BlockStack gap="300">
      {actions.map((step) => {
        const status = STATUS[step.status as ActionStatus];
        const reason = typeof step.detail.reason === "string" && step.status === "failed" ? step.detail.reason : null;
        return (
          <BlockStack key={step.id} gap="100">
            <InlineStack gap="200" blockAlign="center">
              <Text as="span" fontWeight="semibold">
                {labelFor(t, ACTION_LABELS, step.action)}
              </Text>
              {status ? <Badge tone={status.tone}>{t(status.label)}</Badge> : <Badge>{step.status}</Badge>}
            </InlineStack>
            <Text as="p" tone="subdued">
              {step.targetLabel} · <LocalTime value={step.createdAt} />
            </Text>
            {reason ? (
              <Text as="p" tone="critical">
                {reason}
              </Text>
            ) : null}
          </BlockStack>
        );
      })}
    </BlockStack>
  );
}
