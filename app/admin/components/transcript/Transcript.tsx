import { Badge, BlockStack, Box, InlineCode, InlineStack, Text } from "@shopify/polaris";
import type { TranscriptMessage } from "../../../services/conversations.server";
import { useT } from "../../i18n";
import { CardPreview, MultilineText } from "../CardPreview";
import { LocalTime } from "./LocalTime";
import { labelFor, SKILL_LABELS } from "./labels";

const MESSAGES = {
  shopper: { en: "Shopper", ko: "고객" },
  agent: { en: "Agent", ko: "에이전트" },
  route: { en: "Route", ko: "경로" },
  confidence: { en: "{percent}% confident", ko: "확신도 {percent}%" },
  tools: { en: "Tools:", ko: "도구:" },
  noTools: { en: "No tools called", ko: "호출한 도구 없음" },
  sources: { en: "Sources:", ko: "출처:" },
};

export type TranscriptProps = {
  messages: TranscriptMessage[];
  /** Inside the Shopify admin: order cards link to the order. */
  adminLinks: boolean;
  /** The preview answers card buttons by sending their text. */
  onReply?: (text: string) => void;
};

/** A conversation as the shopper saw it — text and cards — with, under each reply, the route the agent took. */
export function Transcript({ messages, ...options }: TranscriptProps) {
  return (
    <BlockStack gap="400">
      {messages.map((message) => (
        <TranscriptEntry key={message.id} message={message} {...options} />
      ))}
    </BlockStack>
  );
}

function TranscriptEntry({ message, adminLinks, onReply }: { message: TranscriptMessage } & Omit<TranscriptProps, "messages">) {
  const t = useT();
  const fromShopper = message.role === "shopper";
  return (
    <div data-role={message.role}>
      <InlineStack align={fromShopper ? "end" : "start"}>
        <Box width={fromShopper ? undefined : "100%"} maxWidth={fromShopper ? "85%" : "44rem"}>
          <BlockStack gap="150">
            <InlineStack gap="200" align={fromShopper ? "end" : "start"} blockAlign="baseline">
              <Text as="span" variant="headingXs">
                {t(fromShopper ? MESSAGES.shopper : MESSAGES.agent)}
              </Text>
              <Text as="span" variant="bodySm" tone="subdued">
                <LocalTime value={message.at} />
              </Text>
            </InlineStack>
            <Box background={fromShopper ? "bg-surface-info" : "bg-surface-secondary"} padding="300" borderRadius="300">
              <MultilineText>{message.text}</MultilineText>
            </Box>
            {message.card ? <CardPreview card={message.card} adminLinks={adminLinks} onReply={onReply} /> : null}
            {fromShopper ? null : <RouteDetails message={message} />}
          </BlockStack>
        </Box>
      </InlineStack>
    </div>
  );
}

/** Why the agent answered as it did: the skill it routed to, how sure it was, what it looked up and cited. */
function RouteDetails({ message }: { message: TranscriptMessage }) {
  const t = useT();
  if (!message.skill) return null;
  return (
    <InlineStack gap="200" blockAlign="center" wrap>
      <Text as="span" variant="bodySm" tone="subdued">
        {t(MESSAGES.route)}
      </Text>
      <Badge tone="info">{labelFor(t, SKILL_LABELS, message.skill)}</Badge>
      {message.confidence != null ? (
        <Text as="span" variant="bodySm" tone="subdued">
          {t(MESSAGES.confidence, { percent: Math.round(message.confidence * 100) })}
        </Text>
      ) : null}
      {message.toolsCalled ? (
        <Text as="span" variant="bodySm" tone="subdued">
          {message.toolsCalled.length ? (
            <>
              {t(MESSAGES.tools)}{" "}
              {message.toolsCalled.map((tool, index) => (
                <span key={index}>
                  {index > 0 ? " " : null}
                  <InlineCode>{tool}</InlineCode>
                </span>
              ))}
            </>
          ) : (
            t(MESSAGES.noTools)
          )}
        </Text>
      ) : null}
      {message.sources?.length ? (
        <Text as="span" variant="bodySm" tone="subdued">
          {t(MESSAGES.sources)} {message.sources.map((source) => source.title).join(" · ")}
        </Text>
      ) : null}
    </InlineStack>
  );
}
