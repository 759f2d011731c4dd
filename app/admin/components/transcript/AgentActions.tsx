import { Badge, BlockStack, InlineStack, Text } from "@shopify/polaris";
import type { ActionName, ActionStatus } from "../../../agent/actions";
import type { Text as Phrase } from "../../i18n";
import { useT } from "../../i18n";
import { labelFor } from "./labels";
import { LocalTime } from "./LocalTime";

/** An account action step as the conversation page lists it (AgentAction rows, oldest first). */
export type AgentActionRow = { id: string; action: string; targetLabel: string; status: string; detail: Record<string, unknown>; createdAt: string | Date };

const ACTION_LABELS: Record<ActionName, Phrase> = {
  cancel_order: { en: "Cancel order", ko: "주문 취소" },
  change_shipping_address: { en: "Change shipping address", ko: "배송지 변경" },
  request_return: { en: "Request a return", ko: "반품 신청" },
  request_exchange: { en: "Request an exchange", ko: "교환 신청" },
  skip_subscription_charge: { en: "Skip a subscription delivery", ko: "구독 배송 건너뛰기" },
  pause_subscription: { en: "Pause a subscription", ko: "구독 일시 중지" },
  resume_subscription: { en: "Resume a subscription", ko: "구독 재개" },
  cancel_subscription: { en: "Cancel a subscription", ko: "구독 해지" },
  change_subscription_frequency: { en: "Change delivery frequency", ko: "배송 주기 변경" },
  redeem_reward: { en: "Redeem points", ko: "포인트 교환" },
};

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
