import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useNavigation } from "@remix-run/react";
import {
  Badge,
  BlockStack,
  Box,
  Card,
  ChoiceList,
  EmptySearchResult,
  EmptyState,
  Filters,
  IndexTable,
  InlineStack,
  Layout,
  Link,
  Page,
  Text,
  useBreakpoints,
} from "@shopify/polaris";
import { requireAdmin } from "../admin-context.server";
import { CustomerSummary } from "../admin/components/transcript/CustomerDetails";
import { EMPTY_ILLUSTRATION } from "../admin/components/transcript/empty-illustration";
import { CHANNEL_LABELS, CHANNELS, labelFor, SKILL_LABELS } from "../admin/components/transcript/labels";
import { useListParams, useSearchField } from "../admin/components/transcript/list-params";
import { LocalTime } from "../admin/components/transcript/LocalTime";
import { ChannelBadge, ConversationStatusBadge } from "../admin/components/transcript/StatusBadges";
import { useT } from "../admin/i18n";
import { db } from "../db.server";
import { listConversations, parseConversationFilters } from "../services/conversations.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { shop } = await requireAdmin(request);
  const filters = parseConversationFilters(new URL(request.url).searchParams);
  return { filters, conversations: await listConversations(db, shop, filters) };
};

const MESSAGES = {
  title: { en: "Conversations", ko: "대화" },
  subtitle: { en: "Every conversation, with the route the agent took for each reply", ko: "모든 대화와 답변마다 에이전트가 거친 경로" },
  emptyHeading: { en: "No conversations yet", ko: "아직 대화가 없어요" },
  emptyBody: {
    en: "When shoppers chat with the agent — or you try it in Preview — the conversations appear here.",
    ko: "고객이 에이전트와 대화하거나 미리보기에서 시험해 보면 대화가 여기에 표시돼요.",
  },
  openPreview: { en: "Try it in Preview", ko: "미리보기에서 시험하기" },
  noMatchTitle: { en: "No conversations match", ko: "조건에 맞는 대화가 없어요" },
  noMatchBody: { en: "Try other words or another channel.", ko: "다른 단어나 채널로 찾아보세요." },
  search: { en: "Search messages", ko: "메시지 검색" },
  channel: { en: "Channel", ko: "채널" },
  channelApplied: { en: "Channel: {channel}", ko: "채널: {channel}" },
  resourceSingular: { en: "conversation", ko: "대화" },
  resourcePlural: { en: "conversations", ko: "대화" },
  headings: {
    lastActivity: { en: "Last activity", ko: "최근 활동" },
    firstMessage: { en: "First message", ko: "첫 메시지" },
    customer: { en: "Customer", ko: "고객" },
    channel: { en: "Channel", ko: "채널" },
    skill: { en: "Skill", ko: "스킬" },
    messages: { en: "Messages", ko: "메시지" },
    status: { en: "Status", ko: "상태" },
  },
  noText: { en: "(no message from the shopper)", ko: "(고객 메시지 없음)" },
  messageCount: { en: "{count} messages", ko: "메시지 {count}개" },
  count: { en: "Page {page} · {total} in total", ko: "{page}페이지 · 총 {total}건" },
};

