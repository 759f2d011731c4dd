import { Badge } from "@shopify/polaris";
import { useT } from "../../i18n";
import { CHANNEL_LABELS, labelFor } from "./labels";

const MESSAGES = {
  open: { en: "Open", ko: "처리 대기" },
  resolved: { en: "Resolved", ko: "해결됨" },
  conversationOpen: { en: "Open", ko: "진행 중" },
  handedOff: { en: "Handed to your team", ko: "팀에 이관됨" },
};

/** A handoff waits for the team (attention) until someone resolves it. */
export function HandoffStatusBadge({ status }: { status: string }) {
  const t = useT();
  return status === "resolved" ? <Badge tone="success">{t(MESSAGES.resolved)}</Badge> : <Badge tone="attention">{t(MESSAGES.open)}</Badge>;
}

export function ConversationStatusBadge({ status }: { status: string }) {
  const t = useT();
  return status === "handed_off" ? <Badge tone="attention">{t(MESSAGES.handedOff)}</Badge> : <Badge>{t(MESSAGES.conversationOpen)}</Badge>;
}

/** The preview's test conversations stand out from real shoppers'. */
export function ChannelBadge({ channel }: { channel: string }) {
  const t = useT();
  return <Badge tone={channel === "preview" ? "magic" : undefined}>{labelFor(t, CHANNEL_LABELS, channel)}</Badge>;
}