export default function Conversations() {
  const { filters, conversations } = useLoaderData<typeof loader>();
  const t = useT();
  const list = useListParams();
  const [query, setQuery] = useSearchField(list, "q");
  const navigation = useNavigation();
  const { smDown } = useBreakpoints();
  const filtered = Boolean(filters.q || filters.channel);

  if (!filtered && conversations.total === 0) {
    return (
      <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)}>
        <Card>
          <EmptyState heading={t(MESSAGES.emptyHeading)} image={EMPTY_ILLUSTRATION} action={{ content: t(MESSAGES.openPreview), url: "/app/preview" }}>
            <p>{t(MESSAGES.emptyBody)}</p>
          </EmptyState>
        </Card>
      </Page>
    );
  }

  const channelLabel = (channel: string) => labelFor(t, CHANNEL_LABELS, channel);
  return (
    <Page title={t(MESSAGES.title)} subtitle={t(MESSAGES.subtitle)}>
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <Filters
              queryValue={query}
              queryPlaceholder={t(MESSAGES.search)}
              onQueryChange={setQuery}
              onQueryClear={() => setQuery("")}
              onClearAll={() => list.update({ q: null, channel: null })}
              filters={[
                {
                  key: "channel",
                  label: t(MESSAGES.channel),
                  shortcut: true,
                  filter: (
                    <ChoiceList
                      title={t(MESSAGES.channel)}
                      titleHidden
                      choices={CHANNELS.map((channel) => ({ label: channelLabel(channel), value: channel }))}
                      selected={filters.channel ? [filters.channel] : []}
                      onChange={([channel]) => list.update({ channel: channel ?? null })}
                    />
                  ),
                },
              ]}
              appliedFilters={
                filters.channel
                  ? [{ key: "channel", label: t(MESSAGES.channelApplied, { channel: channelLabel(filters.channel) }), onRemove: () => list.update({ channel: null }) }]
                  : []
              }
            />
            <IndexTable
              resourceName={{ singular: t(MESSAGES.resourceSingular), plural: t(MESSAGES.resourcePlural) }}
              itemCount={conversations.items.length}
              selectable={false}
              condensed={smDown}
              loading={navigation.state === "loading" && navigation.location.pathname === "/app/conversations"}
              emptyState={<EmptySearchResult title={t(MESSAGES.noMatchTitle)} description={t(MESSAGES.noMatchBody)} withIllustration />}
              headings={[
                { title: t(MESSAGES.headings.lastActivity) },
                { title: t(MESSAGES.headings.firstMessage) },
                { title: t(MESSAGES.headings.customer) },
                { title: t(MESSAGES.headings.channel) },
                { title: t(MESSAGES.headings.skill) },
                { title: t(MESSAGES.headings.messages), alignment: "end" },
                { title: t(MESSAGES.headings.status) },
              ]}
              pagination={{ ...list.pagination(conversations), label: t(MESSAGES.count, { total: conversations.total, page: conversations.page }) }}
            >
              {conversations.items.map((conversation, index) => (
                <ConversationRow key={conversation.id} conversation={conversation} position={index} condensed={smDown} />
              ))}
            </IndexTable>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

type ConversationRowData = ReturnType<typeof useLoaderData<typeof loader>>["conversations"]["items"][number];

/** One conversation: table cells on wide screens; on a phone (condensed) the same facts stacked in one block. */
function ConversationRow({ conversation, position, condensed }: { conversation: ConversationRowData; position: number; condensed: boolean }) {
  const t = useT();
  const lastActivity = (
    <Link url={`/app/conversations/${conversation.id}`} dataPrimaryLink removeUnderline>
      <Text as="span" fontWeight="semibold">
        <LocalTime value={conversation.updatedAt} />
      </Text>
    </Link>
  );
  const firstMessage = (
    <Text as="span" truncate>
      {conversation.firstMessage || t(MESSAGES.noText)}
    </Text>
  );
  const customer = <CustomerSummary customerId={conversation.customerId} customerEmail={conversation.customerEmail} />;
  const channel = <ChannelBadge channel={conversation.channel} />;
  const skill = conversation.activeSkill ? <Badge tone="info">{labelFor(t, SKILL_LABELS, conversation.activeSkill)}</Badge> : null;
  const status = <ConversationStatusBadge status={conversation.status} />;
  const messages = t(MESSAGES.messageCount, { count: conversation.messageCount });
  return (
    <IndexTable.Row id={conversation.id} position={position}>
      {condensed ? (
        <Box padding="300" width="100%">
          <BlockStack gap="100">
            <InlineStack align="space-between" gap="200">
              {lastActivity}
              {status}
            </InlineStack>
            {firstMessage}
            <InlineStack gap="200" blockAlign="center">
              {customer}
              {channel}
              {skill}
              <Text as="span" tone="subdued">
                {messages}
              </Text>
            </InlineStack>
          </BlockStack>
        </Box>
      ) : (
        <>
          <IndexTable.Cell>{lastActivity}</IndexTable.Cell>
          <IndexTable.Cell>
            <Box maxWidth="22rem">{firstMessage}</Box>
          </IndexTable.Cell>
          <IndexTable.Cell>{customer}</IndexTable.Cell>
          <IndexTable.Cell>{channel}</IndexTable.Cell>
          <IndexTable.Cell>{skill}</IndexTable.Cell>
          <IndexTable.Cell>
            <Text as="span" alignment="end" numeric>
              {conversation.messageCount}
            </Text>
          </IndexTable.Cell>
          <IndexTable.Cell>{status}</IndexTable.Cell>
        </>
      )}
    </IndexTable.Row>
  );
}
